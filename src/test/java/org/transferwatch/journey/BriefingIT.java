package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** A policy officer builds a briefing for North Korea ⇄ Russia and downloads it as PDF and Word. */
class BriefingIT extends BrowserJourney {

    private static final String JUDGEMENT = "North Korean munitions will keep reaching Russia through 2025.";

    @Test
    void the_viewer_builds_a_marked_briefing_with_a_key_judgement_and_downloads_pdf_and_word() throws Exception {
        logIn("viewer");
        page.navigate(url("/pairs/PRK/RUS"));
        dismissDevelopmentModeNotice(page);
        page.locator("#pair-build-briefing").click();
        assertThat(page.locator("#briefing-title")).isVisible();
        page.locator("#briefing-title input").fill("DPRK munitions for Russia");
        page.locator("#briefing-judgements textarea").fill(JUDGEMENT);
        page.locator("#briefing-marking").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("OFFICIAL-SENSITIVE"))
            .click();
        page.locator("#briefing-generate").click();
        assertThat(page.locator("#briefing-summary")).containsText("published transfers from North Korea to Russia since");
        screenshot(page, "briefing-builder");

        var pdfBytes = download("#briefing-pdf", "application/pdf", "briefing-PRK-RUS-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "briefing-built.pdf"), pdfBytes);
        try (var pdf = Loader.loadPDF(pdfBytes)) {
            var pages = pdf.getNumberOfPages();
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("DPRK munitions for Russia")
                .containsPattern("\\d+ published transfers? from North Korea to Russia since \\d{4}")
                .contains(JUDGEMENT)
                .contains("North Korea is said to have provided millions of infantry artillery shells and rockets")
                .contains("Disputed or denied: \u201CNorth Korea has strongly and repeatedly dismissed the accusation.\u201D")
                .contains("UNSCR 1874 (2009) para 9").containsPattern("Confirmed by an analyst for T\\d+")
                .contains("OFFICIAL-SENSITIVE").contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
        }

        var docxBytes = download("#briefing-docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "briefing-PRK-RUS-\\d{4}-\\d{2}-\\d{2}\\.docx");
        try (var docx = new XWPFDocument(new ByteArrayInputStream(docxBytes))) {
            var body = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).containsPattern("\\d+ published transfers? from North Korea to Russia since \\d{4}")
                .contains(JUDGEMENT)
                .contains("North Korea is said to have provided millions of infantry artillery shells and rockets")
                .contains("Disputed or denied: \u201CNorth Korea has strongly and repeatedly dismissed the accusation.\u201D")
                .contains("UNSCR 1874 (2009) para 9").containsPattern("Confirmed by an analyst for T\\d+");
            assertThat(docx.getHeaderList().getFirst().getText()).contains("OFFICIAL-SENSITIVE");
            var footer = docx.getFooterList().getFirst();
            assertThat(footer.getText()).contains("OFFICIAL-SENSITIVE").contains("Page");
            assertThat(footer._getHdrFtr().xmlText()).contains("NUMPAGES").contains(" PAGE ");
        }
    }

    /** The link is a Vaadin download resource; fetched with the page's session as the browser would fetch it. */
    private byte[] download(String link, String contentType, String fileName) {
        var href = page.locator(link).getAttribute("href");
        var response = context.request().get(url("/" + href));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith(contentType);
        assertThat(response.headers().get("content-disposition")).matches(".*" + fileName + ".*");
        return response.body();
    }

}
