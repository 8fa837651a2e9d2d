package org.transferwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.db.Tables.APP_USER;
import static org.transferwatch.db.Tables.DESIGNATION;
import static org.transferwatch.db.Tables.PARTY;
import static org.transferwatch.db.Tables.PARTY_DESIGNATION_MATCH;
import static org.transferwatch.db.Tables.SANCTIONS_LINK;
import static org.transferwatch.db.Tables.SANCTIONS_PROVISION;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;
import static org.transferwatch.support.TestData.draft;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;

/**
 * The watches the matcher finds by joining the changed transfers' keys with the watches' targets: a party (as a
 * party of the transfer), a designation (through a party confirmed as it), a provision (through a confirmed link)
 * and a pair in the other direction, each told once; watches on other keys, and paused ones, are told nothing.
 */
@TransferWatchTest
@Transactional
class WatchKindsMatchingTest {

    @Autowired
    WatchService watches;

    @Autowired
    InboxService inbox;

    @Autowired
    NotificationMatcher matcher;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    UserService users;

    @Autowired
    DSLContext dsl;

    private long party(String name, long analyst) {
        return dsl.insertInto(PARTY).set(PARTY.KIND, "company").set(PARTY.NAME, name)
            .set(PARTY.CREATED_BY, analyst).set(PARTY.UPDATED_BY, analyst).returning(PARTY.ID).fetchSingle(PARTY.ID);
    }

    @Test
    void each_kind_of_keyed_watch_is_told_of_its_transfer_once_and_no_other_is() {
        var analyst = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("analyst")).fetchSingle(APP_USER.ID);
        var id = Accounts.as("analyst", Role.ANALYST, () -> transfers.createDraft(draft("PRK", "SYR", "Keyed shells")));
        var shipper = party("Keyed Shipping Co " + id, analyst);
        var bystander = party("Keyed Bystander Co " + id, analyst);
        dsl.insertInto(TRANSFER_PARTY).set(TRANSFER_PARTY.TRANSFER_ID, id).set(TRANSFER_PARTY.PARTY_ID, shipper)
            .set(TRANSFER_PARTY.ROLE, "shipper").set(TRANSFER_PARTY.CREATED_BY, analyst).set(TRANSFER_PARTY.UPDATED_BY, analyst)
            .execute();
        var designations = dsl.select(DESIGNATION.ID).from(DESIGNATION).orderBy(DESIGNATION.ID).limit(2).fetch(DESIGNATION.ID);
        dsl.insertInto(PARTY_DESIGNATION_MATCH).set(PARTY_DESIGNATION_MATCH.PARTY_ID, shipper)
            .set(PARTY_DESIGNATION_MATCH.DESIGNATION_ID, designations.get(0)).set(PARTY_DESIGNATION_MATCH.BASIS, "name")
            .set(PARTY_DESIGNATION_MATCH.SCORE, BigDecimal.ONE).set(PARTY_DESIGNATION_MATCH.MATCHED_NAME, "Keyed Shipping Co")
            .set(PARTY_DESIGNATION_MATCH.STATE, "confirmed").set(PARTY_DESIGNATION_MATCH.DECIDED_BY, analyst)
            .set(PARTY_DESIGNATION_MATCH.DECIDED_AT, OffsetDateTime.now()).execute();
        var provisions = dsl.select(SANCTIONS_PROVISION.ID).from(SANCTIONS_PROVISION).orderBy(SANCTIONS_PROVISION.ID).limit(2)
            .fetch(SANCTIONS_PROVISION.ID);
        dsl.insertInto(SANCTIONS_LINK).set(SANCTIONS_LINK.TRANSFER_ID, id).set(SANCTIONS_LINK.PROVISION_ID, provisions.get(0))
            .set(SANCTIONS_LINK.DECISION, "confirmed").set(SANCTIONS_LINK.CREATED_BY, analyst).set(SANCTIONS_LINK.UPDATED_BY, analyst)
            .execute();

        var watcher = Accounts.uniqueUsername("viewer");
        Accounts.create(users, watcher, Role.VIEWER);
        var told = Accounts.as(watcher, Role.VIEWER, () -> java.util.List.of(
                watches.watch(WatchKind.PARTY, Long.toString(shipper), "The shipper"),
                watches.watch(WatchKind.DESIGNATION, Long.toString(designations.get(0)), "The designation"),
                watches.watch(WatchKind.PROVISION, Long.toString(provisions.get(0)), "The provision"),
                watches.watch(WatchKind.PAIR, "SYR/PRK", "Syria and North Korea"),
                watches.watch(WatchKind.TRANSFER, Long.toString(id), "The transfer")));
        Accounts.as(watcher, Role.VIEWER, () -> {
            watches.watch(WatchKind.PARTY, Long.toString(bystander), "Another party");
            watches.watch(WatchKind.DESIGNATION, Long.toString(designations.get(1)), "Another designation");
            watches.watch(WatchKind.PROVISION, Long.toString(provisions.get(1)), "Another provision");
            watches.watch(WatchKind.PAIR, "PRK/IRN", "Another pair");
            var paused = watches.watch(WatchKind.PAIR, "PRK/SYR", "Paused pair");
            watches.setPaused(paused, true);
        });

        Accounts.as("reviewer", Role.REVIEWER, () -> {
            reviews.publish(id, transfers.version(id).orElseThrow());
        });
        matcher.matchPending();
        matcher.matchPending();

        var items = Accounts.as(watcher, Role.VIEWER, () -> inbox.inbox());
        assertThat(items).containsOnlyKeys("The shipper", "The designation", "The provision", "Syria and North Korea",
                "The transfer");
        assertThat(items.values()).allSatisfy(group -> assertThat(group).singleElement()
            .satisfies(item -> assertThat(item.sentence()).isEqualTo("Published by Demo reviewer")));
        assertThat(Accounts.as(watcher, Role.VIEWER, () -> watches.watches()).stream()
            .filter(watch -> told.contains(watch.id())).mapToInt(Watch::matched).sum()).isEqualTo(5);
    }

}
