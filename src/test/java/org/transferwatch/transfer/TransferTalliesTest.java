package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.db.Tables.SANCTIONS_LINK;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.db.Tables.TRANSFER_PAIR_TALLY;
import static org.transferwatch.support.TestData.as;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/**
 * The dashboard reads tallies that triggers keep; after every kind of change they must give the very
 * figures that counting the transfers themselves gives, for analysts (every state) and viewers
 * (published only), before and after the deltas are folded.
 */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.REVIEWER)
class TransferTalliesTest {

    private static final List<String> STATES = List.of("PRK", "RUS", "IRN", "CHN", "BLR", "SYR");

    @Autowired
    TransferService transfers;

    @Autowired
    TransferListService listing;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    TransferSanctionsService transferSanctions;

    @Autowired
    TransferStatisticsRepository statistics;

    @Autowired
    SanctionsService sanctions;

    @Autowired
    TransferFilterRepository repository;

    @Autowired
    TransferAccess access;

    @Autowired
    DSLContext dsl;

    private final Random random = new Random(20261127);

    @Test
    void the_tallies_give_the_figures_the_transfers_give_after_every_kind_of_change() {
        var provisions = sanctions.activeProvisions();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 60; i++) {
            ids.add(transfers.createDraft(randomDraft()));
        }
        for (var id : ids.subList(0, 30)) {
            reviews.publish(id, transfers.version(id).orElseThrow());
        }
        for (var id : ids.subList(0, 8)) {
            reviews.retract(id, transfers.version(id).orElseThrow(), "The source withdrew its report.");
        }
        for (var id : ids.subList(20, 45)) {
            transfers.update(id, transfers.version(id).orElseThrow(), randomDraft());
        }
        for (var id : ids.subList(10, 40)) {
            var provision = provisions.get(random.nextInt(provisions.size()));
            transferSanctions.decideProvision(id, provision.id(), SanctionsLink.Decision.CONFIRMED, null);
            if (random.nextBoolean()) {
                transferSanctions.decideProvision(id, provisions.get((provisions.indexOf(provision) + 1) % provisions.size()).id(),
                        SanctionsLink.Decision.CONFIRMED, null);
            }
        }
        for (var id : ids.subList(40, 50)) {
            transferSanctions.decideProvision(id, provisions.get(random.nextInt(provisions.size())).id(),
                    SanctionsLink.Decision.DISMISSED, "The goods fall outside the measure.");
        }
        assertTalliesMatchTheTransfers();

        // Set-based changes, as an import or a clean-up would make them: decisions reversed and removed,
        // transfers changed and deleted.
        dsl.update(SANCTIONS_LINK).set(SANCTIONS_LINK.DECISION, "dismissed").set(SANCTIONS_LINK.NOTE, "Reversed.")
            .where(SANCTIONS_LINK.TRANSFER_ID.in(ids.subList(10, 18))).execute();
        dsl.update(SANCTIONS_LINK).set(SANCTIONS_LINK.DECISION, "confirmed")
            .where(SANCTIONS_LINK.TRANSFER_ID.in(ids.subList(40, 45))).execute();
        dsl.deleteFrom(SANCTIONS_LINK).where(SANCTIONS_LINK.TRANSFER_ID.in(ids.subList(18, 22))).execute();
        dsl.update(TRANSFER).set(TRANSFER.CONFIDENCE, Confidence.LOW.dbValue()).where(TRANSFER.ID.in(ids.subList(0, 20)))
            .execute();
        dsl.deleteFrom(TRANSFER).where(TRANSFER.ID.in(ids.subList(30, 38))).execute();
        assertTalliesMatchTheTransfers();

