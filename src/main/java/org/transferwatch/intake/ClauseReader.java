package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.TransferStatus;

/**
 * Reads one clause: who gives the goods and who gets them, and how far the transfer has got.
 *
 * <p>Direction comes from the clause's structure, each cue with a weight: "to X"/"into X" after the
 * goods or a transfer verb (3), "from X" (3), "by X" after a passive transfer verb (3), "supplied X with"
 * (3), "X's exports/imports of" (3), "for X" (2.5), the subject of a transfer verb ("X provided", "X
 * received", 2), a demonym or origin on the goods ("North Korean weapons", "Iranian-made", 2), the
 * subject of a transfer noun ("X stepped up deliveries", 1.5) or of a verb of use ("Russian forces
 * fired ...", 1.5). The supplier and recipient are the two different states with the highest total.
 * "To X" after a trip or visit, places ("in Ukraine", "against Ukraine") and "between X and Y" give no
 * direction; without both a supplier and a recipient there is no proposal.
 */
final class ClauseReader {

    /** Tokens {@code from..to} of the sentence starting at {@code sentenceFrom}. */
    record Clause(int sentenceFrom, int from, int to, boolean exchange) {

        boolean contains(int token) {
            return token >= from && token < to;
        }

    }

    record Role(StateMention state, double score, String why) {
    }

    /**
     * The supplier and recipient, and states joined to either by "and" ("from Denmark and the
     * Netherlands"), which share its role.
     */
    record Roles(@Nullable Role supplier, @Nullable Role recipient, List<StateMention> alsoSupplying,
            List<StateMention> alsoReceiving) {

        Roles(@Nullable Role supplier, @Nullable Role recipient) {
            this(supplier, recipient, List.of(), List.of());
        }

        boolean complete() {
            return supplier != null && recipient != null;
        }

    }

    /** Whether the transfer is still to come, has happened, or the clause does not say. */
    enum Stage {
        PENDING, DONE, UNKNOWN
    }

    record Status(TransferStatus status, boolean denial, Stage stage, String why) {
    }

    private final List<Token> tokens;

    private final Map<Integer, StateMention> stateAt = new HashMap<>();

    private final Map<Integer, GoodsMention> goodsAt = new HashMap<>();

    private final List<StateMention> states;

    ClauseReader(List<Token> tokens, List<StateMention> states, List<GoodsMention> goods) {
        this.tokens = tokens;
        this.states = states;
        for (var state : states) {
            for (int k = state.firstToken(); k <= state.lastToken(); k++) {
                stateAt.put(k, state);
            }
        }
        for (var mention : goods) {
            for (int k = mention.firstToken(); k <= mention.lastToken(); k++) {
                goodsAt.put(k, mention);
            }
        }
    }

    /**
     * The clauses of a sentence: split at ";", before ", which/who/while/whereas/but/although/according",
     * before "but"/"while", at ", and" unless more goods follow, and before "in exchange for", "in return
     * for" and "as payment for" (whose goods move the other way).
     */
    List<Clause> clauses(int from, int to) {
        var clauses = new ArrayList<Clause>();
        int start = from;
        boolean exchange = false;
        for (int i = from; i < to; i++) {
            var token = tokens.get(i);
            var next = i + 1 < to ? tokens.get(i + 1) : null;
            boolean split = false;
            int nextStart = i;
            boolean nextExchange = false;
            if (token.is(";")) {
                split = true;
                nextStart = i + 1;
            }
            else if (token.is(",") && next != null && List.of("which", "who", "while", "whereas", "but", "although",
                    "though", "according").contains(next.lower())) {
                split = true;
                nextStart = i + 1;
            }
            else if (token.is(",") && next != null && claimAppositive(i + 1, to)) {
                split = true;
                nextStart = i + 1;
            }
            else if (token.is(",") && next != null && next.is("and") && i + 2 < to && !startsGoods(i + 2)) {
                split = true;
                nextStart = i + 1;
            }
            else if ((token.is("but") || token.is("while") || token.is("whereas")) && i > start) {
                split = true;
                nextStart = i;
            }
            else if ((token.is("in") || token.is("as")) && i + 2 < to && Cues.EXCHANGE_STARTS.contains(tokens.get(i + 1).lower())
                    && tokens.get(i + 2).is("for")) {
                split = true;
                nextStart = i;
                nextExchange = true;
            }
            if (split && nextStart > start) {
                clauses.add(new Clause(from, start, i, exchange));
                start = nextStart;
                exchange = nextExchange;
            }
        }
        if (start < to) {
            clauses.add(new Clause(from, start, to, exchange));
        }
        return clauses;
    }

