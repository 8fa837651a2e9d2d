package org.transferwatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferListService;

/** The briefing of North Korea ⇄ Russia on the demo data, as a viewer builds it, in both formats. */
@TransferWatchTest
@WithDemoUser(Role.VIEWER)
class BriefingDocumentTest {

    @Autowired
    BriefingDocumentService briefings;

    @Autowired
    BriefingGraphics graphics;

    @Autowired
    TransferListService listing;

    private BriefingDocument pair() {
        return briefings.document(new BriefingRequest(BriefingScope.pair("PRK", "RUS"), "DPRK munitions for Russia",
                "OFFICIAL-SENSITIVE", "Deliveries will continue through 2024.\nThe DPRK's denials are not credible."), share -> {
                });
    }

    @Test
    void the_summary_counts_agree_with_the_transfers_list_and_say_1_transfer_not_1_transfers() {
        var briefing = pair();
        var published = listing.count(TransferFilter.pair("PRK", "RUS").withReviewState(org.transferwatch.transfer.ReviewState.PUBLISHED));
        assertThat(briefing.directions().getFirst().total()).isEqualTo(published).isEqualTo(3);
        var flagged = listing.count(TransferFilter.pair("PRK", "RUS").withFlagged(true));
        assertThat(briefing.directions().getFirst().flagged()).isEqualTo(flagged).isEqualTo(3);
        assertThat(briefing.summary().getFirst()).isEqualTo("3 published transfers from North Korea to Russia since 2022, "
                + "1 delivered; none graded high confidence, 2 moderate, 1 low; 2 disputed or denied by a source; "
                + "3 linked by an analyst to a sanctions provision.");
        assertThat(briefing.summary().get(1)).isEqualTo("No published transfer from Russia to North Korea is recorded.");
        assertThat(BriefingText.count(1, "transfer")).isEqualTo("1 transfer");
        assertThat(BriefingText.count(1200, "transfer")).isEqualTo("1,200 transfers");
    }

    @Test
    void each_provision_names_its_transfers_and_whether_an_analyst_confirmed_them() {
        var briefing = pair();
        var provision = briefing.provisions().stream()
            .filter(p -> p.provision().citation().equals("UNSCR 1874 (2009) para 9")).findFirst().orElseThrow();
        assertThat(provision.confirmedTotal()).isEqualTo(2);
        assertThat(BriefingText.confirmed(provision)).matches("Confirmed by an analyst for T\\d and T\\d\\.");
        // The raw materials are linked to the UN's export bans on the goods the source may mean, not to EO 13810.
        var rawMaterials = briefing.transfers().stream().filter(entry -> entry.row().kind() == TransferKind.RAW_MATERIAL)
            .findFirst().orElseThrow();
        var itsProvisions = briefing.provisions().stream()
            .filter(p -> p.confirmed().contains(rawMaterials)).map(p -> p.provision().citation()).toList();
        assertThat(itsProvisions).containsExactlyInAnyOrder("UNSCR 2270 (2016) para 30", "UNSCR 2371 (2017) para 8",
                "UNSCR 2371 (2017) para 10");
    }

