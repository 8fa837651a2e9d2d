package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.support.TestData.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.base.DatabaseOutage;
import org.transferwatch.base.DatabaseProbe;
import org.transferwatch.security.Role;
import org.transferwatch.support.DatabaseOutageSimulation;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/**
 * The database goes away under the running application (its connections terminated, new ones refused)
 * and comes back: no acknowledged save is lost, a save during the outage is refused as "database
 * unavailable" and leaves nothing behind, and the same application (no restart) saves again within 30 s.
 */
@TransferWatchTest
class DatabaseOutageTest {

    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

    @Autowired
    DatabaseProbe probe;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferListService listing;

    /** Every transfer these tests make has an item starting with this. */
    private static final String MARKER = "Outage test ";

    @Autowired
    DSLContext dsl;

    @AfterEach
    void removeTheTransfersMadeHere() {
        DatabaseOutageSimulation.cleanUp(dsl, probe, MARKER);
    }

    private String database() {
        return DatabaseOutageSimulation.databaseOf(dsl);
    }

    private List<Long> savedWithItemsStartingWith(String marker) {
        return dsl.fetch("select id from transfer where item like ? order by id", marker + "%")
            .getValues(0, Long.class);
    }

    /** Saves until a save is acknowledged, from {@code since}; returns the acknowledged id and how long it took. */
    private Recovery saveUntilAcknowledged(String item, Instant since) throws InterruptedException {
        var failures = 0;
        while (true) {
            try {
                var id = transfers.createDraft(draft("PRK", "RUS", item));
                return new Recovery(id, Duration.between(since, Instant.now()), failures);
            }
            catch (RuntimeException e) {
                assertThat(DatabaseOutage.causedBy(e)).as("a failure after the database came back: %s", e).isTrue();
                failures++;
                assertThat(Duration.between(since, Instant.now())).as("still failing").isLessThan(RECOVERY_LIMIT);
                Thread.sleep(100);
            }
        }
    }

    private record Recovery(long id, Duration took, int failedAttempts) {
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_save_during_an_outage_is_refused_and_the_acknowledged_ones_survive_the_recovery() throws Exception {
        var database = database();
        var marker = MARKER + UUID.randomUUID() + " ";
        var acknowledged = new ArrayList<Long>();
        acknowledged.add(transfers.createDraft(draft("PRK", "RUS", marker + "before")));

        Instant reopened;
        try (var outage = DatabaseOutageSimulation.cut(database)) {
            assertThatThrownBy(() -> transfers.createDraft(draft("PRK", "RUS", marker + "during")))
                .satisfies(failure -> assertThat(DatabaseOutage.causedBy(failure))
                    .as("told as database unavailable: %s", failure).isTrue());
            assertThatThrownBy(() -> listing.count(TransferFilter.NONE))
                .satisfies(failure -> assertThat(DatabaseOutage.causedBy(failure)).isTrue());
            reopened = outage.end();
        }

        var recovery = saveUntilAcknowledged(marker + "after", reopened);
        acknowledged.add(recovery.id());
        System.out.printf("Outage recovery (connections refused, then allowed again): first acknowledged save "
                + "%d ms after the database accepted connections, %d failed attempts before%n",
                recovery.took().toMillis(), recovery.failedAttempts());
        assertThat(recovery.took()).isLessThanOrEqualTo(RECOVERY_LIMIT);

        assertThat(savedWithItemsStartingWith(marker)).containsExactlyElementsOf(acknowledged);
        assertThat(transfers.details(acknowledged.getFirst()).transfer().fields().item()).isEqualTo(marker + "before");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void after_its_connections_are_terminated_the_application_saves_again_without_a_restart() throws Exception {
        var marker = MARKER + UUID.randomUUID() + " ";
        var acknowledged = new ArrayList<Long>();
        acknowledged.add(transfers.createDraft(draft("PRK", "RUS", marker + "before")));

        var terminated = DatabaseOutageSimulation.terminateConnections(database());
        var cut = Instant.now();
        assertThat(terminated).as("connections the application had open").isPositive();

        var recovery = saveUntilAcknowledged(marker + "after", cut);
        acknowledged.add(recovery.id());
        System.out.printf("Outage recovery (%d connections terminated, server accepting): first acknowledged save "
                + "%d ms after the cut, %d failed attempts before%n", terminated, recovery.took().toMillis(),
                recovery.failedAttempts());
        assertThat(recovery.took()).isLessThanOrEqualTo(RECOVERY_LIMIT);
        assertThat(savedWithItemsStartingWith(marker)).containsExactlyElementsOf(acknowledged);
    }

}
