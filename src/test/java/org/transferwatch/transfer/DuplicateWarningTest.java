package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;

/**
 * The form's warning of possible duplicates: the same direction, an overlapping (or unknown) period, and the same
 * category or a similar item; never a retracted transfer. Uses a pair no other test records (Eritrea to Niger).
 */
@TransferWatchTest
@Transactional
class DuplicateWarningTest {

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    private static TransferDraft draft(String supplier, String recipient, @Nullable String category, String item,
            @Nullable Period period) {
        return new TransferDraft(supplier, recipient, TransferKind.ARMS, category, item, null,
                new Quantity(new BigDecimal("12"), null, "drones", true), null, TransferStatus.REPORTED, period,
                LocalDate.of(2024, 2, 1), null, null, Confidence.LOW);
    }

    private long save(TransferDraft draft) {
        return as(Role.ANALYST, () -> transfers.createDraft(draft));
    }

    private java.util.List<Long> duplicatesOf(TransferDraft draft) {
        return as(Role.ANALYST, () -> transfers.possibleDuplicates(draft)).stream().map(PossibleDuplicate::id).toList();
    }

    @Test
    void a_transfer_of_the_same_direction_period_and_goods_is_found() {
        var drones = save(draft("ERI", "NER", "ML10", "Shahed-136 loitering drones", Period.quarter(2024, 1)));
        var noPeriod = save(draft("ERI", "NER", null, "Shahed 136 drones", null));
        var otherYear = save(draft("ERI", "NER", "ML10", "Shahed-136 loitering drones", Period.year(2019)));
        var otherGoods = save(draft("ERI", "NER", "ML3", "Artillery shells", Period.quarter(2024, 1)));
        var otherWay = save(draft("NER", "ERI", "ML10", "Shahed-136 loitering drones", Period.quarter(2024, 1)));

        var found = duplicatesOf(draft("ERI", "NER", "ML10", "Shahed-136 drones", Period.month(2024, 2)));

        assertThat(found).contains(drones, noPeriod).doesNotContain(otherYear, otherGoods, otherWay);
        var candidates = as(Role.ANALYST, () -> transfers.possibleDuplicates(draft("ERI", "NER", "ML10", "Shahed-136 drones",
                Period.month(2024, 2))));
        assertThat(candidates.getFirst().id()).as("most alike first").isEqualTo(noPeriod);
        assertThat(candidates.stream().filter(candidate -> candidate.id() == drones).findFirst().orElseThrow().label())
            .isEqualTo("#" + drones + " · Shahed-136 loitering drones · Q1 2024 · Reported / alleged · Draft");
    }

    @Test
    void the_same_category_counts_as_similar_goods_whatever_the_words() {
        var uav = save(draft("ERI", "NER", "ML10", "Mohajer-6 UAV", Period.year(2024)));
        assertThat(duplicatesOf(draft("ERI", "NER", "ML10", "Reconnaissance aircraft", Period.quarter(2024, 3))))
            .contains(uav);
        assertThat(duplicatesOf(draft("ERI", "NER", "ML4", "Reconnaissance aircraft", Period.quarter(2024, 3))))
            .doesNotContain(uav);
    }

    @Test
    void a_retracted_transfer_is_no_duplicate() {
        var id = save(draft("ERI", "NER", "ML10", "Retracted loitering munitions", Period.year(2023)));
        as(Role.REVIEWER, () -> {
            reviews.publish(id, transfers.version(id).orElseThrow());
            reviews.retract(id, transfers.version(id).orElseThrow(), "Withdrawn.");
            return null;
        });
        assertThat(duplicatesOf(draft("ERI", "NER", "ML10", "Retracted loitering munitions", Period.year(2023))))
            .doesNotContain(id);
    }

}
