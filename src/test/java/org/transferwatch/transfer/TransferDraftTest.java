package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.transfer.TransferDraft.Field;

/** Each rule a draft breaks names the field it belongs to, whatever its message says. */
class TransferDraftTest {

    @Test
    void every_problem_carries_the_key_of_its_field() {
        var bad = new TransferDraft("RUS", "RUS", null, null, " ", "D".repeat(TransferDraft.MAX_DESIGNATION + 1),
                new Quantity(new BigDecimal("5"), new BigDecimal("2"), "u".repeat(TransferDraft.MAX_UNIT + 1), false),
                new BigDecimal("-1"), null, new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), PeriodPrecision.DAY),
                null, "r".repeat(TransferDraft.MAX_ROUTE_NOTES + 1), "n".repeat(TransferDraft.MAX_NOTES + 1), null);

        assertThat(bad.problems()).containsExactly(
                new Problem(Field.RECIPIENT, "The supplier and the recipient must differ."),
                new Problem(Field.KIND, "Choose the kind of goods."),
                new Problem(Field.ITEM, "Describe the item (e.g. \"artillery shells\")."),
                new Problem(Field.DESIGNATION, "The designation is limited to 200 characters."),
                new Problem(Field.QUANTITY_HIGH, "The lowest quantity must not exceed the highest."),
                new Problem(Field.UNIT, "The unit is limited to 50 characters."),
                new Problem(Field.VALUE, "The value cannot be negative."),
                new Problem(Field.STATUS, "Choose the status."),
                new Problem(Field.PERIOD, "The period must start on or before its end."),
                new Problem(Field.NOTES, "Notes are limited to 10000 characters."),
                new Problem(Field.ROUTE_NOTES, "Route notes are limited to 2000 characters."),
                new Problem(Field.CONFIDENCE, "Choose your confidence level."));
    }

    @Test
    void a_missing_pair_and_a_negative_quantity_name_their_fields() {
        var draft = new TransferDraft(null, null, TransferKind.ARMS, null, "Shells", null,
                new Quantity(new BigDecimal("-3"), null, null, false), null, TransferStatus.DELIVERED, null, null, null,
                null, Confidence.LOW);

        assertThat(draft.problems()).containsExactly(new Problem(Field.SUPPLIER, "Choose the supplier."),
                new Problem(Field.RECIPIENT, "Choose the recipient."),
                new Problem(Field.QUANTITY_LOW, "Quantities cannot be negative."));
    }

    @Test
    void validate_throws_the_problems_with_their_keys_and_their_messages_as_before() {
        var draft = new TransferDraft("PRK", "RUS", TransferKind.ARMS, null, "", null, new Quantity(null, null, null, false), null,
                TransferStatus.DELIVERED, null, null, null, null, Confidence.LOW);

        assertThatThrownBy(draft::validate).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.problems()).containsExactly("Describe the item (e.g. \"artillery shells\").");
            assertThat(e.problemsWithFields())
                .containsExactly(new Problem(Field.ITEM, "Describe the item (e.g. \"artillery shells\")."));
            assertThat(e.getMessage()).isEqualTo("Describe the item (e.g. \"artillery shells\").");
        });
    }

}
