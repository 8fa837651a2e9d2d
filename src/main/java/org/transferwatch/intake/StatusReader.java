package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.TransferStatus;

/**
 * Reads how far a clause's transfer has got, from the first cue that decides it: a denial, then
 * negotiation, a hedge, a transfer under way, an agreement, a transfer verb in the past; with none of
 * them the transfer is only reported.
 */
final class StatusReader {

    /** Whether the transfer is still to come, has happened, or the clause does not say. */
    enum Stage {
        PENDING, DONE, UNKNOWN
    }

    record Status(TransferStatus status, boolean denial, Stage stage, String why) {
    }

    /** In a denial, these make what is denied a transfer still to come ("will not sell"). */
    private static final Set<String> PENDING_WORDS = Set.of("will", "would", "may", "might", "could", "plans", "plan");

    private final MarkedText text;

    private final List<Token> tokens;

    StatusReader(MarkedText text) {
        this.text = text;
        this.tokens = text.tokens();
    }

    Status status(Clause clause) {
        var words = new ArrayList<String>();
        for (int i = clause.from(); i < clause.to(); i++) {
            var token = tokens.get(i);
            // "in May" is a month, not the modal "may".
            words.add(token.text().equals("May") && i > clause.sentenceFrom() ? "May" : token.lower());
        }
        String cue;
        String denialCue = find(words, Cues.DENIAL);
        if (denialCue == null) {
            denialCue = negatedTrigger(clause);
        }
        var perfect = perfect(clause);
        if (denialCue != null) {
            var pending = find(words, PENDING_WORDS) != null;
            return new Status(TransferStatus.DENIED, true, pending && !perfect ? Stage.PENDING : Stage.DONE,
                    "\u201C" + denialCue + "\u201D: a denial");
        }
        if ((cue = findPhrase(words, Cues.NEGOTIATION_PHRASES)) != null || (cue = find(words, Cues.NEGOTIATION)) != null) {
            return new Status(TransferStatus.UNDER_NEGOTIATION, false, Stage.PENDING,
                    "\u201C" + cue + "\u201D: under negotiation");
        }
        var agreedCue = find(words, Set.of("agreed", "signed", "decided"));
        if ((cue = find(words, Cues.MODALS)) != null && agreedCue != null && words.indexOf(agreedCue) < words.indexOf(cue)
                && !cue.equals("may") && !cue.equals("might") && !cue.equals("could")) {
            // "agreed that Russia would supply Belarus with ...": what was agreed, not a mere possibility.
            return new Status(TransferStatus.AGREED, false, Stage.PENDING, "\u201C" + agreedCue + " \u2026 " + cue + "\u201D: agreed");
        }
        if (cue != null) {
            // "may have supplied" alleges a past transfer; "is expected to receive" reports one to come; "may transfer"
            // or "could send" is only said to be possible.
            if (perfect) {
                return new Status(TransferStatus.REPORTED, false, Stage.DONE, "\u201C" + cue + "\u201D: alleged, not confirmed");
            }
            if (Cues.FORECASTS.contains(cue)) {
                return new Status(TransferStatus.REPORTED, false, Stage.PENDING, "\u201C" + cue + "\u201D: reported as to come");
            }
            return new Status(TransferStatus.POSSIBLE, false, Stage.PENDING, "\u201C" + cue + "\u201D: possible, not reported as done");
        }
        if ((cue = findPhrase(words, Cues.ONGOING_PHRASES)) != null || (cue = find(words, Cues.ONGOING)) != null
                || (cue = progressiveTrigger(clause)) != null) {
            return new Status(TransferStatus.IN_DELIVERY, false, Stage.DONE, "\u201C" + cue + "\u201D: in delivery");
        }
        if ((cue = findPhrase(words, Cues.AGREED_PHRASES)) != null || (cue = find(words, Cues.AGREED)) != null) {
            return new Status(TransferStatus.AGREED, false, Stage.PENDING, "\u201C" + cue + "\u201D: agreed");
        }
        for (int i = clause.from(); i < clause.to(); i++) {
            if (text.isTransferVerb(i) && tokens.get(i).verbal()) {
                var phrase = VerbPhrase.of(tokens, i, clause.from());
                var word = tokens.get(i).lower();
                if (phrase.tense() == VerbPhrase.Tense.PRESENT && !phrase.perfect() && !phrase.passive() && phrase.first() == i
                        && word.endsWith("s") && !word.equals(phrase.lemma())) {
                    // "the ammunition it supplies to Russia": the present simple of a transfer that goes on.
                    return new Status(TransferStatus.IN_DELIVERY, false, Stage.DONE, phrase.described() + ": in delivery");
                }
                // The clause's first transfer verb decides.
                break;
            }
        }
        for (int i = clause.from(); i < clause.to(); i++) {
            if (text.isTrigger(i)) {
                var word = tokens.get(i).lower();
                if (text.isNoun(i) && word.endsWith("s") && !word.equals("purchases")) {
                    return new Status(TransferStatus.DELIVERED, false, Stage.DONE, "\u201C" + word + "\u201D: delivered");
                }
                if (!text.isNoun(i) && Cues.isPast(word)) {
                    var phrase = VerbPhrase.of(tokens, i, clause.from());
                    return new Status(TransferStatus.DELIVERED, false, Stage.DONE, phrase.described() + ": delivered");
                }
            }
        }
        if ((cue = find(words, Cues.ARRIVED)) != null) {
            return new Status(TransferStatus.DELIVERED, false, Stage.DONE, "\u201C" + cue + "\u201D: the cargo arrived, delivered");
        }
        return new Status(TransferStatus.REPORTED, false, Stage.UNKNOWN, "no cue of how far it got: reported");
    }

