package org.transferwatch.transfer;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;

/** How much was moved, as a range with its unit: "millions of rounds" is at least 1,000,000 rounds, estimated. */
public record Quantity(@Nullable BigDecimal low, @Nullable BigDecimal high, @Nullable String unit, boolean estimate) {

    public static final Quantity UNKNOWN = new Quantity(null, null, null, false);

    /** The longest unit ("millions of rounds" fits). */
    public static final int MAX_UNIT = 50;

    /**
     * Every rule the quantity breaks, each with the field of the form it belongs to: a transfer's and a
     * shipment's quantity follow the same rules.
     */
    public List<Problem> problems(Problem.Field lowField, Problem.Field highField, Problem.Field unitField) {
        var problems = new ArrayList<Problem>();
        var lowNegative = low != null && low.signum() < 0;
        if (lowNegative || high != null && high.signum() < 0) {
            problems.add((lowNegative ? lowField : highField).problem("Quantities cannot be negative."));
        }
        if (low != null && high != null && low.compareTo(high) > 0) {
            problems.add(highField.problem("The lowest quantity must not exceed the highest."));
        }
        if (unit != null && unit.length() > MAX_UNIT) {
            problems.add(unitField.problem("The unit is limited to " + MAX_UNIT + " characters."));
        }
        return problems;
    }

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
