package org.transferwatch.designation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.designation.DesignationHit;
import org.transferwatch.party.PartyMatchService;
import org.transferwatch.party.PartyService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
class DesignationViewsTest extends SpringBrowserlessTest {

    @Autowired
    private PartyService parties;

    @Autowired
    private PartyMatchService matches;

    @SuppressWarnings("unchecked")
    private Grid<DesignationHit> grid() {
        return find(Grid.class).id("designations-grid");
    }

    private List<String> column(String key) {
        var grid = grid();
        var position = test(grid).getColumnPosition(key);
        return IntStream.range(0, Math.min(test(grid).size(), 10)).mapToObj(row -> test(grid).getCellText(row, position))
            .toList();
    }

    private String text(String id) {
        return find(Div.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_types_korea_mining_dev_and_sees_the_corporation_first_with_its_score() {
        var view = navigate(DesignationListView.class);
        assertThat(find(Span.class).id("designation-count").getText()).isEqualTo("875 designations");
        test(view.search()).setValue("korea mining dev");
        assertThat(column("name").getFirst()).isEqualTo("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(column("reference").getFirst()).isEqualTo("KPe.001");
        assertThat(column("score").getFirst()).matches("\\d{2} %");
        assertThat(DesignationListView.location("korea mining dev").getPathWithQueryParameters())
            .isEqualTo("designations?q=korea%20mining%20dev");
        assertThat(find(Button.class).withId("import-designations").exists()).as("viewers import nothing").isFalse();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void an_alias_hit_shows_the_alias_that_matched_and_a_search_without_match_says_so() {
        UI.getCurrent().navigate("designations", QueryParameters.of("q", "komid"));
        assertThat(column("matched").getFirst()).isEqualTo("\"KOMID\"");
        ((DesignationListView) getCurrentView()).search().setValue("zzqxv wwkjq");
        assertThat(test(grid()).size()).isZero();
        assertThat(find(Span.class).id("designation-count").getText()).isEqualTo("0 designations");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void clicking_a_designation_opens_its_page_with_names_fields_narrative_provisions_and_the_transfers_note() {
        UI.getCurrent().navigate("designations", QueryParameters.of("q", "KPe.001"));
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(DesignationView.class);
        assertThat(find(H1.class).id("designation-title").getText()).isEqualTo("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        var fields = text("designation-fields");
        assertThat(fields).contains("KPe.001 (UN list)").contains("Democratic People's Republic of Korea (resolution 1718)")
            .contains("UN Security Council").contains("24 Apr 2009")
            .contains("Democratic People's Republic of Korea (PRK), address").contains("DATAID 690735, version 1");
        assertThat(find(UnorderedList.class).id("designation-names").getElement().getTextRecursively())
            .contains("\"KOMID\"a.k.a.");
        assertThat(find(Paragraph.class).id("designation-narrative").getText()).startsWith("Primary arms dealer");
        assertThat(text("designation-provisions")).contains("UNSCR 1718 (2006)");
        assertThat(text("designation-transfers"))
            .isEqualTo("No party recorded here has been matched to this designation, so no transfer is flagged by it.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_shipping_companys_page_shows_its_party_as_a_possible_match_and_once_confirmed_the_transfers_it_flags() {
        UI.getCurrent().navigate("designations", QueryParameters.of("q", "KPe.061"));
        test(grid()).clickRow(0);
        assertThat(find(H1.class).id("designation-title").getText()).isEqualTo("KOREA ACHIM SHIPPING CO");
        assertThat(text("designation-transfers")).isEqualTo("Korea Achim Shipping CoCompanyPossible match, to review");

        var party = parties.search("Korea Achim Shipping Co", 0, 1).getFirst();
        var match = matches.matchesOf(party.id()).stream().filter(m -> m.reference().equals("KPe.061")).findFirst()
            .orElseThrow();
        matches.confirm(match.id(), "Same IMO company number.", match.version());
        UI.getCurrent().navigate("designations/" + match.designationId());

        assertThat(text("designation-transfers")).startsWith("Korea Achim Shipping CoCompanyConfirmed")
            .contains("North Korea → Russia: Infantry artillery shells and rockets · Shipper · ");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_designation_that_does_not_exist_leads_back_to_the_list() {
        UI.getCurrent().navigate("designations/999999999");
        assertThat(getCurrentView()).isInstanceOf(DesignationListView.class);
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_admin_uploads_the_same_list_and_the_preview_says_nothing_changed() {
        navigate(DesignationListView.class);
        test(find(Button.class).id("import-designations")).click();
        var view = (DesignationImportView) getCurrentView();
        view.setExecutor(Runnable::run);
        test(find(Upload.class).id("designation-upload")).upload("consolidated.xml", "application/xml",
                org.transferwatch.designation.TestFiles.shipped());
        assertThat(find(Span.class).id("designation-preview-summary").getText())
            .isEqualTo("Nothing changed: the file (the list of 26 Sep 2024) matches the stored designations.");
        assertThat(find(Button.class).withId("apply-designation-import").exists()).as("nothing to apply").isFalse();
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_admin_previews_a_newer_list_applies_it_and_sees_what_was_delisted() {
        var view = navigate(DesignationImportView.class);
        view.setExecutor(Runnable::run);
        test(find(Upload.class).id("designation-upload")).upload("newer.xml", "application/xml",
                org.transferwatch.designation.TestFiles.withoutKomid());
        assertThat(find(Span.class).id("designation-preview-summary").getText())
            .isEqualTo("The list of 26 Sep 2024: 0 added, 0 amended, 1 delisted, 874 unchanged.");
        assertThat(find(Details.class).id("designation-delisted").getElement().getTextRecursively())
            .contains("KPe.001 KOREA MINING DEVELOPMENT TRADING CORPORATION");
        test(find(Button.class).id("apply-designation-import")).click();
        assertThat(text("designation-import-result")).contains("Imported newer.xml: 0 added, 0 amended, 1 delisted");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_file_that_is_not_the_un_list_gets_a_sentence() {
        var view = navigate(DesignationImportView.class);
        view.setExecutor(Runnable::run);
        test(find(Upload.class).id("designation-upload")).upload("transfers.xml", "application/xml",
                "<transfers/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text("designation-import-result")).contains("The file was not imported")
            .contains("This is not the UN Security Council Consolidated List");
    }

}
