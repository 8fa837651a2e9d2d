package org.transferwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.TransferFilter;

/**
 * The throughput command, not a unit test: {@code ./mvnw -Pthroughput test} (see the README). On a
 * database of its own it imports the full SIPRI register (when ../shared has it) and a generated CSV of
 * {@code throughput.rows} transfers (default 100,000), grows the table to {@code throughput.exportRows}
 * (default 1,000,000) by SQL, and exports them all, printing rows per second and the heap: used after a
 * full GC before and after each step, and the peak seen while it ran. The profile caps the heap
 * (-Xmx512m) so that an export that held its rows in memory would fail.
 */
@TransferWatchTest
@EnabledIfSystemProperty(named = "throughput", matches = "true")
class ExchangeThroughput {

    private static final List<String> STATES = List.of("RUS", "PRK", "IRN", "CHN", "BLR", "UKR", "USA", "FRA", "DEU",
            "TUR", "ISR", "IND", "PAK", "SYR", "EGY", "BRA", "ZAF", "SAU", "ARE", "KOR");

    private static final List<String> STATUSES = List.of("reported", "under_negotiation", "agreed", "in_delivery",
            "delivered", "denied", "disputed");

    @Autowired
    ExchangeService exchange;

    @Autowired
    DSLContext dsl;

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
        var csv = syntheticCsv(rows);
        System.out.printf("Generated a CSV of %,d transfers, %,.1f MB, in %.1f s%n", rows, csv.length / 1e6,
                seconds(started));
        importFile("Synthetic CSV", "synthetic.csv", csv);
        csv = null;

        started = System.nanoTime();
        grow(exportRows);
        var total = dsl.fetchCount(dsl.selectFrom("transfer"));
        System.out.printf("Grew the table to %,d transfers by SQL in %.1f s%n", total, seconds(started));

        var before = usedAfterGc();
        var peak = new PeakHeap();
        var bytes = new AtomicLong();
        started = System.nanoTime();
        var exported = as(Role.ANALYST, () -> exchange.export(TransferFilter.NONE, new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        }));
        var elapsed = seconds(started);
        var peakUsed = peak.stop();
        var after = usedAfterGc();
        System.out.printf("Export: %,d rows, %,.0f MB of CSV in %.1f s = %,.0f rows/s; heap after GC %,d MB before, "
                + "%,d MB after (growth %+,d MB); peak used while exporting %,d MB%n", exported, bytes.get() / 1e6,
                elapsed, exported / elapsed, before >> 20, after >> 20, (after - before) >> 20, peakUsed >> 20);
        assertThat(exported).isEqualTo(total);
    }

    private void importFile(String what, String name, byte[] content) {
        var before = usedAfterGc();
        var peak = new PeakHeap();
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
        var after = usedAfterGc();
        System.out.printf("%s: %,d rows read and checked in %.1f s (%,.0f rows/s), written in %.1f s (%,.0f rows/s); "
                + "%.1f s in all = %,.0f rows/s (%s); heap after GC %,d MB before, %,d MB after; peak %,d MB%n", what,
                rows, read, rows / read, all - read, rows / (all - read), all, rows / all, outcome.label(), before >> 20,
                after >> 20, peakUsed >> 20);
    }

    private static byte[] syntheticCsv(int rows) {
        var csv = new StringBuilder(rows * 330);
        csv.append(TransferCsv.BYTE_ORDER_MARK).append("natural_key,supplier_code,recipient_code,kind,category,item,"
                + "quantity_low,quantity_high,quantity_unit,quantity_estimate,status,period_start,period_end,"
                + "period_precision,confidence,notes,source,source_url,quote,grade\r\n");
        for (int i = 0; i < rows; i++) {
            var supplier = STATES.get(i % STATES.size());
            var recipient = STATES.get((i / STATES.size() + 1 + i) % STATES.size());
            if (recipient.equals(supplier)) {
                recipient = STATES.get((STATES.indexOf(supplier) + 1) % STATES.size());
            }
            var year = 1990 + i % 35;
            csv.append("synthetic:").append(i).append(',').append(supplier).append(',').append(recipient).append(',')
                .append(i % 5 == 0 ? "raw_material,," : "arms,ML3,")
                .append("Synthetic item ").append(i).append(',')
                .append(i % 1000).append(',').append(i % 1000 + 50).append(",units,").append(i % 3 == 0).append(',')
                .append(STATUSES.get(i % STATUSES.size())).append(',')
                .append(year).append("-01-01,").append(year).append("-12-31,year,")
                .append(i % 2 == 0 ? "moderate" : "low").append(',')
                .append("\"Synthetic row ").append(i).append(" for the throughput measurement, with a comma and \"\"quotes\"\"\",")
                .append("Monitoring report ").append(i % 50).append(",https://example.org/reports/").append(i % 50)
                .append(",Quoted sentence number ").append(i).append(".,").append(i % 2 == 0 ? "B2" : "C3").append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Copies the transfers (without evidence) until there are {@code target}; the search trigger is off meanwhile. */
    private void grow(int target) {
        dsl.execute("alter table transfer disable trigger transfer_search_document_on_change");
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
            dsl.execute("alter table transfer enable trigger transfer_search_document_on_change");
            dsl.execute("analyze transfer");
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Samples the used heap every 20 ms until stopped; returns the highest value seen. */
    private static final class PeakHeap {

        private final AtomicLong peak = new AtomicLong();

        private final AtomicBoolean running = new AtomicBoolean(true);

        private final Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        });

        long stop() throws RuntimeException {
            running.set(false);
            try {
                sampler.join();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak.get();
        }

    }

}
