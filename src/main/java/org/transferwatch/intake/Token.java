package org.transferwatch.intake;

import java.util.Locale;

/**
 * A word, number, possessive "'s" or punctuation mark, with its character offsets in the text, and once its
 * sentence is tagged ({@link Tokenizer#tagged}) its UD part of speech ({@code tag}: "VERB", "AUX", "NOUN" ...,
 * empty before) and its lemma (for verbs and auxiliaries: "supplied" → "supply"; other words in lower case).
 * Hyphens are tokens of their own ("KN", "-", "23"); {@link #touches} tells whether two tokens are
 * written together.
 */
record Token(int index, String text, int start, int end, Type type, String tag, String lemma) {

    enum Type {
        WORD, NUMBER, POSSESSIVE, PUNCTUATION
    }

    /** A token not tagged yet. */
    Token(int index, String text, int start, int end, Type type) {
        this(index, text, start, end, type, "", text.toLowerCase(Locale.ROOT));
    }

    Token tagged(String partOfSpeech, String lemmaOfWord) {
        return new Token(index, text, start, end, type, partOfSpeech, lemmaOfWord);
    }

    /** Tagged as a verb or an auxiliary by the part-of-speech model. */
    boolean verbal() {
        return tag.equals("VERB") || tag.equals("AUX");
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
