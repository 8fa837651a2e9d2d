package org.transferwatch.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A state (or other actor) named in the text: which tokens, which country, through which alias and
 * of which kind ("demonym" for "North Korean"), and how it is attached to the following word.
 */
public record StateMention(int firstToken, int lastToken, int start, int end, String countryCode, String countryName,
        String text, String aliasKind, Attachment attachment) {

    /** How a mention is glued to the next word by a hyphen. */
    public enum Attachment {
        /** Stands alone. */
        NONE,
        /** "Iranian-made", "Russian-built": the goods' origin. */
        ORIGIN,
        /** "Russia-bound": the goods' destination. */
        BOUND,
        /** "Soviet-era", "pro-Russian", "Russia-Ukraine": a description, not a party. */
        DESCRIPTIVE
    }

    boolean demonym() {
        return aliasKind.equals("demonym");
    }

    boolean party() {
        return attachment != Attachment.DESCRIPTIVE;
    }

    /** Each token of the mentions, mapped to the mention it belongs to, for looking states up by position. */
    static Map<Integer, StateMention> byToken(List<StateMention> states) {
        var stateAt = new HashMap<Integer, StateMention>();
        for (var state : states) {
            for (int k = state.firstToken(); k <= state.lastToken(); k++) {
                stateAt.put(k, state);
            }
        }
        return stateAt;
    }

}
