package org.transferwatch.party.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyIdentifierKind;
import org.transferwatch.party.PartyKind;
import org.transferwatch.party.PartyMatchService;
import org.transferwatch.party.PartyRow;
import org.transferwatch.party.PartyService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferService;

@TransferWatchTest
@Transactional
class PartyViewsTest extends SpringBrowserlessTest {

    @Autowired
    PartyService parties;

    @Autowired
    PartyMatchService matches;

    @Autowired
    TransferService transfers;

    @Autowired
    DSLContext dsl;

    /** A shipping company the UN list names, recorded by an analyst; its near name is a possible match. */
    private long shippingCompany() {
        return TestData.as(Role.ANALYST, () -> parties.create(new PartyDraft(PartyKind.COMPANY,
                "Chong Chon Gang Shipping Company", List.of("CCG Shipping"), "PRK", null,
                List.of(new PartyDraft.Identifier(PartyIdentifierKind.IMO_COMPANY, "5342883")), List.of())));
    }

    private void open(long partyId) {
        UI.getCurrent().navigate(PartyView.address(partyId));
        assertThat(getCurrentView()).isInstanceOf(PartyView.class);
    }

    private String text(String id) {
        return find(Div.class).id(id).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Grid<PartyRow> grid() {
        return find(Grid.class).id("parties-grid");
    }

    private List<String> column(String key) {
        var grid = grid();
        var position = test(grid).getColumnPosition(key);
        return IntStream.range(0, Math.min(test(grid).size(), 10)).mapToObj(row -> test(grid).getCellText(row, position))
            .toList();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_finds_a_party_by_its_other_name_and_sees_its_possible_matches_but_no_new_party_button() {
        shippingCompany();
        UI.getCurrent().navigate("parties", QueryParameters.of("q", "ccg shipping"));
        // Best first: the other name itself; near names (the demo's Korea Achim Shipping Co) come after.
        assertThat(column("name")).startsWith("Chong Chon Gang Shipping Company");
        assertThat(column("matched").getFirst()).isEqualTo("CCG Shipping");
        assertThat(column("kind").getFirst()).isEqualTo("Company");
        assertThat(column("country").getFirst()).isEqualTo("North Korea");
        assertThat(Integer.parseInt(column("possible").getFirst())).isPositive();
        assertThat(find(Span.class).id("party-count").getText()).isEqualTo(column("name").size() + " parties");
        assertThat(find(Button.class).withId("new-party").exists()).isFalse();
        assertThat(find(Grid.class).withId("matches-to-review").exists()).as("analysts review matches").isFalse();
        assertThat(PartyListView.location("ccg shipping").getPathWithQueryParameters()).isEqualTo("parties?q=ccg%20shipping");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_sees_the_matches_with_score_basis_and_the_designation_but_no_confirm_button() {
        open(shippingCompany());
        assertThat(find(H1.class).id("party-title").getText()).isEqualTo("Chong Chon Gang Shipping Company");
        var matchList = text("party-matches");
        assertThat(matchList).contains("CHONGCHONGANG SHIPPING COMPANY").contains("KPe.022")
            .contains("Identical number · score exact · matched IMO company number 5342883")
            .contains("Also listed as: Chong Chon Gang Shipping Co. Ltd.; Chongchongang Shipping Co LTD")
            .contains("Possible");
        var link = find(Anchor.class).withClassName("match-designation").first();
        assertThat(link.getHref()).matches("designations/\\d+");
        assertThat(find(Button.class).withClassName("confirm-match").exists()).isFalse();
        assertThat(find(Button.class).withClassName("reject-match").exists()).isFalse();
        assertThat(find(Button.class).withId("edit-party").exists()).isFalse();
        assertThat(find(Button.class).withId("merge-party").exists()).isFalse();
        assertThat(find(Span.class).withId("party-designated").exists()).isFalse();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_confirms_a_match_with_a_note_and_sees_the_party_designated() {
        open(shippingCompany());
        test(find(Button.class).withClassName("confirm-match").first()).click();
        test(find(TextArea.class).id("match-note")).setValue("Same IMO company number as the listing.");
        test(find(Button.class).id("match-decide")).click();
        assertThat(find(Span.class).id("party-designated").getText()).isEqualTo("Designated");
        assertThat(text("party-matches")).contains("Confirmed by Demo analyst")
            .contains("Same IMO company number as the listing.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_rejection_without_a_note_is_refused_at_the_note() {
        open(shippingCompany());
        test(find(Button.class).withClassName("reject-match").first()).click();
        test(find(Button.class).id("match-decide")).click();
        var note = find(TextArea.class).id("match-note");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Say why the party is not this designation: a rejection needs a note.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_records_a_vessel_and_a_wrong_check_digit_is_marked_at_the_numbers() {
        UI.getCurrent().navigate(PartyListView.class);
        test(find(Button.class).id("new-party")).click();
        var form = ((PartyEditView) getCurrentView()).form();
        form.kind.setValue(PartyKind.VESSEL);
        assertThat(form.flags.isVisible()).as("a vessel has a flag history").isTrue();
        form.name.setValue("ANGARA");
        test(find(Button.class).id("party-add-identifier")).click();
        var number = form.identifiers.lines().getFirst();
        number.kind().setValue(PartyIdentifierKind.IMO_SHIP);
        number.value().setValue("9179843");
        test(form.save).click();
        assertThat(form.identifiers.isInvalid()).isTrue();
        assertThat(form.identifiers.getErrorMessage())
            .isEqualTo("IMO 9179843 is not a valid IMO ship number: its check digit should be 2.");

        number.value().setValue("9179842");
        test(form.save).click();
        assertThat(getCurrentView()).isInstanceOf(PartyView.class);
        assertThat(find(H1.class).id("party-title").getText()).isEqualTo("ANGARA");
        assertThat(text("party-fields")).contains("IMO ship number 9179842");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_form_hides_the_flag_history_of_anything_but_a_vessel() {
        UI.getCurrent().navigate("parties/new");
        var form = ((PartyEditView) getCurrentView()).form();
        form.kind.setValue(PartyKind.PERSON);
        assertThat(form.flags.isVisible()).isFalse();
        assertThat(form.country.getLabel()).isEqualTo("Nationality");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_sees_the_matches_to_review_on_the_list() {
        shippingCompany();
        UI.getCurrent().navigate(PartyListView.class);
        assertThat(find(H3.class).id("matches-to-review-title").getText()).startsWith("Matches to review (");
        @SuppressWarnings("unchecked")
        Grid<org.transferwatch.party.PartyMatch> review = find(Grid.class).id("matches-to-review");
        assertThat(test(review).size()).isPositive();
        assertThat(test(review).getRow(0).partyName()).isEqualTo("Chong Chon Gang Shipping Company");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_party_page_lists_its_transfers_each_linking_to_the_transfer_page() {
        var party = shippingCompany();
        var transfer = transfers.createDraft(TestData.draft("PRK", "RUS", "Artillery shells"));
        var analyst = dsl.fetchValue("select id from app_user where username = 'analyst'");
        dsl.execute("insert into transfer_party (transfer_id, party_id, role, created_by, updated_by) values (?, ?, 'shipper', ?, ?)",
                transfer, party, analyst, analyst);
        open(party);
        var link = find(Div.class).id("party-transfers").getChildren()
            .flatMap(row -> row.getChildren()).filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst()
            .orElseThrow();
        assertThat(link.getHref()).isEqualTo("transfers/" + transfer);
        assertThat(text("party-transfers")).contains("Artillery shells").contains("Shipper");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void the_page_of_a_merged_party_says_which_record_it_was_merged_into() {
        var kept = shippingCompany();
        var merged = TestData.as(Role.ANALYST, () -> parties.create(new PartyDraft(PartyKind.COMPANY,
                "Chongchongang Shpg", List.of(), "PRK", null, List.of(), List.of())));
        open(merged);
        assertThat(find(Button.class).withId("merge-party").exists()).isTrue();
        parties.merge(merged, kept, "The same company, listed as KPe.022.");
        open(merged);
        var notice = find(Paragraph.class).id("party-merged");
        assertThat(notice.getElement().getTextRecursively()).startsWith("Merged into #" + kept);
        assertThat(find(Anchor.class).withText("#" + kept).single().getHref()).isEqualTo(PartyView.address(kept));
        assertThat(find(Div.class).withId("party-matches").exists()).isFalse();
    }

}
