package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.db.Tables.CLAIM_LINK;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.support.TestData.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.bulk.BulkTransferService;

/**
 * Each transfer's evidence summary (sources, disputing sources, best claim; migration V049) is kept by triggers.
 * After every kind of change to the claims it must be what summing up the claims themselves gives, and two users
 * adding claims to one transfer at the same moment must both be counted. The changes commit (no test transaction:
 * the concurrent case needs two real ones); the transfers are deleted afterwards.
 */
@TransferWatchTest
class TransferEvidenceTest {

    /** The summary as the claims give it, with the best claim by a window rather than the trigger's aggregate. */
    private static final String FROM_THE_CLAIMS = """
            select transfer_id, count(distinct source_id)::int,
                   count(distinct source_id) filter (where stance = 'disputes')::int,
                   min(id) filter (where place = 1), min(source_id) filter (where place = 1),
                   min(stance) filter (where place = 1), min(reliability) filter (where place = 1),
                   min(credibility) filter (where place = 1), min(quote) filter (where place = 1)
            from (select c.*, row_number() over (partition by transfer_id
                      order by case stance when 'supports' then 0 else 1 end, reliability, credibility, id) as place
                  from claim_link c where transfer_id = any (?)) ranked
            group by transfer_id order by transfer_id""";

    @Autowired
    TransferService transfers;

    @Autowired
    BulkTransferService bulk;

    @Autowired
    EvidenceService evidenceService;

    @Autowired
    SourceService sources;

    @Autowired
    DSLContext dsl;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final Random random = new Random(20261127);

    @Test
    void the_summary_is_what_the_claims_give_after_every_kind_of_change() {
        var ids = new ArrayList<Long>();
        var sourceIds = new ArrayList<Long>();
        try {
            Accounts.as("analyst", Role.ANALYST, () -> {
                for (int i = 0; i < 6; i++) {
                    sourceIds.add(sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "Evidence test report " + i, "Agency " + i,
                            null, null, null, null, null)).source().id());
                }
                for (int i = 0; i < 12; i++) {
                    ids.add(transfers.createDraft(draft("PRK", "RUS", "Shells " + i)));
                }
                for (var id : ids.subList(0, 10)) {
                    for (var sourceId : sourceIds.subList(0, 1 + random.nextInt(sourceIds.size()))) {
                        var stance = random.nextInt(4) == 0 ? Stance.DISPUTES : Stance.SUPPORTS;
                        evidenceService.addClaim(id, new NewClaim(sourceId, "Quote " + random.nextInt(), stance, randomGrade()));
                    }
                }
                // One source both supporting and disputing: one source, and a disputing one.
                evidenceService.addClaim(ids.get(10), new NewClaim(sourceIds.get(0), "They came.", Stance.SUPPORTS, randomGrade()));
                evidenceService.addClaim(ids.get(10), new NewClaim(sourceIds.get(0), "They did not.", Stance.DISPUTES, randomGrade()));
            });
            assertSummaryMatchesTheClaims(ids);
            assertThat(summary(ids.get(10))).containsExactly(1, 1);
            assertThat(summary(ids.get(11))).as("a transfer without claims has no summary").isEmpty();

