package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.transferwatch.audit.FieldChange;
import org.transferwatch.base.DbEnum;
import org.transferwatch.base.ValidationException;

/** Shows the coded values a transfer's history holds ("under_negotiation", "B") as people read them. */
final class HistoryLabels {

    static final String RELIABILITY = "Reliability";

    static final String CREDIBILITY = "Credibility";

    static final String GRADE = "Grade";

    private static final Map<String, Function<String, String>> BY_FIELD = Map.ofEntries(
            Map.entry("Kind", labels(TransferKind.values())),
            Map.entry("Status", labels(TransferStatus.values())),
            Map.entry("Confidence", labels(Confidence.values())),
            Map.entry("Review state", labels(ReviewState.values())),
            Map.entry("Review request", labels(ReviewRequestState.values())),
            Map.entry("Period precision", labels(PeriodPrecision.values())),
            Map.entry("Stance", labels(Stance.values())),
            Map.entry("Role", labels(PartyRole.values())),
            Map.entry("Mode", labels(ShipmentMode.values())),
            Map.entry(RELIABILITY, HistoryLabels::reliability),
            Map.entry(CREDIBILITY, HistoryLabels::credibility),
            Map.entry("Decision", value -> value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1)));

    private HistoryLabels() {
    }

    static @Nullable String label(String field, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        var labeller = BY_FIELD.get(field);
        return labeller == null ? value : labeller.apply(value);
    }

    /**
     * The changes with a claim's reliability and credibility, where both changed (as on a new claim), as one
     * grade in words ("B2 — usually reliable, probably true"), in the reliability's place. Where only one of
     * them changed, each keeps its own line, in words too (see {@link #label}).
     */
    static List<FieldChange> gradeInWords(List<FieldChange> changes) {
        var reliability = changes.stream().filter(c -> c.field().equals(RELIABILITY)).findFirst();
        var credibility = changes.stream().filter(c -> c.field().equals(CREDIBILITY)).findFirst();
        if (reliability.isEmpty() || credibility.isEmpty()) {
            return changes;
        }
        var grade = new FieldChange(GRADE, grade(reliability.get().before(), credibility.get().before()),
                grade(reliability.get().after(), credibility.get().after()));
        var merged = new ArrayList<FieldChange>();
        for (var change : changes) {
            if (change.field().equals(RELIABILITY)) {
                merged.add(grade);
            }
            else if (!change.field().equals(CREDIBILITY)) {
                merged.add(change);
            }
        }
        return merged;
    }

    /** The grade in words; as stored when it is not one (the history shows what was recorded). */
    private static @Nullable String grade(@Nullable String reliability, @Nullable String credibility) {
        if (reliability == null || credibility == null) {
            return reliability == null ? credibility : reliability;
        }
        try {
            return AdmiraltyGrade.parse(reliability + credibility).description();
        }
        catch (ValidationException e) {
            return reliability + credibility;
        }
    }

    /** "B — Usually reliable". */
    private static String reliability(String value) {
        if (value.length() == 1 && value.charAt(0) >= 'A' && value.charAt(0) <= 'F') {
            return value + " — " + AdmiraltyGrade.RELIABILITY_WORDS.get(value.charAt(0) - 'A');
        }
        return value;
    }

    /** "2 — Probably true". */
    private static String credibility(String value) {
        if (value.matches("[1-6]")) {
            return value + " — " + AdmiraltyGrade.CREDIBILITY_WORDS.get(value.charAt(0) - '1');
        }
        return value;
    }

    private static Function<String, String> labels(DbEnum[] values) {
        return value -> Arrays.stream(values)
            .filter(constant -> constant.dbValue().equals(value))
            .map(DbEnum::label)
            .findFirst()
            .orElse(value);
    }

}
