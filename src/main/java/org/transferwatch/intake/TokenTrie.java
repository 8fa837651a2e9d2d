package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Names of several words (states' aliases, places' names) looked up on whole tokens, longest first: what the
 * finders of states and places share. {@code key} says how a token is compared ("Wŏnsan" as "wonsan").
 */
final class TokenTrie<E> {

    /** Whether the entry may stand for tokens {@code from..last} of the text (its capitals agree, say). */
    @FunctionalInterface
    interface Accepts<E> {

        boolean test(E entry, int from, int last);

    }

    record Match<E>(E entry, int last) {
    }

    private static final class Node<E> {

        final Map<String, Node<E>> next = new HashMap<>();

        final List<E> entries = new ArrayList<>(1);

    }

    private final Node<E> root = new Node<>();

    private final Function<String, String> key;

    TokenTrie(Function<String, String> key) {
        this.key = key;
    }

    /** Adds the entry under the name written as these tokens. */
    void add(List<Token> name, E entry) {
        var node = root;
        for (var token : name) {
            node = node.next.computeIfAbsent(key.apply(token.text()), k -> new Node<>());
        }
        node.entries.add(entry);
    }

    /** The longest name the tokens from {@code from} on spell, of an entry that accepts them; none at punctuation. */
    @Nullable Match<E> longestMatch(List<Token> tokens, int from, Accepts<E> accepts) {
        if (tokens.get(from).type() == Token.Type.PUNCTUATION) {
            return null;
        }
        Match<E> best = null;
        var node = root;
        for (int j = from; j < tokens.size(); j++) {
            node = node.next.get(key.apply(tokens.get(j).text()));
            if (node == null) {
                break;
            }
            for (var entry : node.entries) {
                if (accepts.test(entry, from, j)) {
                    best = new Match<>(entry, j);
                    break;
                }
            }
        }
        return best;
    }

}
