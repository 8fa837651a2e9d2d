package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.db.Tables.TRANSFER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.audit.HistoryEntry;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;

/**
 * Many editors save the same transfer at the same version at the same moment, round after round: exactly
 * one save wins per version, every other editor is told who got there first, and the row and the audit log
 * hold the winner's save and nothing else. The saves commit (no test transaction): each thread is a user in
 * its own transaction, as in the running application. The editors are the demo users who may edit drafts
 * (analyst, reviewer, administrator) taking turns, so that the shared test database gains no accounts; the
 * transfer is deleted afterwards (its audit events stay, as they must).
 */
@TransferWatchTest
class ConcurrentEditTest {

    static final int EDITORS = 16;

    static final int ROUNDS = 5;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferHistoryService transferHistory;

    @Autowired
    UserService users;

    @Autowired
    DSLContext dsl;

    static final List<Role> EDITOR_ROLES = List.of(Role.ANALYST, Role.REVIEWER, Role.ADMIN);

    /** What one editor's save came to. */
    record Outcome(String username, TransferDraft draft, boolean saved, String refusal) {

        Role role() {
            return Role.fromDb(username);
        }

    }

    @Test
    void of_sixteen_simultaneous_saves_per_version_exactly_one_wins_and_the_others_are_told_who_won() throws Exception {
        var editors = new ArrayList<String>();
        for (int i = 0; i < EDITORS; i++) {
            editors.add(EDITOR_ROLES.get(i % EDITOR_ROLES.size()).dbValue());
        }
        var id = Accounts.as("analyst", Role.ANALYST, () -> transfers.createDraft(TestDataDrafts.edit(0, 0)));
        try {
            editConcurrently(id, editors);
        }
        finally {
            dsl.deleteFrom(TRANSFER).where(TRANSFER.ID.eq(id)).execute();
        }
    }

    private void editConcurrently(long id, List<String> editors) throws Exception {
        var winners = new ArrayList<Outcome>();
        var refused = 0;
        try (var pool = Executors.newFixedThreadPool(EDITORS)) {
            for (int round = 1; round <= ROUNDS; round++) {
                var version = Accounts.as("analyst", Role.ANALYST, () -> transfers.version(id)).orElseThrow();
                var outcomes = saveAtOnce(pool, id, version, round, editors);

                var won = outcomes.stream().filter(Outcome::saved).toList();
                assertThat(won).as("round %d: saves that won", round).hasSize(1);
                var winner = won.getFirst();
                var losers = outcomes.stream().filter(outcome -> !outcome.saved()).toList();
                assertThat(losers).as("round %d: saves refused", round).hasSize(EDITORS - 1);
                var winnerName = "Demo " + winner.role().label().toLowerCase();
                assertThat(losers).allSatisfy(loser -> assertThat(loser.refusal())
                    .startsWith("This transfer was changed by " + winnerName + " at ")
                    .endsWith("— reload to see their change."));
                refused += losers.size();
                winners.add(winner);

                var stored = Accounts.as("analyst", Role.ANALYST, () -> transfers.details(id).transfer());
                assertThat(stored.version()).as("one version further per round").isEqualTo(version + 1);
                assertThat(stored.fields()).as("round %d: the row is the winner's save", round)
                    .usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(winner.draft());
                assertThat(Accounts.as("analyst", Role.ANALYST, () -> users.displayName(stored.updatedBy())))
                    .hasValue(winnerName);
            }
        }

        List<HistoryEntry> history = Accounts.as("analyst", Role.ANALYST, () -> transferHistory.history(id));
        var updates = history.stream().filter(entry -> entry.action().equals("update")).toList();
        assertThat(updates).as("one audited update per round, by its winner, newest first")
            .extracting(HistoryEntry::actor)
            .containsExactlyElementsOf(winners.reversed().stream().map(Outcome::username).toList());
        for (int round = 0; round < ROUNDS; round++) {
            var winner = winners.get(round);
            assertThat(updates.get(ROUNDS - 1 - round).changes()).as("round %d's audited change", round + 1)
                .anySatisfy(change -> assertThat(change.after()).isEqualTo(winner.draft().item()))
                .allSatisfy(change -> {
                    var item = winner.draft().item();
                    var winnersWords = item.substring(item.indexOf("round "));
                    if (change.after() != null && change.after().contains(" by editor ")) {
                        assertThat(change.after()).as("no other editor's value").endsWith(winnersWords);
                    }
                });
        }
        assertThat(history).extracting(HistoryEntry::action).containsOnly("create", "update").hasSize(ROUNDS + 1);
        assertThat(refused).isEqualTo(ROUNDS * (EDITORS - 1));
    }

    /** Every editor saves a draft of their own over {@code version}, all released at the same instant. */
    private List<Outcome> saveAtOnce(ExecutorService pool, long id, int version, int round,
            List<String> editors) throws Exception {
        var ready = new CountDownLatch(editors.size());
        var go = new CountDownLatch(1);
        var futures = new ArrayList<Future<Outcome>>();
        for (int i = 0; i < editors.size(); i++) {
            var username = editors.get(i);
            var draft = TestDataDrafts.edit(round, i);
            var role = Role.fromDb(username);
            futures.add(pool.submit(() -> Accounts.as(username, role, () -> {
                ready.countDown();
                try {
                    go.await();
                    transfers.update(id, version, draft);
                    return new Outcome(username, draft, true, "");
                }
                catch (ConcurrentEditException refusedSave) {
                    return new Outcome(username, draft, false, refusedSave.getMessage());
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            })));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        var outcomes = new ArrayList<Outcome>();
        for (var future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** Drafts in which every field differs per editor and round, so that any mix of two saves would show. */
    static final class TestDataDrafts {

        static TransferDraft edit(int round, int editor) {
            var n = round * 100 + editor;
            return new TransferDraft(editor % 2 == 0 ? "PRK" : "IRN", "RUS",
                    editor % 3 == 0 ? TransferKind.ARMS : TransferKind.DUAL_USE, null,
                    "Item of round " + round + " by editor " + editor, "D-" + n,
                    new Quantity(new BigDecimal(n), new BigDecimal(n + 10), "units " + n, editor % 2 == 1),
                    new BigDecimal(1000 + n), editor % 2 == 0 ? TransferStatus.DELIVERED : TransferStatus.AGREED,
                    Period.month(2023, editor % 12 + 1), LocalDate.of(2024, 1, 1).plusDays(n), "Route " + n,
                    "Notes of round " + round + " by editor " + editor,
                    editor % 2 == 0 ? Confidence.LOW : Confidence.HIGH);
        }

    }

}