            // Set-based changes, as an import or a clean-up would make them: grades changed, quotes changed only,
            // claims moved to another transfer, claims deleted, transfers deleted.
            dsl.update(CLAIM_LINK).set(CLAIM_LINK.RELIABILITY, "F").set(CLAIM_LINK.CREDIBILITY, (short) 6)
                .where(CLAIM_LINK.TRANSFER_ID.in(ids.subList(0, 4))).and(CLAIM_LINK.SOURCE_ID.eq(sourceIds.get(0))).execute();
            dsl.update(CLAIM_LINK).set(CLAIM_LINK.QUOTE, DSL.concat(CLAIM_LINK.QUOTE, DSL.inline(", rewritten.")))
                .where(CLAIM_LINK.TRANSFER_ID.in(ids.subList(2, 6))).execute();
            dsl.update(CLAIM_LINK).set(CLAIM_LINK.STANCE, "disputes")
                .where(CLAIM_LINK.TRANSFER_ID.eq(ids.get(4))).and(CLAIM_LINK.STANCE.eq("supports"))
                .and(CLAIM_LINK.SOURCE_ID.notIn(dsl.select(CLAIM_LINK.SOURCE_ID).from(CLAIM_LINK)
                    .where(CLAIM_LINK.TRANSFER_ID.eq(ids.get(4))).and(CLAIM_LINK.STANCE.eq("disputes")))).execute();
            dsl.update(CLAIM_LINK).set(CLAIM_LINK.TRANSFER_ID, ids.get(11)).where(CLAIM_LINK.TRANSFER_ID.eq(ids.get(5))).execute();
            dsl.deleteFrom(CLAIM_LINK).where(CLAIM_LINK.TRANSFER_ID.eq(ids.get(6))).and(CLAIM_LINK.SOURCE_ID.eq(sourceIds.get(0)))
                .execute();
            dsl.deleteFrom(CLAIM_LINK).where(CLAIM_LINK.TRANSFER_ID.eq(ids.get(7))).execute();
            dsl.deleteFrom(TRANSFER).where(TRANSFER.ID.in(ids.subList(8, 10))).execute();
            assertSummaryMatchesTheClaims(ids);
            assertThat(summary(ids.get(5))).as("its claims moved away").isEmpty();
            assertThat(summary(ids.get(7))).as("its claims deleted").isEmpty();
            assertThat(summary(ids.get(8))).as("deleted with its claims").isEmpty();