    private static @Nullable String find(List<String> words, Set<String> cues) {
        for (var word : words) {
            if (cues.contains(word)) {
                return word;
            }
        }
        return null;
    }

    private static @Nullable String findPhrase(List<String> words, List<List<String>> phrases) {
        for (int i = 0; i < words.size(); i++) {
            for (var phrase : phrases) {
                if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                    return String.join(" ", phrase);
                }
            }
        }
        return null;
    }

    /** "will not sell", "has never supplied", "didn't send": a transfer verb under a negation. */
    private @Nullable String negatedTrigger(Clause clause) {
        for (int t = clause.from(); t < clause.to(); t++) {
            if (!text.isTransferVerb(t)) {
                continue;
            }
            for (int k = t - 1; k >= Math.max(clause.from(), t - 3); k--) {
                var word = tokens.get(k).lower();
                if (Cues.NEGATIONS.contains(word) || word.equals("t") && k > 0 && tokens.get(k - 1).is("'")) {
                    return StateFinder.joined(tokens, k, t).replace(" ' t", "'t");
                }
            }
        }
        return null;
    }

    /** "is providing", "are being shipped", "have been delivering", "carrying": a transfer under way. */
    private @Nullable String progressiveTrigger(Clause clause) {
        for (int t = clause.from(); t < clause.to(); t++) {
            if (!text.isTransferVerb(t)) {
                continue;
            }
            var word = tokens.get(t).lower();
            if (word.equals("carrying") || word.equals("transporting")) {
                return word;
            }
            var phrase = VerbPhrase.of(tokens, t, clause.from());
            if (phrase.continuous() || phrase.passive() && phrase.words().contains("being")) {
                return phrase.words();
            }
        }
        return null;
    }

    /** "may have sent", "has supplied": a transfer verb in a perfect tense, about something already done. */
    private boolean perfect(Clause clause) {
        for (int t = clause.from() + 1; t < clause.to(); t++) {
            if (text.isTransferVerb(t) && Cues.isPast(tokens.get(t).lower()) && VerbPhrase.of(tokens, t, clause.from()).perfect()) {
                return true;
            }
        }
        return false;
    }

}
