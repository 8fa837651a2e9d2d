package org.transferwatch.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.intake.IntakeService;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferSort;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class IntakeViewTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidenceService;

    @Autowired
    TransferListService listing;

    private long demoSource() {
        return as(Role.VIEWER, () -> sources.search("Yonhap", 1).getFirst().id());
    }

    /** The demo article as a source of its own, so that none of its proposals is recorded yet. */
    private long article() {
        var demo = as(Role.VIEWER, () -> sources.findById(demoSource()).orElseThrow());
        return as(Role.ANALYST, () -> sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "Yonhap, second copy",
                demo.publisher(), null, null, demo.publishedOn(), "en", demo.content() + "\n(Copy for a test.)"))
            .source().id());
    }

    private IntakeView open(long sourceId) {
        navigate("sources/" + sourceId + "/intake", IntakeView.class);
        return (IntakeView) getCurrentView();
    }

    private ProposalCard card(IntakeView view, int number) {
        return view.cards().get(number - 1);
    }

    private List<TransferRow> newestDrafts(int count) {
        return listing.page(TransferFilter.NONE, TransferSort.NEWEST, 0, count);
    }

    @Test
    void shows_a_card_per_proposal_and_highlights_each_sentence_in_the_text() {
        var view = open(article());
        assertThat(view.cards()).hasSize(3);
        assertThat(card(view, 2).getElement().getTextRecursively()).contains("North Korea → Russia", "Delivered",
                "Infantry artillery shells and rockets", "Arms · ML3 · Ammunition and fuze setting devices",
                "≥ 1,000,000 shells and rockets (est.)", "Q4 2022 (quarter)", "Supports",
                "North Korea is said to have provided millions", "Disputed in the same source",
                "North Korea has strongly and repeatedly dismissed the accusation.", "Moderate (rule, from the grade)");
        assertThat(card(view, 2).reliability.getValue()).isEqualTo('B');
        assertThat(card(view, 2).credibility.getValue()).isEqualTo(2);
        var text = find(HighlightedText.class).id("intake-text");
        assertThat(text.getElement().getTextRecursively()).contains("Source: Yonhap News Agency");
        var highlighted = find(Span.class, text).all().stream()
            .filter(span -> span.hasClassName("hl-claim"))
            .map(Span::getText)
            .toList();
        assertThat(highlighted).contains(
                "North Korea is said to have provided millions of infantry artillery shells and rockets to Russia late last year.",
                "The NSC official noted that North Korea may also seek to provide raw materials for Russia’s defense industrial base.");
        assertThat(find(Span.class, text).all().stream().filter(span -> span.hasClassName("hl-denial")).map(Span::getText))
            .contains("North Korea has strongly and repeatedly dismissed the accusation.");
        assertThat(find(Span.class).id("intake-progress").getText()).isEqualTo("3 to review · 0 accepted · 0 dropped");
    }

    @Test
    void pasted_markup_is_shown_as_text_never_as_html() {
        var id = as(Role.ANALYST, () -> sources.add(new NewSource(SourceKind.OTHER, "Markup", null, null, null, null, null,
                "<b>Iran</b> sent <img src=x onerror=alert(1)> drones to Russia.")).source().id());
        open(id);
        var text = find(HighlightedText.class).id("intake-text");
        // The proposal's marker "1", then the sentence exactly as pasted.
        assertThat(text.getElement().getTextRecursively()).isEqualTo("1<b>Iran</b> sent <img src=x onerror=alert(1)> drones to Russia.");
        assertThat(text.getElement().getChildren()).allSatisfy(child -> assertThat(child.getTag()).isIn("span", null));
        assertThat(text.getElement().getChildren().map(child -> child.getTag())).doesNotContain("b", "img");
    }

    @Test
    void accepting_creates_exactly_one_draft_with_its_claim_and_the_denial() {
        var source = article();
        var view = open(source);
        var before = listing.count(TransferFilter.NONE);
        test(card(view, 2).accept).click();
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(before + 1);
        var created = newestDrafts(1).getFirst();
        assertThat(created.reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(created.item()).isEqualTo("Infantry artillery shells and rockets");
        assertThat(created.period().label()).isEqualTo("Q4 2022");
        assertThat(evidenceService.claims(created.id())).extracting(c -> c.stance() + " " + c.grade().code() + " " + c.sourceId())
            .containsExactlyInAnyOrder("SUPPORTS B2 " + source, "DISPUTES B4 " + source);
        assertThat(card(view, 2).state()).isEqualTo(ProposalCard.State.ACCEPTED);
        assertThat(find(RouterLink.class).id("proposal-2-transfer").getHref())
            .isEqualTo("transfers/" + created.id());
        assertThat(find(Span.class).id("intake-progress").getText()).isEqualTo("2 to review · 1 accepted · 0 dropped");
    }

    @Test
    void the_grade_picked_by_its_words_is_the_claims_grade() {
        var view = open(article());
        test(card(view, 3).reliability).selectItem("C — Fairly reliable");
        test(card(view, 3).credibility).selectItem("3 — Possibly true");
        test(card(view, 3).accept).click();
        var created = newestDrafts(1).getFirst();
        assertThat(evidenceService.claims(created.id())).singleElement()
            .satisfies(c -> assertThat(c.grade().code()).isEqualTo("C3"));
    }

    @Test
    void dropping_creates_nothing_and_can_be_undone() {
        var view = open(article());
        var before = listing.count(TransferFilter.NONE);
        test(card(view, 1).drop).click();
        assertThat(card(view, 1).state()).isEqualTo(ProposalCard.State.DROPPED);
        assertThat(find(Span.class).id("intake-progress").getText()).isEqualTo("2 to review · 0 accepted · 1 dropped");
        test(find(Button.class).id("accept-all")).click();
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(before + 2);
        assertThat(newestDrafts(2)).extracting(TransferRow::item)
            .doesNotContain("Munitions");
        test(find(Button.class).id("proposal-1-undo")).click();
        assertThat(card(view, 1).state()).isEqualTo(ProposalCard.State.PENDING);
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(before + 2);
    }

    @Test
    void editing_changes_what_accepting_creates() {
        var view = open(article());
        test(card(view, 1).edit).click();
        test(find(TextField.class).id("form-item")).setValue("122 mm artillery shells, several types");
        test(find(Button.class).id("form-save")).click();
        assertThat(card(view, 1).getElement().getTextRecursively()).contains("Edited", "122 mm artillery shells, several types");
        var before = listing.count(TransferFilter.NONE);
        test(card(view, 1).accept).click();
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(before + 1);
        var created = newestDrafts(1).getFirst();
        assertThat(created.item()).isEqualTo("122 mm artillery shells, several types");
        assertThat(evidenceService.claims(created.id())).extracting(c -> c.stance() + " " + c.quote())
            .containsExactlyInAnyOrder(
                    "SUPPORTS Now, among these potential deals, Russia would receive significant quantities and multiple "
                            + "types of munitions from the DPRK, which the Russian military plans to use in Ukraine,” he added.",
                    "DISPUTES The DPRK has said publicly that they will not sell (weapons) to Russia.");
    }

    @Test
    void accept_all_accepts_the_open_proposals_and_a_second_visit_shows_them_accepted() {
        var source = article();
        var view = open(source);
        var before = listing.count(TransferFilter.NONE);
        test(view.acceptAllButton()).click();
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(before + 3);
        assertThat(view.acceptAllButton().isEnabled()).isFalse();
        var again = open(source);
        assertThat(again.cards()).allSatisfy(card -> assertThat(card.state()).isEqualTo(ProposalCard.State.ACCEPTED));
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(before + 3);
    }

    @Test
    void proposals_already_recorded_from_the_source_show_as_such() {
        var view = open(demoSource());
        assertThat(view.cards()).extracting(ProposalCard::state).containsExactly(ProposalCard.State.ACCEPTED,
                ProposalCard.State.ACCEPTED, ProposalCard.State.ACCEPTED);
        assertThat(card(view, 1).getElement().getTextRecursively()).contains("Already recorded from this source.");
        assertThat(find(Span.class).id("intake-progress").getText()).isEqualTo("0 to review · 3 accepted · 0 dropped");
    }

    @Autowired
    IntakeService intake;

    /** A draft from a first report (North Korea → Russia, artillery shells since August 2023), and a second report of it. */
    private long[] recordedShellsAndASecondReport() {
        var first = sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "First report", "A test outlet", null,
                "https://example.org/first", LocalDate.of(2023, 10, 5), "en",
                "North Korea has shipped artillery shells to Russia since August 2023.")).source().id();
        var proposal = intake.read(first).reading().proposals().getFirst();
        var recorded = intake.accept(first, proposal, proposal.draft(LocalDate.of(2023, 10, 5), Confidence.MODERATE),
                IntakeService.DEFAULT_GRADE, null);
        var second = sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "Second report", "Another outlet", null,
                "https://example.net/second", LocalDate.of(2023, 11, 20), "en",
                "Russia received artillery shells from North Korea in September 2023.")).source().id();
        return new long[] { recorded, second };
    }

    @Test
    void a_proposal_matching_a_recorded_transfer_offers_to_add_it_as_evidence_first_with_that_transfers_evidence() {
        var ids = recordedShellsAndASecondReport();
        var view = open(ids[1]);
        var card = card(view, 1);
        var matches = find(Div.class).id("proposal-1-matches");
        assertThat(matches.getElement().getTextRecursively()).contains("Likely already recorded",
                "#" + ids[0] + " · Artillery shells", "North Korea → Russia · Aug 2023 – Oct 2023", "Draft",
                "Supports", "B2", "A test outlet, 2023-10-05", "North Korea has shipped artillery shells to Russia since August 2023.",
                "Confidence: Moderate. With this report as a further source the rule gives High (2 independent sources");
        var add = find(Button.class).id("proposal-1-add-to-" + ids[0]);
        assertThat(card.addAsEvidence).isSameAs(add);
        assertThat(add.getText()).isEqualTo("Add as evidence to #" + ids[0] + " (existing transfer)");
        assertThat(add.hasThemeName("primary")).isTrue();
        assertThat(card.accept.getText()).isEqualTo("Create a new draft anyway");
        assertThat(card.accept.hasThemeName("primary")).isFalse();

        var before = listing.count(TransferFilter.NONE);
        test(add).click();
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(before);
        assertThat(evidenceService.claims(ids[0])).extracting(c -> c.sourceId()).containsExactlyInAnyOrder(
                evidenceService.claims(ids[0]).getFirst().sourceId(), ids[1]);
        assertThat(card.state()).isEqualTo(ProposalCard.State.ACCEPTED);
        assertThat(card.getElement().getTextRecursively()).contains("Added as evidence to the existing transfer.");
        assertThat(find(RouterLink.class).id("proposal-1-transfer").getHref()).isEqualTo("transfers/" + ids[0]);
        assertThat(transfers.details(ids[0]).proposedConfidence().level()).isEqualTo(Confidence.HIGH);
        // Opened again, the proposal shows as recorded from this source.
        assertThat(card(open(ids[1]), 1).state()).isEqualTo(ProposalCard.State.ACCEPTED);
    }

    @Test
    void the_analyst_may_create_a_new_draft_anyway() {
        var ids = recordedShellsAndASecondReport();
        var view = open(ids[1]);
        var before = listing.count(TransferFilter.NONE);
        test(card(view, 1).accept).click();
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(before + 1);
        assertThat(evidenceService.claims(ids[0])).hasSize(1);
    }

    @Test
    void accept_all_takes_each_cards_default_adding_evidence_where_a_recorded_transfer_matches() {
        var ids = recordedShellsAndASecondReport();
        var view = open(ids[1]);
        var before = listing.count(TransferFilter.NONE);
        test(view.acceptAllButton()).click();
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(before);
        assertThat(evidenceService.claims(ids[0])).hasSize(2);
        assertThat(find(Span.class).id("intake-progress").getText()).isEqualTo("0 to review · 1 accepted · 0 dropped");
    }

    @Test
    void a_published_match_is_shown_but_an_analyst_creates_a_draft_and_is_told_why() {
        var view = open(article());
        var match = find(Div.class).id("proposal-2-matches");
        assertThat(match.getElement().getTextRecursively()).contains("Infantry artillery shells and rockets", "Published",
                "only a reviewer may add evidence to it");
        assertThat(card(view, 2).addAsEvidence).isNull();
        assertThat(card(view, 2).accept.hasThemeName("primary")).isTrue();
    }

    @Test
    void the_same_text_as_another_source_is_flagged_above_the_proposals() {
        var demo = as(Role.VIEWER, () -> sources.findById(demoSource()).orElseThrow());
        var copy = sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "Wire copy", null, null,
                "https://another.example.net/wire", demo.publishedOn(), "en", demo.content())).source().id();
        open(copy);
        var warning = find(Div.class).id("intake-same-text");
        assertThat(warning.getElement().getTextRecursively()).startsWith("Likely a duplicate source");
        assertThat(find(RouterLink.class, warning).single().getHref()).isEqualTo("sources/" + demo.id());
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_cannot_open_the_assistant() {
        var id = demoSource();
        Assertions.assertThatThrownBy(() -> navigate("sources/" + id + "/intake", IntakeView.class))
            .isInstanceOf(Throwable.class);
    }

}