        statistics.compactTallies();
        assertTalliesMatchTheTransfers();
        assertThat(dsl.fetchCount(dsl.select(TRANSFER_PAIR_TALLY.REVIEW_STATE, TRANSFER_PAIR_TALLY.SUPPLIER_CODE,
                TRANSFER_PAIR_TALLY.RECIPIENT_CODE, TRANSFER_PAIR_TALLY.KIND)
            .from(TRANSFER_PAIR_TALLY)
            .groupBy(TRANSFER_PAIR_TALLY.REVIEW_STATE, TRANSFER_PAIR_TALLY.SUPPLIER_CODE,
                    TRANSFER_PAIR_TALLY.RECIPIENT_CODE, TRANSFER_PAIR_TALLY.KIND)
            .having(DSL.count().gt(1))))
            .as("after folding, one row per combination").isZero();
    }

    private void assertTalliesMatchTheTransfers() {
        var since = LocalDate.now(ZoneOffset.UTC).minusDays(30);
        for (var publishedOnly : List.of(true, false)) {
            Condition visible = publishedOnly ? TransferFilterRepository.published() : DSL.noCondition();
            var who = publishedOnly ? "published only: " : "every review state: ";
            assertThat(statistics.tallyOverview(publishedOnly, since)).as(who + "overview")
                .isEqualTo(statistics.overview(visible, sanctions.hasConfirmedLink(TransferFilterRepository.transferId()),
                        since.atStartOfDay().atOffset(ZoneOffset.UTC)));
            assertThat(statistics.tallyTopSuppliers(publishedOnly, 20)).as(who + "suppliers")
                .isEqualTo(statistics.topSuppliers(visible, 20));
            assertThat(statistics.tallyTopRecipients(publishedOnly, 20)).as(who + "recipients")
                .isEqualTo(statistics.topRecipients(visible, 20));
            assertThat(statistics.tallyPairCounts(publishedOnly, STATES, STATES)).as(who + "matrix")
                .isEqualTo(statistics.pairCounts(visible, STATES, STATES));
            assertThat(statistics.tallyTopFlows(publishedOnly, 500)).as(who + "flows")
                .isEqualTo(statistics.topFlows(visible, 500));
            var from = LocalDate.of(2014, 1, 1);
            var to = LocalDate.of(2026, 12, 1);
            assertThat(statistics.tallyMonths(publishedOnly, from, to)).as(who + "months")
                .isEqualTo(statistics.months(visible, from, to));
        }
        assertThat(statistics.tallyOverview(false, since).total()).isEqualTo(dsl.fetchCount(TRANSFER));
        for (var filter : List.of(TransferFilter.pair("PRK", "RUS"), TransferFilter.NONE.withPair("RUS", "PRK", true),
                TransferFilter.NONE.withPair("IRN", null, true), TransferFilter.NONE.withPair(null, "RUS", false),
                TransferFilter.pair("CHN", "RUS").withKind(TransferKind.ARMS),
                new TransferFilter(null, null, false, null, null, null, null, ReviewState.RETRACTED, null, null, null, null),
                TransferFilter.NONE)) {
            assertThat(listing.count(filter)).as("tallied count of " + filter)
                .isEqualTo(repository.countMatching(access.visibleCondition(filter)));
            assertThat(as(Role.VIEWER, () -> listing.count(filter))).as("tallied count for viewers of " + filter)
                .isEqualTo(as(Role.VIEWER, () -> repository.countMatching(access.visibleCondition(filter))));
        }
    }

    private TransferDraft randomDraft() {
        var supplier = STATES.get(random.nextInt(STATES.size()));
        var recipient = STATES.get(random.nextInt(STATES.size()));
        while (recipient.equals(supplier)) {
            recipient = STATES.get(random.nextInt(STATES.size()));
        }
        var year = 2015 + random.nextInt(10);
        var period = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> Period.year(year);
            case 2 -> Period.quarter(year, 1 + random.nextInt(4));
            default -> Period.month(year, 1 + random.nextInt(12));
        };
        var kinds = TransferKind.values();
        var levels = Confidence.values();
        return new TransferDraft(supplier, recipient, kinds[random.nextInt(kinds.length)], null, "Shipment " + random.nextInt(1000),
                null, Quantity.UNKNOWN, null, TransferStatus.REPORTED, period, null, null, null,
                levels[random.nextInt(levels.length)]);
    }

}
