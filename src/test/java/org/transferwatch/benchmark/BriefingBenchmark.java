package org.transferwatch.benchmark;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.transferwatch.dashboard.BriefingDocumentDocx;
import org.transferwatch.dashboard.BriefingDocumentPdf;
import org.transferwatch.dashboard.BriefingDocumentService;
import org.transferwatch.dashboard.BriefingGraphics;
import org.transferwatch.dashboard.BriefingRequest;
import org.transferwatch.dashboard.BriefingScope;

/**
 * The briefing of the hottest pair (PRK⇄RUS, both directions, published only), timed from the service call to
 * both files written, as the builder does it (issue 21: at most 10 s on the million-transfer database).
 */
final class BriefingBenchmark {

    static final double TARGET_MS = 10_000;

    private BriefingBenchmark() {
    }

    static Map<String, Object> run(ConfigurableApplicationContext context, int iterations) {
        var service = context.getBean(BriefingDocumentService.class);
        var graphics = context.getBean(BriefingGraphics.class);
        var request = new BriefingRequest(BriefingScope.pair("PRK", "RUS"), "Benchmark briefing", "OFFICIAL", "");
        var samples = new double[Math.max(1, iterations)];
        var gathering = new double[samples.length];
        var drawing = new double[samples.length];
        var pdfWriting = new double[samples.length];
        var docxWriting = new double[samples.length];
        var document = service.document(request, share -> {
        });
        var pdfBytes = 0;
        var docxBytes = 0;
        // What one briefing allocates on the generating thread (data, pictures, both files), the JVM's own count.
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        var allocated = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            var allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            var start = System.nanoTime();
            document = service.document(request, share -> {
            });
            var gathered = System.nanoTime();
            var pictures = graphics.pictures(document);
            var drawn = System.nanoTime();
            var pdf = new ByteArrayOutputStream();
            BriefingDocumentPdf.write(document, pictures, pdf);
            var pdfWritten = System.nanoTime();
            var docx = new ByteArrayOutputStream();
            BriefingDocumentDocx.write(document, pictures, docx);
            var end = System.nanoTime();
            samples[i] = (end - start) / 1e6;
            gathering[i] = (gathered - start) / 1e6;
            drawing[i] = (drawn - gathered) / 1e6;
            pdfWriting[i] = (pdfWritten - drawn) / 1e6;
            docxWriting[i] = (end - pdfWritten) / 1e6;
            pdfBytes = pdf.size();
            docxBytes = docx.size();
            allocated[i] = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / 1e6;
        }
        Arrays.sort(allocated);
        Arrays.sort(samples);
        Arrays.sort(gathering);
        Arrays.sort(drawing);
        Arrays.sort(pdfWriting);
        Arrays.sort(docxWriting);
        var row = new LinkedHashMap<String, Object>();
        row.put("transfers_in_scope", document.total());
        row.put("transfers_listed", document.transfers().size());
        row.put("iterations", samples.length);
        row.put("median_ms", Math.round(samples[samples.length / 2] * 10) / 10.0);
        row.put("p95_ms", Math.round(p95(samples) * 10) / 10.0);
        row.put("max_ms", Math.round(samples[samples.length - 1] * 10) / 10.0);
        row.put("target_ms", TARGET_MS);
        row.put("data_median_ms", Math.round(gathering[samples.length / 2] * 10) / 10.0);
        row.put("pictures_median_ms", Math.round(drawing[samples.length / 2] * 10) / 10.0);
        row.put("pdf_median_ms", Math.round(pdfWriting[samples.length / 2] * 10) / 10.0);
        row.put("docx_median_ms", Math.round(docxWriting[samples.length / 2] * 10) / 10.0);
        row.put("data_p95_ms", Math.round(p95(gathering) * 10) / 10.0);
        row.put("files_p95_ms", Math.round((p95(drawing) + p95(pdfWriting) + p95(docxWriting)) * 10) / 10.0);
        row.put("allocated_median_mb", Math.round(allocated[allocated.length / 2]));
        row.put("pdf_bytes", pdfBytes);
        row.put("docx_bytes", docxBytes);
        System.out.printf(Locale.ROOT, "%nBriefing PRK⇄RUS, published only: %,d transfers in scope, %,d listed; "
                + "p50 %.0f ms, p95 %.0f ms, max %.0f ms over %d runs (target %.0f ms): queries (data) %.0f ms, pictures %.0f ms, "
                + "PDF %.0f ms, Word %.0f ms (medians); %,.0f MB allocated per briefing; PDF %,d bytes, Word %,d bytes%n",
                document.total(), document.transfers().size(), samples[samples.length / 2], p95(samples),
                samples[samples.length - 1], samples.length, TARGET_MS, gathering[samples.length / 2], drawing[samples.length / 2],
                pdfWriting[samples.length / 2], docxWriting[samples.length / 2], allocated[allocated.length / 2], pdfBytes,
                docxBytes);
        return row;
    }

    /** The nearest-rank 95th percentile of sorted samples (the maximum below 20 samples). */
    private static double p95(double[] sorted) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.95 * sorted.length) - 1)];
    }

}
