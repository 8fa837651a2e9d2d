package org.transferwatch.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ValidationException;

/**
 * The editable fields of a transfer, as a form or an import fills them. {@link #validate()} states
 * every problem in the user's terms before anything reaches the database.
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

    public static final int MAX_UNIT = 50;

    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (supplierCode == null) {
            problems.add("Choose the supplier.");
        }
        if (recipientCode == null) {
            problems.add("Choose the recipient.");
        }
        if (supplierCode != null && supplierCode.equals(recipientCode)) {
            problems.add("The supplier and the recipient must differ.");
        }
        if (kind == null) {
            problems.add("Choose the kind of goods.");
        }
        if (item == null || item.isBlank()) {
            problems.add("Describe the item (e.g. \"artillery shells\").");
        }
        else if (item.length() > MAX_ITEM) {
            problems.add("The item description is limited to " + MAX_ITEM + " characters.");
        }
        if (designation != null && designation.length() > MAX_DESIGNATION) {
            problems.add("The designation is limited to " + MAX_DESIGNATION + " characters.");
        }
        if (quantity.low() != null && quantity.low().signum() < 0 || quantity.high() != null && quantity.high().signum() < 0) {
            problems.add("Quantities cannot be negative.");
        }
        if (quantity.low() != null && quantity.high() != null && quantity.low().compareTo(quantity.high()) > 0) {
            problems.add("The lowest quantity must not exceed the highest.");
        }
        if (quantity.unit() != null && quantity.unit().length() > MAX_UNIT) {
            problems.add("The unit is limited to " + MAX_UNIT + " characters.");
        }
        if (valueUsdEstimate != null && valueUsdEstimate.signum() < 0) {
            problems.add("The value cannot be negative.");
        }
        if (status == null) {
            problems.add("Choose the status.");
        }
        if (period != null && period.start().isAfter(period.end())) {
            problems.add("The period must start on or before its end.");
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add("Notes are limited to " + MAX_NOTES + " characters.");
        }
        if (routeNotes != null && routeNotes.length() > MAX_ROUTE_NOTES) {
            problems.add("Route notes are limited to " + MAX_ROUTE_NOTES + " characters.");
        }
        if (confidence == null) {
            problems.add("Choose your confidence level.");
        }
        return problems;
    }

    public void validate() {
        var problems = problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

}
