package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.transferwatch.intake.Roles.Role;

/**
 * Collects the cues of a clause that make a state the supplier or the recipient, each with a weight:
 * "to X"/"into X" after the goods or a transfer verb (3), "from X" (3), "by X" after a passive transfer
 * verb (3), "supplied X with" (3), "X's exports/imports of" (3), "for X" (2.5), the subject of a transfer
 * verb ("X provided", "X received", 2), a demonym or origin on the goods ("North Korean weapons",
 * "Iranian-made", 2), the subject of a transfer noun ("X stepped up deliveries", 1.5) or of a verb of use
 * ("Russian forces fired ...", 1.5). "To X" after a trip or visit, places ("in Ukraine", "against
 * Ukraine") and "between X and Y" give no direction. A state keeps the heaviest cue of each role.
 */
final class RoleCues {

    /**
     * The states each role is offered, by country code in the order first offered, and the other
     * parties of dealings ("talks with X"), which may fill a role no cue gives.
     */
    record Offers(Map<String, Role> suppliers, Map<String, Role> recipients, List<StateMention> counterparts) {
    }

    private final MarkedText text;

    private final List<Token> tokens;

    RoleCues(MarkedText text) {
        this.text = text;
        this.tokens = text.tokens();
    }

    /** The cues of the clause, with {@code group} the goods the proposal is about (none: only the structure). */
    Offers offers(Clause clause, List<GoodsMention> group) {
        var offers = new Offers(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
        for (var state : text.states()) {
            if (!clause.contains(state.firstToken()) || !state.party()) {
                continue;
            }
            int p = prepositionBefore(state, clause);
            if (p >= 0) {
                prepositionCue(offers, clause, state, p);
            }
        }
        for (int t = clause.from(); t < clause.to(); t++) {
            if (!text.isTrigger(t) || text.passive(t)) {
                continue;
            }
            if (text.isNoun(t)) {
                nounCue(offers, clause, t);
            }
            else {
                verbCue(offers, clause, group, t);
            }
        }
        if (!group.isEmpty()) {
            goodsCue(offers, clause, group.getFirst());
            usedCue(offers, clause, group.getFirst());
        }
        for (var state : text.states()) {
            if (clause.contains(state.firstToken()) && state.party()) {
                warCue(offers, clause, state);
            }
        }
        for (var port : text.placeStates()) {
            if (clause.contains(port.firstToken())) {
                placeCue(offers, clause, port);
            }
        }
        return offers;
    }

    /** The subject of a verb of use in the clause: "Russia fired missiles at Kharkiv" gives Russia. */
    @Nullable StateMention user(Clause clause) {
        for (int t = clause.from(); t < clause.to(); t++) {
            if (Cues.uses(tokens.get(t)) && !text.passive(t)) {
                var subject = subjectBefore(t, clause);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }

    /** "made in North Korea": the maker of the goods is their supplier. */
    private void madeInCue(Offers offers, Clause clause, StateMention state, int in) {
        if (in - 1 >= clause.from() && Cues.MADE.contains(tokens.get(in - 1).lower())) {
            offer(offers.suppliers(), state, 3, "\u201C" + tokens.get(in - 1).lower() + " in " + state.text() + "\u201D");
        }
    }

    /**
     * "the missiles Russia fired at Kharkiv": goods, then a state and a verb of use right after them; the user had
     * them, so it is the recipient.
     */
    private void usedCue(Offers offers, Clause clause, GoodsMention first) {
        int k = first.lastToken() + 1;
        if (k < clause.to() && (tokens.get(k).is("that") || tokens.get(k).is("which"))) {
            k++;
        }
        var user = k < clause.to() ? text.stateAt(k) : null;
        if (user == null || user.firstToken() != k || !user.party()) {
            return;
        }
        int verb = user.lastToken() + 1;
        while (verb < clause.to() && verb <= user.lastToken() + 3 && !Cues.uses(tokens.get(verb))) {
            verb++;
        }
        if (verb < clause.to() && verb <= user.lastToken() + 3 && Cues.uses(tokens.get(verb))) {
            offer(offers.recipients(), user, 1.5, "the goods " + user.text() + " \u201C" + tokens.get(verb).lower()
                    + "\u201D");
        }
    }

    /** "to support Russia's war", "for Russia's army": the state whose war the goods serve receives them. */
    private void warCue(Offers offers, Clause clause, StateMention state) {
        int possessive = state.lastToken() + 1;
        if (possessive + 1 >= clause.to() || tokens.get(possessive).type() != Token.Type.POSSESSIVE
                || !Cues.WAR_WORDS.contains(tokens.get(possessive + 1).lower())) {
            return;
        }
        for (int k = state.firstToken() - 1; k >= Math.max(clause.from(), state.firstToken() - 3); k--) {
            var word = tokens.get(k).lower();
            if (Cues.SUPPORT_WORDS.contains(word) && anchoredBefore(k, clause)) {
                offer(offers.recipients(), state, 2.5, "\u201C" + StateFinder.joined(tokens, k, possessive + 1) + "\u201D");
                return;
            }
        }
    }

    /**
     * A port, crossing or city named for its state: "loaded at Rajin" and "from Nampo" make its state the supplier,
     * "unloaded at Dunai", "arrived in Vostochny" and "to Nakhodka" the recipient. Weaker than a state named as such.
     */
    private void placeCue(Offers offers, Clause clause, StateMention port) {
        for (int k = port.firstToken() - 1; k >= Math.max(clause.from(), port.firstToken() - 5); k--) {
            var word = tokens.get(k).lower();
            if (Cues.PLACE_LOADING.contains(word)) {
                offer(offers.suppliers(), port, 2.5, "\u201C" + StateFinder.joined(tokens, k, port.lastToken())
                        + "\u201D, in " + port.countryName());
                return;
            }
            if (Cues.PLACE_ARRIVAL.contains(word) && (!word.equals("to") && !word.equals("into") || anchoredBefore(k, clause))) {
                offer(offers.recipients(), port, 2.5, "\u201C" + StateFinder.joined(tokens, k, port.lastToken())
                        + "\u201D, in " + port.countryName());
                return;
            }
            if (!Cues.PLACE_FILLERS.contains(word)) {
                return;
            }
        }
    }

    /** "to X", "for X", "from X", "by X" after a passive verb, "talks with X". */
    private void prepositionCue(Offers offers, Clause clause, StateMention state, int p) {
        var prep = tokens.get(p).lower();
        var phrase = "\u201C" + StateFinder.joined(tokens, p, state.lastToken()) + "\u201D";
        switch (prep) {
            case "to", "into", "onto" -> {
                if (anchoredBefore(p, clause) && !usedTowards(p, clause)) {
                    offer(offers.recipients(), state, 3, phrase);
                }
            }
            case "for" -> {
                var before = p > clause.from() ? tokens.get(p - 1).lower() : "";
                if (before.equals("bound") || before.equals("destined")) {
                    offer(offers.recipients(), state, 3, "\u201C" + before + " for " + state.text() + "\u201D");
                }
                else if (!Cues.EXCHANGE_STARTS.contains(before) && !before.equals("use") && anchoredBefore(p, clause)) {
                    offer(offers.recipients(), state, 2.5, phrase);
                }
            }
            case "from" -> {
                if (anchoredBefore(p, clause)) {
                    offer(offers.suppliers(), state, 3, phrase);
                }
            }
            case "by" -> {
                var passive = passiveTriggerBefore(p, clause);
                if (passive >= 0) {
                    var verb = tokens.get(passive).lower();
                    var why = "\u201C" + verb + " \u2026 by " + state.text() + "\u201D";
                    if (Cues.receives(tokens.get(passive)) || Cues.TAKE.contains(verb)) {
                        offer(offers.recipients(), state, 3, why);
                    }
                    else if (Cues.uses(tokens.get(passive))) {
                        // "missiles fired by Russia": the user had them.
                        offer(offers.recipients(), state, 2.5, why);
                    }
                    else {
                        offer(offers.suppliers(), state, 3, why);
                    }
                }
            }
            case "in" -> madeInCue(offers, clause, state, p);
            case "with" -> {
                for (int k = p - 1; k >= Math.max(clause.from(), p - 3); k--) {
                    if (Cues.DEALINGS.contains(tokens.get(k).lower())) {
                        offers.counterparts().add(state);
                        break;
                    }
                }
            }
            default -> {
            }
        }
    }

    /** "China's exports", or the subject of "stepped up deliveries". */
    private void nounCue(Offers offers, Clause clause, int t) {
        var word = tokens.get(t).lower();
        var roles = Cues.SUPPLY_NOUNS.contains(word) ? offers.suppliers() : offers.recipients();
        var owner = possessiveOwner(t, clause);
        if (owner != null) {
            offer(roles, owner, 3, "\u201C" + owner.text() + "'s " + word + "\u201D");
            return;
        }
        var subject = subjectBefore(t, clause);
        if (subject != null) {
            offer(roles, subject, 1.5, subject.text() + " \u2026 \u201C" + word + "\u201D");
        }
    }

    /** The subject of a verb of supply, receipt or use, and the object of "supplied X with". */
    private void verbCue(Offers offers, Clause clause, List<GoodsMention> group, int t) {
        var word = tokens.get(t).lower();
        var subject = subjectBefore(t, clause);
        if (Cues.supplies(tokens.get(t))) {
            if (subject != null) {
                offer(offers.suppliers(), subject, 2, "subject of \u201C" + word + "\u201D");
            }
            var object = objectWith(t, clause);
            if (object != null) {
                offer(offers.recipients(), object, 3, "\u201C" + word + " " + object.text() + " with\u201D");
            }
            var indirect = indirectObject(t, clause, group);
            if (indirect != null) {
                offer(offers.recipients(), indirect, 3, "\u201C" + word + " " + indirect.text() + "\u201D the goods");
            }
        }
        else if (Cues.receives(tokens.get(t)) || Cues.TAKE.contains(word)) {
            if (subject != null) {
                offer(offers.recipients(), subject, 2, "subject of \u201C" + word + "\u201D");
            }
        }
        else if (Cues.uses(tokens.get(t)) && subject != null && !group.isEmpty()
                && group.getFirst().firstToken() > t) {
            offer(offers.recipients(), subject, 1.5, "subject of \u201C" + word + "\u201D");
        }
    }

    /** A state on the first goods: "North Korean", "Iranian-made", "Russia-bound", "Iran's". */
    private void goodsCue(Offers offers, Clause clause, GoodsMention first) {
        int k = first.itemFirstToken() - 1;
        var modifier = k >= clause.from() ? text.stateAt(k) : null;
        if (modifier != null && modifier.lastToken() == k) {
            if (modifier.attachment() == StateMention.Attachment.BOUND) {
                offer(offers.recipients(), modifier, 2, "\u201C" + modifier.text() + "-bound\u201D");
            }
            else if (modifier.demonym() || modifier.attachment() == StateMention.Attachment.ORIGIN) {
                offer(offers.suppliers(), modifier, 2, "\u201C" + modifier.text()
                        + (modifier.attachment() == StateMention.Attachment.ORIGIN ? "-made" : "") + "\u201D goods");
            }
        }
        if (modifier == null && first.itemFirstToken() >= 3) {
            // "Iranian-made missiles": the widened item starts after the "-made".
            var origin = text.stateAt(first.itemFirstToken() - 3);
            if (origin != null && origin.attachment() == StateMention.Attachment.ORIGIN
                    && clause.contains(origin.firstToken())) {
                offer(offers.suppliers(), origin, 2, "\u201C" + origin.text() + "-"
                        + tokens.get(first.itemFirstToken() - 1).text() + "\u201D goods");
            }
            else if (origin != null && origin.attachment() == StateMention.Attachment.BOUND
                    && clause.contains(origin.firstToken())) {
                offer(offers.recipients(), origin, 2, "\u201C" + origin.text() + "-bound\u201D");
            }
        }
        if (k >= clause.from() + 1 && tokens.get(k).type() == Token.Type.POSSESSIVE) {
            var owner = text.stateAt(k - 1);
            if (owner != null && owner.party()) {
                offer(offers.suppliers(), owner, 1, "\u201C" + owner.text() + "'s\u201D goods");
            }
        }
    }

    private static void offer(Map<String, Role> roles, StateMention state, double score, String why) {
        var current = roles.get(state.countryCode());
        if (current == null || current.score() < score) {
            roles.put(state.countryCode(), new Role(state, score, why));
        }
    }

    /**
     * The preposition governing a state ("to the DPRK" gives "to"), or -1 at the clause's start; before a demonym
     * numbers count as determiners ("from nine Belarusian railway stations").
     */
    private int prepositionBefore(StateMention state, Clause clause) {
        int p = state.firstToken() - 1;
        while (p >= clause.from() && Cues.DETERMINERS.contains(tokens.get(p).lower())) {
            p--;
        }
        int counted = p;
        while (counted >= clause.from() && state.demonym() && (tokens.get(counted).type() == Token.Type.NUMBER
                || Cues.NUMBER_WORDS.contains(tokens.get(counted).lower()))) {
            counted--;
        }
        if (counted < p && counted >= clause.from() && tokens.get(counted).is("from")) {
            p = counted;
        }
        return p >= clause.from() ? p : -1;
    }

    /** Whether goods or a transfer word come before the preposition, with no trip, visit or comma between. */
    private boolean anchoredBefore(int preposition, Clause clause) {
        for (int k = preposition - 1; k >= Math.max(clause.from(), preposition - 15); k--) {
            var token = tokens.get(k);
            if (text.goodsAt(k) || text.isTrigger(k)) {
                return true;
            }
            if (token.is(",") || token.is(";") || Cues.BLOCKERS.contains(token.lower())) {
                return false;
            }
        }
        return false;
    }

    /** "fired some of the missiles into Ukraine": after a verb of use, "to X" is the target, not the recipient. */
    private boolean usedTowards(int preposition, Clause clause) {
        for (int k = preposition - 1; k >= Math.max(clause.from(), preposition - 15); k--) {
            var token = tokens.get(k);
            if (Cues.supplies(token) || Cues.receives(token) || Cues.SUPPLY_NOUNS.contains(token.lower())) {
                return false;
            }
            if (Cues.uses(token)) {
                return true;
            }
        }
        return false;
    }

    private int passiveTriggerBefore(int by, Clause clause) {
        for (int k = by - 1; k >= clause.from(); k--) {
            if (text.isTrigger(k) && text.passive(k)) {
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
        var states = text.states();
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
        var object = text.stateAt(k);
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

    /** "handed Moscow at least 120 guns", "sent Russia shells": the state right after the verb, the goods after it. */
    private @Nullable StateMention indirectObject(int verb, Clause clause, List<GoodsMention> group) {
        if (group.isEmpty()) {
            return null;
        }
        int k = verb + 1;
        while (k < clause.to() && Cues.DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        var object = text.stateAt(k);
        if (object == null || object.firstToken() != k || !object.party() || object.demonym()) {
            return null;
        }
        int goodsAt = group.getFirst().itemFirstToken();
        return goodsAt > object.lastToken() && goodsAt - object.lastToken() <= 6 ? object : null;
    }

    /** "China's exports", "Russia's oil imports": the state owning a transfer noun. */
    private @Nullable StateMention possessiveOwner(int noun, Clause clause) {
        int k = noun - 1;
        int skipped = 0;
        while (k > clause.from() && skipped < 2 && tokens.get(k).type() != Token.Type.POSSESSIVE
                && (text.goodsAt(k) || GoodsFinder.MODIFIERS.contains(tokens.get(k).lower()))) {
            k--;
            skipped++;
        }
        if (k <= clause.from() || tokens.get(k).type() != Token.Type.POSSESSIVE) {
            return null;
        }
        var owner = text.stateAt(k - 1);
        return owner != null && owner.party() ? owner : null;
    }

}
