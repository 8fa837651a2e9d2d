package org.transferwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.dashboard.ui.PairView;
import org.transferwatch.monitoring.ui.InboxView;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferService;

/** The Transfers list and the inbox mark what was published, changed or arrived since the user's previous visit. */
@TransferWatchTest
@Transactional
class ListNewsTest extends SpringBrowserlessTest {

    @Autowired
    ListVisitService visits;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    private long published(String item) {
        return TestData.as(Role.REVIEWER, () -> {
            var id = transfers.createDraft(TestData.draft("BLR", "MMR", item));
            reviews.publish(id, transfers.version(id).orElseThrow());
            return id;
        });
    }

    private long draft(String item) {
        return TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("BLR", "MMR", item)));
    }

    private void changeConfidence(long id) {
        TestData.as(Role.REVIEWER, () -> {
            var d = transfers.details(id).transfer().fields();
            transfers.update(id, transfers.version(id).orElseThrow(), new TransferDraft(d.supplierCode(),
                    d.recipientCode(), d.kind(), d.categoryCode(), d.item(), d.designation(), d.quantity(),
                    d.valueUsdEstimate(), d.status(), d.period(), d.firstReportedOn(), d.routeNotes(), d.notes(),
                    d.confidence() == Confidence.LOW ? Confidence.HIGH : Confidence.LOW));
            return null;
        });
    }

    @Test
    void a_visit_marks_what_others_published_or_changed_since_the_previous_one_and_a_viewer_no_draft() {
        var unchanged = published("Unchanged shells");
        var changed = published("Changed shells");
        assertThat(TestData.as(Role.ANALYST, () -> visits.visit(ListVisitService.TRANSFERS))).isEmpty();
        var viewersFirst = TestData.as(Role.VIEWER, () -> visits.visit(ListVisitService.TRANSFERS));
        assertThat(viewersFirst).isEmpty();

        var added = published("New shells");
        changeConfidence(changed);
        var drafted = draft("Drafted shells");
        var analystsDraft = TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("BLR", "MMR", "Own draft")));
        var all = List.of(unchanged, changed, added, drafted, analystsDraft);

        var previous = TestData.as(Role.ANALYST, () -> visits.visit(ListVisitService.TRANSFERS)).orElseThrow();
        // The analyst's own draft is no news to them; another's is (analysts see drafts).
        var marks = TestData.as(Role.ANALYST, () -> visits.marks(previous, all));
        assertThat(marks).containsOnlyKeys(changed, added).containsEntry(changed, "Updated").containsEntry(added, "New");

        var viewersPrevious = TestData.as(Role.VIEWER, () -> visits.visit(ListVisitService.TRANSFERS)).orElseThrow();
        assertThat(TestData.as(Role.VIEWER, () -> visits.marks(viewersPrevious, all)))
            .containsOnlyKeys(changed, added);

        // The next visit counts from this one: nothing changed since.
        var latest = TestData.as(Role.ANALYST, () -> visits.visit(ListVisitService.TRANSFERS)).orElseThrow();
        assertThat(TestData.as(Role.ANALYST, () -> visits.marks(latest, all))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private String markOn(long transferId) {
        var grid = (Grid<TransferRow>) find(Grid.class).id("transfers-grid");
        var renderer = (LitRenderer<TransferRow>) grid.getColumnByKey("news").getRenderer();
        var row = grid.getGenericDataView().getItems().filter(r -> r.id() == transferId).findFirst().orElseThrow();
        return (String) renderer.getValueProviders().get("mark").apply(row);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_transfers_list_shows_new_and_updated_in_words_until_the_next_visit() {
        var before = published("Listed before");
        var changed = published("Listed and changed");
        UI.getCurrent().navigate("transfers", QueryParameters.fromString("supplier=BLR&recipient=MMR"));
        assertThat(markOn(before)).isEmpty();
        assertThat(find(Grid.class).id("transfers-grid").getColumnByKey("news").getHeaderText())
            .isEqualTo("Since last visit");

        var added = published("Listed since");
        changeConfidence(changed);
        navigate("pairs/BLR/MMR", PairView.class);
        UI.getCurrent().navigate("transfers", QueryParameters.fromString("supplier=BLR&recipient=MMR"));
        assertThat(markOn(added)).isEqualTo("New");
        assertThat(markOn(changed)).isEqualTo("Updated");
        assertThat(markOn(before)).isEmpty();
    }

    @Autowired
    WatchService watches;

    @Autowired
    NotificationMatcher matcher;

    private List<String> inboxMarks() {
        return find(Span.class).withClassName("inbox-new").all().stream().map(Span::getText).toList();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_inbox_marks_what_arrived_since_the_previous_visit_until_the_next_one() {
        watches.watch(WatchKind.PAIR, "BLR/MMR", "Belarus and Myanmar");
        published("Before the visit");
        matcher.matchPending();
        navigate("inbox", InboxView.class);
        assertThat(inboxMarks()).isEmpty();

        published("After the visit");
        matcher.matchPending();
        navigate("pairs/BLR/MMR", PairView.class);
        navigate("inbox", InboxView.class);
        assertThat(inboxMarks()).containsExactly("New");
        // Marking read shows the inbox again within the same visit: what is new stays marked.
        test(find(Button.class).id("inbox-mark-all-read")).click();
        assertThat(inboxMarks()).containsExactly("New");

        navigate("pairs/BLR/MMR", PairView.class);
        navigate("inbox", InboxView.class);
        assertThat(inboxMarks()).isEmpty();
    }

}
