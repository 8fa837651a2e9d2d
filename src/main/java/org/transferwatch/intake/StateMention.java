package org.transferwatch.intake;

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

}