            // An import, which writes claims with one insert ... on conflict do update per chunk: a new claim with the
            // best grade for one transfer, a better grade and a longer quote for the best claim of another, a claim for
            // a transfer that had none left.
            var keys = new ArrayList<String>();
            for (var id : List.of(ids.get(0), ids.get(1), ids.get(7))) {
                var key = "evidence-test:" + id;
                dsl.update(TRANSFER).set(TRANSFER.NATURAL_KEY, key).where(TRANSFER.ID.eq(id)).execute();
                keys.add(key);
            }
            var storedClaim = dsl.selectFrom(CLAIM_LINK).where(CLAIM_LINK.ID.eq(dsl.select(DSL.field("best_claim_id", Long.class))
                .from("transfer_evidence").where(DSL.field("transfer_id").eq(ids.get(1))))).fetchSingle();
            var rows = List.of(
                    imported(keys.get(0), ids.get(0), new ImportedTransfer.Claim(sourceIds.get(5), "Seen at the port.",
                            Stance.SUPPORTS, AdmiraltyGrade.parse("A1"))),
                    imported(keys.get(1), ids.get(1), new ImportedTransfer.Claim(storedClaim.getSourceId(),
                            storedClaim.getQuote() + " Confirmed.", Stance.fromDb(storedClaim.getStance()), AdmiraltyGrade.parse("A1"))),
                    imported(keys.get(2), ids.get(7), new ImportedTransfer.Claim(sourceIds.get(2), "Loaded in March.",
                            Stance.DISPUTES, AdmiraltyGrade.parse("E5"))));
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> Accounts.as("reviewer", Role.REVIEWER,
                    () -> bulk.importTransfers(rows, written -> {
                    })));
            assertSummaryMatchesTheClaims(ids);
            assertThat(dsl.fetchSingle("select reliability || credibility from transfer_evidence where transfer_id = ?",
                    ids.get(1)).get(0, String.class)).as("the best claim's new grade").isEqualTo("A1");
            assertThat(summary(ids.get(7))).as("a claim again").containsExactly(1, 1);
        }
        finally {
            deleteTransfersAndSources(ids, sourceIds);
        }
    }

    /**
     * Two writers at the same moment, each adding a claim from its own source to one transfer, set-based and with
     * the search document deferred, as an import writes claims: nothing else they do touches the transfer's row
     * (the application's own paths also lock it, through the search refresh or the import's upsert), so only the
     * summary's own lock makes the second wait for the first and count its claim.
     */
    @Test
    void two_writers_adding_claims_to_one_transfer_at_the_same_moment_are_both_counted() throws Exception {
        var ids = new ArrayList<Long>();
        var sourceIds = new ArrayList<Long>();
        try {
            Accounts.as("analyst", Role.ANALYST, () -> {
                ids.add(transfers.createDraft(draft("PRK", "RUS", "Shells")));
                for (int i = 0; i < 2; i++) {
                    sourceIds.add(sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "Concurrent report " + i, "Agency " + i,
                            null, null, null, null, null)).source().id());
                }
            });
            var id = ids.getFirst();
            var firstAdded = new CountDownLatch(1);
            var secondWaiting = new CountDownLatch(1);
            var transactions = new TransactionTemplate(transactionManager);
            var secondBackend = new CompletableFuture<Integer>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                var first = pool.submit(() -> transactions.executeWithoutResult(status -> {
                    addClaimAsAnImportWould(id, sourceIds.get(0), "supports", "B", 2);
                    firstAdded.countDown();
                    await(secondWaiting);
                }));
                var second = pool.submit(() -> {
                    await(firstAdded);
                    transactions.executeWithoutResult(status -> {
                        secondBackend.complete(dsl.fetchSingle("select pg_backend_pid()").get(0, Integer.class));
                        addClaimAsAnImportWould(id, sourceIds.get(1), "disputes", "C", 3);
                    });
                });
                // The first commits only once the second is inside its own write, waiting for the first.
                waitUntilBlocked(secondBackend.get(30, TimeUnit.SECONDS));
                secondWaiting.countDown();
                first.get(30, TimeUnit.SECONDS);
                second.get(30, TimeUnit.SECONDS);
            }
            assertThat(dsl.fetchCount(CLAIM_LINK, CLAIM_LINK.TRANSFER_ID.eq(id))).isEqualTo(2);
            assertThat(summary(id)).containsExactly(2, 1);
            assertSummaryMatchesTheClaims(ids);
        }
        finally {
            deleteTransfersAndSources(ids, sourceIds);
        }
    }

    private void addClaimAsAnImportWould(long transferId, long sourceId, String stance, String reliability, int credibility) {
        dsl.fetch("select set_config('transferwatch.search_refresh', 'deferred', true)");
        dsl.execute("insert into claim_link (transfer_id, source_id, quote, stance, reliability, credibility, created_by, updated_by) "
                + "select ?, ?, 'Quoted.', ?, ?, ?, id, id from app_user where username = 'analyst'",
                transferId, sourceId, stance, reliability, credibility);
    }

    private void waitUntilBlocked(int backend) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (dsl.fetchSingle("select cardinality(pg_blocking_pids(?)) > 0", backend).get(0, Boolean.class)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second claim never waited for the first");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The transfer as stored, under its natural key, with one claim: an import row that changes only the claims. */
    private ImportedTransfer imported(String naturalKey, long transferId, ImportedTransfer.Claim claim) {
        var stored = Accounts.as("reviewer", Role.REVIEWER, () -> transfers.details(transferId)).transfer().fields();
        return new ImportedTransfer(naturalKey, stored, claim);
    }

    private AdmiraltyGrade randomGrade() {
        return AdmiraltyGrade.parse("ABCDEF".charAt(random.nextInt(6)) + Integer.toString(1 + random.nextInt(6)));
    }

    /** The transfer's sources and disputing sources as its summary row holds them; empty without a row. */
    private List<Integer> summary(long transferId) {
        return dsl.fetchOptional("select sources, disputing from transfer_evidence where transfer_id = ?", transferId)
            .map(r -> List.of(r.get(0, Integer.class), r.get(1, Integer.class)))
            .orElse(List.of());
    }

    private void assertSummaryMatchesTheClaims(List<Long> ids) {
        var array = ids.toArray(Long[]::new);
        var kept = dsl.fetch("select transfer_id, sources, disputing, best_claim_id, source_id, stance, reliability, "
                + "credibility, quote from transfer_evidence "
                + "where transfer_id = any (?) order by transfer_id", (Object) array).intoArrays();
        var counted = dsl.fetch(FROM_THE_CLAIMS, (Object) array).intoArrays();
        assertThat(kept).isNotEmpty();
        assertThat(kept).isDeepEqualTo(counted);
    }

    private void deleteTransfersAndSources(List<Long> ids, List<Long> sourceIds) {
        dsl.deleteFrom(TRANSFER).where(TRANSFER.ID.in(ids)).execute();
        dsl.execute("delete from source where id = any (?)", (Object) sourceIds.toArray(Long[]::new));
    }

}
