package org.transferwatch.intake;

import org.jspecify.annotations.Nullable;

/**
 * Goods named in the text: the lexicon phrase matched ({@code firstToken..lastToken}), widened to the
 * left over its modifiers and designation ({@code itemFirstToken}: "infantry artillery shells",
 * "Shahed-136 attack drones").
 */
record GoodsMention(int itemFirstToken, int firstToken, int lastToken, Goods.Entry entry, @Nullable String designation) {

    boolean generic() {
        return entry.generic() || entry.category() == null;
    }

}
