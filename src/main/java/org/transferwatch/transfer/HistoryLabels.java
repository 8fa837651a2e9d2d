package org.transferwatch.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DbEnum;

/** Shows the coded values a transfer's history holds ("under_negotiation") as people read them. */
final class HistoryLabels {

    private static final Map<String, Function<String, String>> BY_FIELD = Map.of(
            "Kind", labels(TransferKind.values()),
            "Status", labels(TransferStatus.values()),
            "Confidence", labels(Confidence.values()),
            "Review state", labels(ReviewState.values()),
            "Period precision", labels(PeriodPrecision.values()),
            "Stance", labels(Stance.values()),
            "Role", labels(PartyRole.values()),
            "Mode", labels(ShipmentMode.values()),
            "Decision", value -> value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1));

    private HistoryLabels() {
    }

    static @Nullable String label(String field, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        var labeller = BY_FIELD.get(field);
        return labeller == null ? value : labeller.apply(value);
    }

    private static Function<String, String> labels(DbEnum[] values) {
        return value -> Arrays.stream(values)
            .filter(constant -> constant.dbValue().equals(value))
            .map(DbEnum::label)
            .findFirst()
            .orElse(value);
    }

}
