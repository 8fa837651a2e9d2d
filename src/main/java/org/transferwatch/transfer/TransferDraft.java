package org.transferwatch.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;

/**
 * The editable fields of a transfer, as a form or an import fills them. {@link #validate()} states
 * every problem in the user's terms before anything reaches the database, each with the {@link Field}
 * it belongs to.
 */
public record TransferDraft(@Nullable String supplierCode, @Nullable String recipientCode, @Nullable TransferKind kind,
        @Nullable String categoryCode, @Nullable String item, @Nullable String designation, Quantity quantity,
        @Nullable BigDecimal valueUsdEstimate, @Nullable TransferStatus status, @Nullable Period period,
        @Nullable LocalDate firstReportedOn, @Nullable String routeNotes, @Nullable String notes,
        @Nullable Confidence confidence) {

    public static final int MAX_ITEM = 500;

    public static final int MAX_DESIGNATION = 200;

    public static final int MAX_NOTES = 10_000;

    public static final int MAX_ROUTE_NOTES = 2_000;

    public static final int MAX_UNIT = Quantity.MAX_UNIT;

    /** The fields a problem of a transfer belongs to: a form marks its field from the key. */
    public enum Field implements Problem.Field {
        SUPPLIER, RECIPIENT, KIND, CATEGORY, ITEM, DESIGNATION, QUANTITY_LOW, QUANTITY_HIGH, UNIT, VALUE, STATUS,
        /** The period as a whole; a form marks its end, where a backwards period shows. */
        PERIOD, FIRST_REPORTED, ROUTE_NOTES, NOTES, CONFIDENCE
    }

    /** Every rule the draft breaks, each with the field it belongs to. */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (supplierCode == null) {
            problems.add(Field.SUPPLIER.problem("Choose the supplier."));
        }
        if (recipientCode == null) {
            problems.add(Field.RECIPIENT.problem("Choose the recipient."));
        }
        if (supplierCode != null && supplierCode.equals(recipientCode)) {
            problems.add(Field.RECIPIENT.problem("The supplier and the recipient must differ."));
        }
        if (kind == null) {
            problems.add(Field.KIND.problem("Choose the kind of goods."));
        }
        if (item == null || item.isBlank()) {
            problems.add(Field.ITEM.problem("Describe the item (e.g. \"artillery shells\")."));
        }
        else if (item.length() > MAX_ITEM) {
            problems.add(Field.ITEM.problem("The item description is limited to " + MAX_ITEM + " characters."));
        }
        if (designation != null && designation.length() > MAX_DESIGNATION) {
            problems.add(Field.DESIGNATION.problem("The designation is limited to " + MAX_DESIGNATION + " characters."));
        }
        problems.addAll(quantity.problems(Field.QUANTITY_LOW, Field.QUANTITY_HIGH, Field.UNIT));
        if (valueUsdEstimate != null && valueUsdEstimate.signum() < 0) {
            problems.add(Field.VALUE.problem("The value cannot be negative."));
        }
        if (status == null) {
            problems.add(Field.STATUS.problem("Choose the status."));
        }
        if (period != null && period.start().isAfter(period.end())) {
            problems.add(Field.PERIOD.problem("The period must start on or before its end."));
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add(Field.NOTES.problem("Notes are limited to " + MAX_NOTES + " characters."));
        }
        if (routeNotes != null && routeNotes.length() > MAX_ROUTE_NOTES) {
            problems.add(Field.ROUTE_NOTES.problem("Route notes are limited to " + MAX_ROUTE_NOTES + " characters."));
        }
        if (confidence == null) {
            problems.add(Field.CONFIDENCE.problem("Choose your confidence level."));
        }
        return problems;
    }

    public void validate() {
        var problems = problems();
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

}
