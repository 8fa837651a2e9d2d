package org.transferwatch.intake;

/**
 * Tokens {@code from..to} of the sentence starting at {@code sentenceFrom}; {@code exchange} when the
 * clause names what is given "in exchange for" the goods before it, which move the other way.
 */
record Clause(int sentenceFrom, int from, int to, boolean exchange) {

    boolean contains(int token) {
        return token >= from && token < to;
    }

}