    /** ", a charge Beijing rejected", ", claims Minsk denied": a reaction to the claim just made. */
    private boolean claimAppositive(int index, int to) {
        int k = index;
        if (k < to && Cues.DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < to && Cues.CLAIM_NOUNS.contains(tokens.get(k).lower());
    }

    private boolean startsGoods(int index) {
        var token = tokens.get(index);
        return goodsAt.containsKey(index) || GoodsFinder.MODIFIERS.contains(token.lower()) || token.is("other")
                || token.type() == Token.Type.NUMBER || GoodsFinder.designationEndingAt(tokens, Math.min(index + 2,
                        tokens.size() - 1)) == index;
    }

    // ---- direction ----

    Roles roles(Clause clause, List<GoodsMention> group) {
        var suppliers = new LinkedHashMap<String, Role>();
        var recipients = new LinkedHashMap<String, Role>();
        var counterparts = new ArrayList<StateMention>();
        for (var state : states) {
            if (!clause.contains(state.firstToken()) || !state.party()) {
                continue;
            }
            int p = prepositionBefore(state, clause);
            if (p < 0) {
                continue;
            }
            var prep = tokens.get(p).lower();
            var phrase = "\u201C" + StateFinder.joined(tokens, p, state.lastToken()) + "\u201D";
            switch (prep) {
                case "to", "into" -> {
                    if (anchoredBefore(p, clause)) {
                        offer(recipients, state, 3, phrase);
                    }
                }
                case "for" -> {
                    var before = p > clause.from() ? tokens.get(p - 1).lower() : "";
                    if (before.equals("bound") || before.equals("destined")) {
                        offer(recipients, state, 3, "\u201C" + before + " for " + state.text() + "\u201D");
                    }
                    else if (!Cues.EXCHANGE_STARTS.contains(before) && !before.equals("use") && anchoredBefore(p, clause)) {
                        offer(recipients, state, 2.5, phrase);
                    }
                }
                case "from" -> {
                    if (anchoredBefore(p, clause)) {
                        offer(suppliers, state, 3, phrase);
                    }
                }
                case "by" -> {
                    var passive = passiveTriggerBefore(p, clause);
                    if (passive >= 0) {
                        var verb = tokens.get(passive).lower();
                        var why = "\u201C" + verb + " \u2026 by " + state.text() + "\u201D";
                        if (Cues.RECEIVE_VERBS.contains(verb) || Cues.TAKE.contains(verb)) {
                            offer(recipients, state, 3, why);
                        }
                        else {
                            offer(suppliers, state, 3, why);
                        }
                    }
                }
                case "with" -> {
                    for (int k = p - 1; k >= Math.max(clause.from(), p - 3); k--) {
                        if (Cues.DEALINGS.contains(tokens.get(k).lower())) {
                            counterparts.add(state);
                            break;
                        }
                    }
                }
                default -> {
                }
            }
        }
        for (int t = clause.from(); t < clause.to(); t++) {
            if (!isTrigger(t) || passive(t)) {
                continue;
            }
            var word = tokens.get(t).lower();
            if (isNoun(t)) {
                var owner = possessiveOwner(t, clause);
                boolean supply = Cues.SUPPLY_NOUNS.contains(word);
                if (owner != null) {
                    offer(supply ? suppliers : recipients, owner, 3,
                            "\u201C" + owner.text() + "'s " + word + "\u201D");
                    continue;
                }
                var subject = subjectBefore(t, clause);
                if (subject != null) {
                    offer(supply ? suppliers : recipients, subject, 1.5,
                            subject.text() + " \u2026 \u201C" + word + "\u201D");
                }
                continue;
            }
            var subject = subjectBefore(t, clause);
            if (Cues.SUPPLY_VERBS.contains(word)) {
                if (subject != null) {
                    offer(suppliers, subject, 2, "subject of \u201C" + word + "\u201D");
                }
                var object = objectWith(t, clause);
                if (object != null) {
                    offer(recipients, object, 3, "\u201C" + word + " " + object.text() + " with\u201D");
                }
            }
            else if (Cues.RECEIVE_VERBS.contains(word) || Cues.TAKE.contains(word)) {
                if (subject != null) {
                    offer(recipients, subject, 2, "subject of \u201C" + word + "\u201D");
                }
            }
            else if (Cues.USE_VERBS.contains(word) && subject != null && !group.isEmpty()
                    && group.getFirst().firstToken() > t) {
                offer(recipients, subject, 1.5, "subject of \u201C" + word + "\u201D");
            }
        }
        if (!group.isEmpty()) {
            var first = group.getFirst();
            int k = first.itemFirstToken() - 1;
            var modifier = k >= clause.from() ? stateAt.get(k) : null;
            if (modifier != null && modifier.lastToken() == k) {
                if (modifier.attachment() == StateMention.Attachment.BOUND) {
                    offer(recipients, modifier, 2, "\u201C" + modifier.text() + "-bound\u201D");
                }
                else if (modifier.demonym() || modifier.attachment() == StateMention.Attachment.ORIGIN) {
                    offer(suppliers, modifier, 2, "\u201C" + modifier.text()
                            + (modifier.attachment() == StateMention.Attachment.ORIGIN ? "-made" : "") + "\u201D goods");
                }
            }
            if (modifier == null && first.itemFirstToken() >= 3) {
                // "Iranian-made missiles": the widened item starts after the "-made".
                var origin = stateAt.get(first.itemFirstToken() - 3);
                if (origin != null && origin.attachment() == StateMention.Attachment.ORIGIN
                        && clause.contains(origin.firstToken())) {
                    offer(suppliers, origin, 2, "\u201C" + origin.text() + "-" + tokens.get(first.itemFirstToken() - 1).text()
                            + "\u201D goods");
                }
                else if (origin != null && origin.attachment() == StateMention.Attachment.BOUND
                        && clause.contains(origin.firstToken())) {
                    offer(recipients, origin, 2, "\u201C" + origin.text() + "-bound\u201D");
                }
            }
            if (k >= clause.from() + 1 && tokens.get(k).type() == Token.Type.POSSESSIVE) {
                var owner = stateAt.get(k - 1);
                if (owner != null && owner.party()) {
                    offer(suppliers, owner, 1, "\u201C" + owner.text() + "'s\u201D goods");
                }
            }
        }
        var roles = best(suppliers, recipients);
        if (!roles.complete() && !counterparts.isEmpty()) {
            var counterpart = counterparts.getFirst();
            if (roles.supplier() != null && !roles.supplier().state().countryCode().equals(counterpart.countryCode())) {
                roles = new Roles(roles.supplier(), new Role(counterpart, 2, "\u201Cwith " + counterpart.text()
                        + "\u201D in the dealings"));
            }
            else if (roles.recipient() != null
                    && !roles.recipient().state().countryCode().equals(counterpart.countryCode())) {
                roles = new Roles(new Role(counterpart, 2, "\u201Cwith " + counterpart.text() + "\u201D in the dealings"),
                        roles.recipient());
            }
        }
        if (!roles.complete()) {
            return roles;
        }
        return new Roles(roles.supplier(), roles.recipient(), coordinated(roles.supplier().state(), clause, roles),
                coordinated(roles.recipient().state(), clause, roles));
    }

    /**
     * States joined to this one by "and" or "or" ("from Denmark and the Netherlands"), or in a list that
     * ends with one ("from A, B and C"); not a possessive that starts another phrase ("Ukraine's").
     */
    private List<StateMention> coordinated(StateMention state, Clause clause, Roles roles) {
        var joined = new ArrayList<StateMention>();
        var tentative = new ArrayList<StateMention>();
        var current = state;
        while (true) {
            int k = current.lastToken() + 1;
            boolean conjunction = false;
            boolean comma = false;
            while (k < clause.to() && (tokens.get(k).is("and") || tokens.get(k).is("or") || tokens.get(k).is(",")
                    || tokens.get(k).is("the"))) {
                conjunction |= tokens.get(k).is("and") || tokens.get(k).is("or");
                comma |= tokens.get(k).is(",");
                k++;
            }
            var next = stateAt.get(k);
            if (!conjunction && !comma || next == null || next.firstToken() != k || !next.party()
                    || next.lastToken() + 1 < tokens.size() && tokens.get(next.lastToken() + 1).type() == Token.Type.POSSESSIVE
                    || next.countryCode().equals(roles.supplier().state().countryCode())
                    || next.countryCode().equals(roles.recipient().state().countryCode())) {
                return joined;
            }
            tentative.add(next);
            if (conjunction) {
                joined.addAll(tentative);
                tentative.clear();
            }
            current = next;
        }
    }

    private static void offer(Map<String, Role> roles, StateMention state, double score, String why) {
        var current = roles.get(state.countryCode());
        if (current == null || current.score() < score) {
            roles.put(state.countryCode(), new Role(state, score, why));
        }
    }

    private static Roles best(Map<String, Role> suppliers, Map<String, Role> recipients) {
        Role bestSupplier = null;
        Role bestRecipient = null;
        double bestScore = 0;
        for (var supplier : suppliers.values()) {
            for (var recipient : recipients.values()) {
                if (supplier.state().countryCode().equals(recipient.state().countryCode())) {
                    continue;
                }
                var score = supplier.score() + recipient.score();
                if (score > bestScore) {
                    bestScore = score;
                    bestSupplier = supplier;
                    bestRecipient = recipient;
                }
            }
        }
        if (bestSupplier != null) {
            return new Roles(bestSupplier, bestRecipient);
        }
        var onlySupplier = suppliers.values().stream().max(java.util.Comparator.comparingDouble(Role::score)).orElse(null);
        var onlyRecipient = recipients.values().stream().max(java.util.Comparator.comparingDouble(Role::score)).orElse(null);
        return new Roles(onlySupplier, onlySupplier != null && onlyRecipient != null
                && onlySupplier.state().countryCode().equals(onlyRecipient.state().countryCode()) ? null : onlyRecipient);
    }

    /** The preposition governing a state ("to the DPRK" gives "to"), or -1 at the clause's start. */
    private int prepositionBefore(StateMention state, Clause clause) {
        int p = state.firstToken() - 1;
        while (p >= clause.from() && Cues.DETERMINERS.contains(tokens.get(p).lower())) {
            p--;
        }
        return p >= clause.from() ? p : -1;
    }

    /** Whether goods or a transfer word come before the preposition, with no trip, visit or comma between. */
    private boolean anchoredBefore(int preposition, Clause clause) {
        for (int k = preposition - 1; k >= Math.max(clause.from(), preposition - 15); k--) {
            var token = tokens.get(k);
            if (goodsAt.containsKey(k) || isTrigger(k)) {
                return true;
            }
            if (token.is(",") || token.is(";") || Cues.BLOCKERS.contains(token.lower())) {
                return false;
            }
        }
        return false;
    }

    private boolean isTrigger(int index) {
        if (goodsAt.containsKey(index)) {
            return false;
        }
        var word = tokens.get(index).lower();
        var next = index + 1 < tokens.size() ? tokens.get(index + 1).lower() : "";
        if (Cues.TAKE.contains(word)) {
            return next.equals("delivery");
        }
        if (word.equals("delivery") && index > 0 && Cues.TAKE.contains(tokens.get(index - 1).lower())) {
            return false;
        }
        if (!Cues.isTrigger(word)) {
            return false;
        }
        if (index >= 2 && tokens.get(index - 1).is("-") && tokens.get(index - 1).touches(tokens.get(index))
                && stateAt.containsKey(index - 2)) {
            // "Iranian-supplied missiles": the origin of the goods, not a verb of the clause.
            return false;
        }
        if ((word.equals("export") || word.equals("exports")) && (next.startsWith("control") || next.startsWith("licen")
                || next.equals("ban") || next.equals("bans") || next.equals("restrictions") || next.equals("curbs"))) {
            return false;
        }
        if (word.startsWith("hand")) {
            for (int k = index + 1; k < Math.min(tokens.size(), index + 5); k++) {
                if (tokens.get(k).is("over")) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private boolean isNoun(int index) {
        var word = tokens.get(index).lower();
        if (!Cues.SUPPLY_NOUNS.contains(word) && !Cues.RECEIVE_NOUNS.contains(word)) {
            return false;
        }
        var before = index > 0 ? tokens.get(index - 1).lower() : "";
        var after = index + 1 < tokens.size() ? tokens.get(index + 1).lower() : "";
        return Cues.NOUN_MARKERS.contains(before) || after.equals("of") || goodsAt.containsKey(index - 1)
                || tokens.get(Math.max(0, index - 1)).type() == Token.Type.POSSESSIVE || before.equals("up");
    }

    private boolean passive(int index) {
        var word = tokens.get(index).lower();
        if (!Cues.isPast(word) || isNoun(index)) {
            return false;
        }
        for (int k = index - 1; k >= Math.max(0, index - 4); k--) {
            var before = tokens.get(k).lower();
            if (Cues.BE.contains(before)) {
                return true;
            }
            if (!before.endsWith("ly") && !before.equals("also") && !before.equals("not") && !before.equals("had")
                    && !before.equals("have") && !before.equals("has")) {
                return false;
            }
        }
        return false;
    }

    private int passiveTriggerBefore(int by, Clause clause) {
        for (int k = by - 1; k >= clause.from(); k--) {
            if (isTrigger(k) && passive(k)) {
                return k;
            }
        }
        return -1;
    }

    /** The nearest state before the word that is not inside a prepositional phrase. */
    private @Nullable StateMention subjectBefore(int index, Clause clause) {
        var first = tokens.get(clause.from()).lower();
        // "North Korea had not sent troops but had supplied Russia with ...": the clause shares the subject.
        int from = first.equals("but") || first.equals("and") ? clause.sentenceFrom() : clause.from();
        var scope = new Clause(clause.sentenceFrom(), from, clause.to(), clause.exchange());
        for (int i = states.size() - 1; i >= 0; i--) {
            var state = states.get(i);
            if (state.lastToken() >= index || !scope.contains(state.firstToken()) || !state.party()) {
                continue;
            }
            if (index - state.lastToken() > 20) {
                return null;
            }
            int p = prepositionBefore(state, scope);
            var prep = p < 0 ? "" : tokens.get(p).lower();
            if (prep.equals("to") || prep.equals("into") || prep.equals("from") || prep.equals("for") || prep.equals("by")
                    || Cues.OTHER_PREPOSITIONS.contains(prep)) {
                continue;
            }
            return state;
        }
        return null;
    }

    /** "supplied Russia with": the state right after a supply verb, followed by "with". */
    private @Nullable StateMention objectWith(int verb, Clause clause) {
        int k = verb + 1;
        while (k < clause.to() && Cues.DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        var object = stateAt.get(k);
        if (object == null || object.firstToken() != k || !object.party()) {
            return null;
        }
        for (int m = object.lastToken() + 1; m < Math.min(clause.to(), object.lastToken() + 5); m++) {
            if (tokens.get(m).is("with")) {
                return object;
            }
        }
        return null;
    }

    /** "China's exports", "Russia's oil imports": the state owning a transfer noun. */
    private @Nullable StateMention possessiveOwner(int noun, Clause clause) {
        int k = noun - 1;
        int skipped = 0;
        while (k > clause.from() && skipped < 2 && tokens.get(k).type() != Token.Type.POSSESSIVE
                && (goodsAt.containsKey(k) || GoodsFinder.MODIFIERS.contains(tokens.get(k).lower()))) {
            k--;
            skipped++;
        }
        if (k <= clause.from() || tokens.get(k).type() != Token.Type.POSSESSIVE) {
            return null;
        }
        var owner = stateAt.get(k - 1);
        return owner != null && owner.party() ? owner : null;
    }

    // ---- status ----

    Status status(Clause clause) {
        var words = new ArrayList<String>();
        for (int i = clause.from(); i < clause.to(); i++) {
            var token = tokens.get(i);
            // "in May" is a month, not the modal "may".
            words.add(token.text().equals("May") && i > clause.sentenceFrom() ? "May" : token.lower());
        }
        String cue;
        boolean denial = false;
        String denialCue = find(words, Cues.DENIAL);
        if (denialCue == null) {
            denialCue = negatedTrigger(clause);
        }
        var perfect = perfect(clause);
        if (denialCue != null) {
            var pending = find(words, java.util.Set.of("will", "would", "may", "might", "could", "plans", "plan")) != null;
            return new Status(TransferStatus.DENIED, true, pending && !perfect ? Stage.PENDING : Stage.DONE,
                    "\u201C" + denialCue + "\u201D: a denial");
        }
        if ((cue = findPhrase(words, Cues.NEGOTIATION_PHRASES)) != null || (cue = find(words, Cues.NEGOTIATION)) != null) {
            return new Status(TransferStatus.UNDER_NEGOTIATION, false, Stage.PENDING,
                    "\u201C" + cue + "\u201D: under negotiation");
        }
        if ((cue = find(words, Cues.MODALS)) != null) {
            return new Status(TransferStatus.REPORTED, false, perfect ? Stage.DONE : Stage.PENDING,
                    "\u201C" + cue + "\u201D: possible, not reported as done");
        }
        if ((cue = findPhrase(words, Cues.ONGOING_PHRASES)) != null || (cue = find(words, Cues.ONGOING)) != null
                || (cue = progressiveTrigger(clause)) != null) {
            return new Status(TransferStatus.IN_DELIVERY, false, Stage.DONE, "\u201C" + cue + "\u201D: in delivery");
        }
        if ((cue = findPhrase(words, Cues.AGREED_PHRASES)) != null || (cue = find(words, Cues.AGREED)) != null) {
            return new Status(TransferStatus.AGREED, false, Stage.PENDING, "\u201C" + cue + "\u201D: agreed");
        }
        for (int i = clause.from(); i < clause.to(); i++) {
            if (isTrigger(i)) {
                var word = tokens.get(i).lower();
                if (isNoun(i) && word.endsWith("s") && !word.equals("purchases") || !isNoun(i) && Cues.isPast(word)) {
                    return new Status(TransferStatus.DELIVERED, false, Stage.DONE, "\u201C" + word + "\u201D: delivered");
                }
            }
        }
        return new Status(TransferStatus.REPORTED, false, Stage.UNKNOWN, "no cue of how far it got: reported");
    }

    private static @Nullable String find(List<String> words, java.util.Set<String> cues) {
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
            if (!isTrigger(t) || isNoun(t)) {
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

    /** "is providing", "are being shipped", "carrying": a transfer under way. */
    private @Nullable String progressiveTrigger(Clause clause) {
        for (int t = clause.from(); t < clause.to(); t++) {
            if (!isTrigger(t) || isNoun(t)) {
                continue;
            }
            var word = tokens.get(t).lower();
            if (word.equals("carrying") || word.equals("transporting")) {
                return word;
            }
            if (t > clause.from() && Cues.BE.contains(tokens.get(t - 1).lower())
                    && (word.endsWith("ing") || tokens.get(t - 1).is("being"))) {
                return tokens.get(t - 1).lower() + " " + word;
            }
        }
        return null;
    }

    /** "may have sent": a modal about something already done. */
    private boolean perfect(Clause clause) {
        for (int t = clause.from() + 1; t < clause.to(); t++) {
            if (isTrigger(t) && !isNoun(t) && Cues.isPast(tokens.get(t).lower())) {
                for (int k = t - 1; k >= Math.max(clause.from(), t - 3); k--) {
                    var word = tokens.get(k).lower();
                    if (word.equals("have") || word.equals("has") || word.equals("had")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

}
