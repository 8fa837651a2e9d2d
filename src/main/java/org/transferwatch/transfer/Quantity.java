package org.transferwatch.transfer;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How much was moved, as a range with its unit: "millions of rounds" is at least 1,000,000 rounds, estimated. */
public record Quantity(@Nullable BigDecimal low, @Nullable BigDecimal high, @Nullable String unit, boolean estimate) {

    public static final Quantity UNKNOWN = new Quantity(null, null, null, false);

    public String label() {
        if (low == null && high == null) {
            return unit == null || unit.isBlank() ? "—" : "unknown " + unit;
        }
        String range;
        if (low != null && high != null) {
            range = low.compareTo(high) == 0 ? format(low) : format(low) + "–" + format(high);
        }
        else if (low != null) {
            range = "≥ " + format(low);
        }
        else {
            range = "≤ " + format(high);
        }
        return range + (unit == null || unit.isBlank() ? "" : " " + unit) + (estimate ? " (est.)" : "");
    }

    private static String format(@Nullable BigDecimal number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(number);
    }

}
