package org.transferwatch.intake;

import java.util.Locale;

/**
 * A word, number, possessive "'s" or punctuation mark, with its character offsets in the text.
 * Hyphens are tokens of their own ("KN", "-", "23"); {@link #touches} tells whether two tokens are
 * written together.
 */
record Token(int index, String text, int start, int end, Type type) {

    enum Type {
        WORD, NUMBER, POSSESSIVE, PUNCTUATION
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean allCaps() {
        return text.length() >= 2 && text.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
                && text.chars().anyMatch(Character::isLetter);
    }

    boolean touches(Token next) {
        return end == next.start;
    }

}
