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


    static final String RASON = "Rason, Korea (Democratic People's Republic of) \u2014 \u041D\u0430\u0445\u043E\u0301\u0434\u043A\u0430";

    static final String OTHER_SCRIPTS = "\u00D8rsted, \u0130zmir, \u0398\u03B5\u03C3\u03C3\u03B1\u03BB\u03BF\u03BD\u03AF\u03BA\u03B7";

    @Test
    void names_in_cyrillic_greek_and_turkish_print_as_written_in_the_pdf_and_the_word_file() throws Exception {
        var briefing = briefings.document(new BriefingRequest(BriefingScope.pair("PRK", "RUS"), "Port calls at " + RASON,
                "OFFICIAL", RASON + "\n" + OTHER_SCRIPTS + "\nBandar Abbas: \u0628\u0646\u062F\u0631\n\uB098\uC9C4 (Rajin)"), share -> {
                });
        var pictures = graphics.pictures(briefing);
        var pdfBytes = new ByteArrayOutputStream();
        BriefingDocumentPdf.write(briefing, pictures, pdfBytes);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/briefing-unicode-test.pdf"), pdfBytes.toByteArray());
        try (var pdf = Loader.loadPDF(pdfBytes.toByteArray())) {
            var text = java.text.Normalizer.normalize(new PDFTextStripper().getText(pdf), java.text.Normalizer.Form.NFC);
            assertThat(text).contains(java.text.Normalizer.normalize(RASON, java.text.Normalizer.Form.NFC))
                .contains(OTHER_SCRIPTS)
                .contains("Port calls at Rason")
                // DejaVu Sans has no Hangul: those print as "?", said so rather than left blank.
                .contains("?? (Rajin)");
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.getName()).as("an embedded subset of DejaVu Sans").contains("DejaVuSans");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
        var docxBytes = new ByteArrayOutputStream();
        BriefingDocumentDocx.write(briefing, pictures, docxBytes);
        try (var docx = new XWPFDocument(new ByteArrayInputStream(docxBytes.toByteArray()))) {
            var body = docx.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
            assertThat(body).contains(RASON).contains(OTHER_SCRIPTS).contains("\uB098\uC9C4 (Rajin)");
        }
    }


    @Test
    void a_transfers_lists_briefing_counts_what_the_list_counts_and_states_its_filter_in_words() throws Exception {
        var delivered = TransferFilter.NONE.withPair("PRK", "RUS", true).withStatus(org.transferwatch.transfer.TransferStatus.DELIVERED);
        var fromNorthKorea = TransferFilter.NONE.withPair("PRK", null, false);
        var shells = TransferFilter.NONE.withText("shells");
        for (var list : java.util.List.of(delivered, fromNorthKorea, shells, TransferFilter.NONE)) {
            var briefing = briefings.document(new BriefingRequest(BriefingScope.ofList(list), "List", "OFFICIAL", ""), s -> {
            });
            assertThat(briefing.total()).as(list.toString()).isEqualTo(listing.count(list)).isPositive();
            assertThat(briefing.transfers()).hasSize(Math.min(briefing.total(), BriefingDocumentService.MAX_TRANSFERS));
        }
        var briefing = briefings.document(new BriefingRequest(BriefingScope.ofList(delivered), "Delivered", "OFFICIAL", ""), s -> {
        });
        assertThat(briefing.total()).isEqualTo(1);
        assertThat(briefing.criteria()).containsExactly("status: delivered");
        assertThat(BriefingText.scope(briefing)).isEqualTo("Published transfers only between North Korea and Russia, both "
                + "directions; all kinds of goods; any period; as the Transfers list was filtered: status: delivered.");
        assertThat(briefing.summary().getFirst()).startsWith("1 published transfer from North Korea to Russia since 2022, 1 delivered");
        var ofText = briefings.document(new BriefingRequest(BriefingScope.ofList(shells.withPair("PRK", null, true)), "Shells",
                "OFFICIAL", ""), s -> {
                });
        assertThat(ofText.subject()).isEqualTo("To or from North Korea");
        assertThat(ofText.summary().getFirst()).startsWith(ofText.total() + " published transfer");
        assertThat(ofText.summary().getFirst()).contains(" to or from North Korea");
        assertThat(BriefingText.scope(ofText)).contains("search text \u201Cshells\u201D");
        var bytes = new ByteArrayOutputStream();
        BriefingDocumentPdf.write(ofText, graphics.pictures(ofText), bytes);
        try (var pdf = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                .contains("as the Transfers list was filtered: search text \u201Cshells\u201D");
        }
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void a_saved_list_briefing_keeps_its_filter_and_re_generates_with_it() {
        var list = TransferFilter.NONE.withPair("PRK", "RUS", false).withText("shells").withParty("Achim")
            .withReviewState(org.transferwatch.transfer.ReviewState.PUBLISHED);
        var scope = BriefingScope.ofList(list);
        var id = briefings.save(new BriefingRequest(scope, "Shells shipped by Achim", "OFFICIAL", ""));
        var saved = briefings.savedBriefing(id);
        assertThat(saved.request().scope()).isEqualTo(scope);
        assertThat(saved.request().scope().listFilter()).isEqualTo(list);
        var again = briefings.regenerate(id, s -> {
        });
        assertThat(again.total()).isEqualTo(listing.count(list));
        assertThat(again.criteria()).containsExactly("review state: published", "search text \u201Cshells\u201D",
                "a party known as \u201CAchim\u201D");
    }

    @Test
    void a_list_of_drafts_only_needs_drafts_asked_for_and_retracted_ones_are_never_briefed() {
        var drafts = BriefingScope.ofList(TransferFilter.NONE.withReviewState(org.transferwatch.transfer.ReviewState.DRAFT));
        assertThat(drafts.includeDrafts()).isTrue();
        var refused = new BriefingScope(null, null, BriefingScope.Direction.A_TO_B, null, null, Set.of(), false, drafts.criteria());
        assertThatThrownBy(() -> new BriefingRequest(refused, "T", "OFFICIAL", "").validate(java.util.List.of("OFFICIAL")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("The list shows drafts only");
        var retracted = BriefingScope.ofList(TransferFilter.NONE.withReviewState(org.transferwatch.transfer.ReviewState.RETRACTED));
        assertThatThrownBy(() -> new BriefingRequest(retracted, "T", "OFFICIAL", "").validate(java.util.List.of("OFFICIAL")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("Retracted transfers are never in a briefing");
    }

}
