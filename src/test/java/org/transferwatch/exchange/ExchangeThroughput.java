package org.transferwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.transferwatch.benchmark.ByteCounter;
import org.transferwatch.benchmark.HeapMeter;
import org.transferwatch.benchmark.SyntheticCsv;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.TransferFilter;

/**
 * The throughput command, not a unit test: {@code ./mvnw -Pthroughput test} (see docs/data-exchange.md). On a
 * database of its own it imports the full SIPRI register (when ../shared has it) and a generated CSV of
 * {@code throughput.rows} transfers (default 100,000), grows the table to {@code throughput.exportRows}
 * (default 1,000,000) by SQL, and exports them all, printing rows per second and the heap: used after a
 * full GC before and after each step, and the peak seen while it ran. The profile caps the heap
 * (-Xmx512m) so that an export that held its rows in memory would fail.
 */
@TransferWatchTest
@EnabledIfSystemProperty(named = "throughput", matches = "true")
class ExchangeThroughput {

    @Autowired
    ExchangeService exchange;

    @Autowired
    DSLContext dsl;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.flyway.user}")
    String owner;

    @Test
    void measure() throws Exception {
        var rows = Integer.getInteger("throughput.rows", 100_000);
        var exportRows = Integer.getInteger("throughput.exportRows", 1_000_000);
        System.out.printf("%n== TransferWatch exchange throughput (max heap %,d MB, %d cores) ==%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        if (!Boolean.parseBoolean(System.getProperty("throughput.sipri", "true"))) {
            System.out.println("SIPRI: left out (-Dthroughput.sipri=false).");
        }
        else if (Files.exists(SipriImportTest.FULL_REGISTER)) {
            var register = Files.readAllBytes(SipriImportTest.FULL_REGISTER);
            importFile("SIPRI Trade Register (full)", "trade-register.csv", register);
        }
        else {
            System.out.println("SIPRI: " + SipriImportTest.FULL_REGISTER + " is absent; skipped.");
        }

        var started = System.nanoTime();
        var csv = SyntheticCsv.transfers(rows, "synthetic:");
        System.out.printf("Generated a CSV of %,d transfers, %,.1f MB, in %.1f s%n", rows, csv.length / 1e6,
                seconds(started));
        importFile("Synthetic CSV", "synthetic.csv", csv);
        csv = null;

        started = System.nanoTime();
        grow(exportRows);
        var total = dsl.fetchCount(dsl.selectFrom("transfer"));
        System.out.printf("Grew the table to %,d transfers by SQL in %.1f s%n", total, seconds(started));

        var before = HeapMeter.usedAfterGc();
        var peak = new HeapMeter.Peak();
        var bytes = new ByteCounter();
        started = System.nanoTime();
        var exported = as(Role.ANALYST, () -> exchange.export(TransferFilter.NONE, bytes));
        var elapsed = seconds(started);
        var peakUsed = peak.stop();
        var after = HeapMeter.usedAfterGc();
        System.out.printf("Export: %,d rows, %,.0f MB of CSV in %.1f s = %,.0f rows/s; heap after GC %,d MB before, "
                + "%,d MB after (growth %+,d MB); peak used while exporting %,d MB%n", exported, bytes.bytes() / 1e6,
                elapsed, exported / elapsed, before >> 20, after >> 20, (after - before) >> 20, peakUsed >> 20);
        assertThat(exported).isEqualTo(total);
    }

    private void importFile(String what, String name, byte[] content) {
        var before = HeapMeter.usedAfterGc();
        var peak = new HeapMeter.Peak();
        var started = System.nanoTime();
        var preview = as(Role.ANALYST, () -> exchange.preview(name, content, share -> {
        }));
        var read = seconds(started);
        assertThat(preview.problems()).isEmpty();
        var outcome = as(Role.ANALYST, () -> exchange.importPreview(preview, written -> {
        }));
        var all = seconds(started);
        var peakUsed = peak.stop();
        var rows = preview.rowsToImport().size();
        var after = HeapMeter.usedAfterGc();
        System.out.printf("%s: %,d rows read and checked in %.1f s (%,.0f rows/s), written in %.1f s (%,.0f rows/s); "
                + "%.1f s in all = %,.0f rows/s (%s); heap after GC %,d MB before, %,d MB after; peak %,d MB%n", what,
                rows, read, rows / read, all - read, rows / (all - read), all, rows / all, outcome.label(), before >> 20,
                after >> 20, peakUsed >> 20);
    }

    /** Copies the transfers (without evidence) until there are {@code target}; the search trigger is off meanwhile. */
    private void grow(int target) {
        asOwner("alter table transfer disable trigger transfer_search_document_on_change");
        try {
            var round = 0;
            while (true) {
                var count = dsl.fetchCount(dsl.selectFrom("transfer"));
                if (count >= target) {
                    return;
                }
                round++;
                dsl.execute("insert into transfer (supplier_code, recipient_code, kind, category_code, item, designation,"
                        + " quantity_low, quantity_high, quantity_unit, quantity_estimate, status, period_start, period_end,"
                        + " period_precision, notes, confidence, review_state, natural_key, created_by, updated_by) "
                        + "select supplier_code, recipient_code, kind, category_code, item, designation, quantity_low,"
                        + " quantity_high, quantity_unit, quantity_estimate, status, period_start, period_end,"
                        + " period_precision, notes, confidence, review_state, 'copy" + round + ":' || id, created_by,"
                        + " updated_by from transfer order by id limit " + (target - count));
            }
        }
        finally {
            asOwner("alter table transfer enable trigger transfer_search_document_on_change");
            asOwner("analyze transfer");
        }
    }

    /** Switching triggers and analysing need the table's owner; the application's role owns nothing. */
    private void asOwner(String sql) {
        try (var connection = DriverManager.getConnection(url, owner, "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

}
