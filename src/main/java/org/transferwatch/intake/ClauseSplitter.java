package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into the clauses that each make their own claim, so that a supplier in one is not
 * paired with a recipient in another: at ";", before ", which/who/while/whereas/but/although/according",
 * before a reaction to the claim (", a charge Beijing rejected"), before "but"/"while", at ", and" unless
 * more goods follow, and before "in exchange for", "in return for" and "as payment for" (whose goods move
 * the other way).
 */
final class ClauseSplitter {

    private static final List<String> COMMA_STARTS = List.of("which", "who", "while", "whereas", "but", "although",
            "though", "according", "adding");

    private final MarkedText text;

    private final List<Token> tokens;

    ClauseSplitter(MarkedText text) {
        this.text = text;
        this.tokens = text.tokens();
    }

    /** The clauses of the sentence of tokens {@code from..to}. */
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
            else if (token.is(",") && next != null && (COMMA_STARTS.contains(next.lower()) || claimAppositive(i + 1, to)
                    || next.is("and") && i + 2 < to && !startsGoods(i + 2))) {
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
        return text.goodsAt(index) || GoodsFinder.MODIFIERS.contains(token.lower()) || token.is("other")
                || token.type() == Token.Type.NUMBER || GoodsFinder.designationEndingAt(tokens, Math.min(index + 2,
                        tokens.size() - 1)) == index;
    }

}