    @Test
    void the_pdf_carries_the_marking_and_page_numbers_on_every_page_and_the_quote_and_denial() throws Exception {
        var bytes = new ByteArrayOutputStream();
        var briefing = pair();
        BriefingDocumentPdf.write(briefing, graphics.pictures(briefing), bytes);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/briefing-test.pdf"), bytes.toByteArray());
        try (var pdf = Loader.loadPDF(bytes.toByteArray())) {
            var pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            var stripper = new PDFTextStripper();
            for (var page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                var text = stripper.getText(pdf);
                assertThat(text).as("page " + page).contains("Page " + page + " of " + pages);
                assertThat(text.split("OFFICIAL-SENSITIVE", -1).length - 1).as("page " + page).isGreaterThanOrEqualTo(2);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            var text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("DPRK munitions for Russia")
                .contains("3 published transfers from North Korea to Russia since 2022, 1 delivered")
                .contains("The DPRK's denials are not credible.")
                .contains("North Korea is said to have provided millions of infantry artillery shells and rockets")
                .contains("Disputed or denied: \u201CNorth Korea has strongly and repeatedly dismissed the accusation.\u201D")
                .contains("B2: usually reliable source, information probably true")
                .contains("UNSCR 1874 (2009) para 9")
                .containsPattern("Confirmed by an analyst for T\\d and T\\d\\.")
                .contains("Parties and shipments").contains("Korea Achim Shipping Co (company): shipper; in 1 transfer.")
                .containsPattern("T\\d: sea, Rajin to Dunai, carried by Angara\\.")
                .doesNotContain("1 transfers").doesNotContain("(paragraph not verified)");
        }
    }

    @Test
    void the_word_file_has_the_same_content_and_the_marking_and_page_fields_in_header_and_footer() throws Exception {
        var bytes = new ByteArrayOutputStream();
        var briefing = pair();
        BriefingDocumentDocx.write(briefing, graphics.pictures(briefing), bytes);
        Files.write(Path.of("target/briefing-test.docx"), bytes.toByteArray());
        try (var docx = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
            var body = docx.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
            var tables = new ArrayList<String>();
            docx.getTables().forEach(table -> tables.add(table.getText()));
            assertThat(body).contains("DPRK munitions for Russia")
                .contains("3 published transfers from North Korea to Russia since 2022, 1 delivered")
                .contains("Deliveries will continue through 2024.")
                .contains("Disputed or denied: \u201CNorth Korea has strongly and repeatedly dismissed the accusation.\u201D")
                .containsPattern("Confirmed by an analyst for T\\d and T\\d\\.")
                .contains("Korea Achim Shipping Co (company): shipper; in 1 transfer.")
                .containsPattern("T\\d: sea, Rajin to Dunai, carried by Angara\\.")
                .doesNotContain("1 transfers");
            assertThat(String.join("\n", tables)).contains("Infantry artillery shells and rockets").contains("Q4 2022");
            assertThat(docx.getHeaderList().getFirst().getText()).contains("OFFICIAL-SENSITIVE");
            var footer = docx.getFooterList().getFirst();
            assertThat(footer.getText()).contains("OFFICIAL-SENSITIVE").contains("Page");
            assertThat(footer._getHdrFtr().xmlText()).contains("PAGE").contains("NUMPAGES");
            assertThat(docx.getAllPictures()).hasSize(2);
        }
    }

    @Test
    void drafts_are_refused_to_a_viewer_and_a_marking_must_be_on_the_list() {
        var drafts = new BriefingScope("PRK", "RUS", BriefingScope.Direction.BOTH, null, null, Set.of(), true);
        assertThatThrownBy(() -> briefings.document(new BriefingRequest(drafts, "T", "OFFICIAL", ""), s -> {
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class)
            .hasMessageContaining("Only analysts and reviewers see drafts");
        assertThatThrownBy(() -> briefings.document(new BriefingRequest(BriefingScope.pair("PRK", "RUS"), "T", "SECRET", ""),
                s -> {
                })).isInstanceOf(ValidationException.class)
            .hasMessageContaining("Choose a protective marking from the list: OFFICIAL, OFFICIAL-SENSITIVE.");
    }

    @Test
    void a_scope_of_one_kind_counts_only_that_kind() {
        var arms = new BriefingScope("PRK", "RUS", BriefingScope.Direction.A_TO_B, null, null, Set.of(TransferKind.ARMS), false);
        var briefing = briefings.document(new BriefingRequest(arms, "Arms", "OFFICIAL", ""), s -> {
        });
        assertThat(briefing.total()).isEqualTo(2);
        assertThat(briefing.directions()).hasSize(1);
        assertThat(briefing.transfers()).allMatch(entry -> entry.row().kind() == TransferKind.ARMS);
    }

}
