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
        var document = service.document(request, share -> {
        });
        var pdfBytes = 0;
        var docxBytes = 0;
        for (int i = 0; i < samples.length; i++) {
            var start = System.nanoTime();
            document = service.document(request, share -> {
            });
            var pdf = new ByteArrayOutputStream();
            BriefingDocumentPdf.write(document, graphics, pdf);
            var docx = new ByteArrayOutputStream();
            BriefingDocumentDocx.write(document, graphics, docx);
            samples[i] = (System.nanoTime() - start) / 1e6;
            pdfBytes = pdf.size();
            docxBytes = docx.size();
        }
        Arrays.sort(samples);
        var row = new LinkedHashMap<String, Object>();
        row.put("transfers_in_scope", document.total());
        row.put("transfers_listed", document.transfers().size());
        row.put("median_ms", Math.round(samples[samples.length / 2] * 10) / 10.0);
        row.put("max_ms", Math.round(samples[samples.length - 1] * 10) / 10.0);
        row.put("target_ms", TARGET_MS);
        row.put("pdf_bytes", pdfBytes);
        row.put("docx_bytes", docxBytes);
        System.out.printf(Locale.ROOT, "%nBriefing PRK⇄RUS, published only: %,d transfers in scope, %,d listed; "
                + "median %.0f ms, max %.0f ms over %d runs (target %.0f ms); PDF %,d bytes, Word %,d bytes%n",
                document.total(), document.transfers().size(), samples[samples.length / 2], samples[samples.length - 1],
                samples.length, TARGET_MS, pdfBytes, docxBytes);
        return row;
    }

}
