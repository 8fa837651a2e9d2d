package org.transferwatch.intake;

import java.util.List;
import java.util.Set;

/**
 * A verb with the auxiliaries before it, read as one verb: "has also supplied", "were transferred", "shipped" and
 * "have been delivering" are the lemmas supply, transfer, ship and deliver, each with its tense, whether it is
 * perfect or continuous, and its voice. Auxiliaries are the forms of be, have, do, will and the modals (or what the
 * part-of-speech model tags AUX); adverbs between them ("also", "reportedly", "not") are skipped.
 */
record VerbPhrase(int first, int verb, String lemma, Tense tense, boolean perfect, boolean continuous, boolean passive,
        String words) {

    enum Tense {
        PAST, PRESENT, FUTURE, MODAL
    }

    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did");

    private static final Set<String> PRESENT_AUXILIARIES = Set.of("is", "are", "am", "has", "have", "does", "do");

    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall");

    private static final Set<String> MODAL_AUXILIARIES = Set.of("would", "could", "may", "might", "can", "should", "must");

    private static final Set<String> OTHER_AUXILIARIES = Set.of("be", "been", "being", "having");

    private static final Set<String> SKIPPED = Set.of("also", "not", "never", "already", "still", "since", "just", "now",
            "reportedly", "allegedly", "secretly", "quietly", "further", "repeatedly", "even", "then", "n't");

    /** How many words before the verb its auxiliaries may start. */
    private static final int REACH = 6;

    /** The phrase of the verb at {@code verb}, its auxiliaries looked for no further back than {@code floor}. */
    static VerbPhrase of(List<Token> tokens, int verb, int floor) {
        var form = tokens.get(verb).lower();
        int first = verb;
        String nearest = null;
        String earliest = null;
        boolean perfect = false;
        for (int k = verb - 1; k >= Math.max(floor, verb - REACH); k--) {
            var token = tokens.get(k);
            var word = token.lower();
            if (auxiliary(token)) {
                if (nearest == null) {
                    nearest = word;
                }
                earliest = word;
                perfect |= word.equals("has") || word.equals("have") || word.equals("had") || word.equals("having");
                first = k;
            }
            else if (!(SKIPPED.contains(word) || token.tag().equals("ADV") || word.endsWith("ly") && token.isWord())) {
                break;
            }
        }
        boolean participle = Cues.isPast(form) || form.endsWith("en") || form.endsWith("wn");
        boolean passive = nearest != null && Cues.BE.contains(nearest) && participle && !form.endsWith("ing");
        boolean continuous = form.endsWith("ing") && nearest != null && Cues.BE.contains(nearest);
        Tense tense;
        if (earliest == null) {
            tense = Cues.isPast(form) ? Tense.PAST : Tense.PRESENT;
        }
        else if (PAST_AUXILIARIES.contains(earliest)) {
            tense = Tense.PAST;
        }
        else if (FUTURE_AUXILIARIES.contains(earliest)) {
            tense = Tense.FUTURE;
        }
        else if (MODAL_AUXILIARIES.contains(earliest)) {
            tense = Tense.MODAL;
        }
        else {
            tense = Tense.PRESENT;
        }
        return new VerbPhrase(first, verb, tokens.get(verb).lemma(), tense, perfect, continuous, passive,
                StateFinder.joined(tokens, first, verb));
    }

    private static boolean auxiliary(Token token) {
        var word = token.lower();
        return PAST_AUXILIARIES.contains(word) || PRESENT_AUXILIARIES.contains(word) || FUTURE_AUXILIARIES.contains(word)
                || MODAL_AUXILIARIES.contains(word) || OTHER_AUXILIARIES.contains(word);
    }

    /** "has also supplied (supply, present perfect, active)". */
    String described() {
        var tenseWord = switch (tense) {
            case PAST -> "past";
            case PRESENT -> "present";
            case FUTURE -> "future";
            case MODAL -> "modal";
        };
        return "\u201C" + words + "\u201D (" + lemma + ", " + tenseWord + (perfect ? " perfect" : "")
                + (continuous ? " continuous" : "") + ", " + (passive ? "passive" : "active") + ")";
    }

}
