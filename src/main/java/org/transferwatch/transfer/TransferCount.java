package org.transferwatch.transfer;

import java.util.Locale;

/**
 * How many transfers match a filter: the exact number, or, for big results, only that there are more than
 * {@code value} (counting every one of a hundred thousand rows costs more than the page itself).
 *
 * @param value the exact count, or the limit the count stopped at
 * @param exact whether {@code value} is the exact count
 */
public record TransferCount(int value, boolean exact) {

    public static TransferCount exactly(int count) {
        return new TransferCount(count, true);
    }

    public static TransferCount moreThan(int limit) {
        return new TransferCount(limit, false);
    }

    /** "1 transfer", "148,473 transfers", or "more than 10,000 transfers". */
    public String label() {
        if (!exact) {
            return String.format(Locale.ENGLISH, "more than %,d transfers", value);
        }
        return value == 1 ? "1 transfer" : String.format(Locale.ENGLISH, "%,d transfers", value);
    }

}
