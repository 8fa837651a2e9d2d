package org.transferwatch.intake;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.Quantity;

/**
 * A quantity in the text ("millions of", "9 million rounds", "more than 100", "about 300 tonnes"), or,
 * when {@code usd} is set, a value in US dollars ("$500 million").
 */
record QuantityMention(int start, int end, String text, Quantity quantity, @Nullable BigDecimal usd) {

    boolean money() {
        return usd != null;
    }

}
