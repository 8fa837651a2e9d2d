package org.transferwatch.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A text's tokens with what the finders marked on them (a state, goods) and which of them are transfer
 * words, so that the clause readers ask one place the same questions and get the same answers.
 */
final class MarkedText {

    private final List<Token> tokens;

    private final List<StateMention> states;

    private final Map<Integer, StateMention> stateAt;

    private final Map<Integer, GoodsMention> goodsAt = new HashMap<>();

    private final List<StateMention> placeStates;

    MarkedText(List<Token> tokens, List<StateMention> states, List<GoodsMention> goods) {
        this(tokens, states, goods, List.of());
    }

    /** {@code placeStates}: the states named through a port, crossing or city ("loaded at Rajin"). */
    MarkedText(List<Token> tokens, List<StateMention> states, List<GoodsMention> goods, List<StateMention> placeStates) {
        this.tokens = tokens;
        this.placeStates = List.copyOf(placeStates);
        this.states = states;
        this.stateAt = StateMention.byToken(states);
        for (var mention : goods) {
            for (int k = mention.firstToken(); k <= mention.lastToken(); k++) {
                goodsAt.put(k, mention);
            }
        }
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The states in the order they are named. */
    List<StateMention> states() {
        return states;
    }

    /** The states named through their places, in order. */
    List<StateMention> placeStates() {
        return placeStates;
    }

    @Nullable StateMention stateAt(int index) {
        return stateAt.get(index);
    }

    boolean goodsAt(int index) {
        return goodsAt.containsKey(index);
    }

    /**
     * A transfer verb or noun ("supplied", "deliveries", "took delivery", "handed over"), not a word of the
     * goods, of their origin ("Iranian-supplied") or of a ban ("export controls").
     */
    boolean isTrigger(int index) {
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
        if (!Cues.isTrigger(tokens.get(index))) {
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
            if (stateAt.containsKey(index + 1)) {
                // "Pyongyang has handed Moscow 120 guns".
                return true;
            }
            for (int k = index + 1; k < Math.min(tokens.size(), index + 5); k++) {
                if (tokens.get(k).is("over")) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** A transfer word used as a verb. */
    boolean isTransferVerb(int index) {
        return isTrigger(index) && !isNoun(index);
    }

    /** A transfer word used as a noun ("the deliveries", "exports of", "stepped up supplies"), not a verb. */
    boolean isNoun(int index) {
        var word = tokens.get(index).lower();
        if (!Cues.SUPPLY_NOUNS.contains(word) && !Cues.RECEIVE_NOUNS.contains(word)) {
            return false;
        }
        var before = index > 0 ? tokens.get(index - 1).lower() : "";
        var after = index + 1 < tokens.size() ? tokens.get(index + 1).lower() : "";
        return Cues.NOUN_MARKERS.contains(before) || after.equals("of") || goodsAt.containsKey(index - 1)
                || tokens.get(Math.max(0, index - 1)).type() == Token.Type.POSSESSIVE || before.equals("up");
    }

    /** A past participle after a form of "be" ("were shipped", "had been quietly sold"). */
    boolean passive(int index) {
        if (!Cues.isPast(tokens.get(index).lower()) || isNoun(index)) {
            return false;
        }
        return verbPhrase(index).passive();
    }

    /** The verb at {@code index} with its auxiliaries ("has also supplied"). */
    VerbPhrase verbPhrase(int index) {
        return VerbPhrase.of(tokens, index, 0);
    }

}
