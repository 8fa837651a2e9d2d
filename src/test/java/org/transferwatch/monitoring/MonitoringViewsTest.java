package org.transferwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.dashboard.ui.PairView;
import org.transferwatch.monitoring.ui.InboxView;
import org.transferwatch.monitoring.ui.WatchingView;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.ui.TransferDetailView;

/** The Watch buttons, the Watching page, the inbox and the bell, as a user sees them. */
@TransferWatchTest
@Transactional
class MonitoringViewsTest extends SpringBrowserlessTest {

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    WatchService watches;

    @Autowired
    NotificationMatcher matcher;

    private Button watchButton() {
        return find(Button.class).id("watch-button");
    }

    private long publishedByReviewer(String supplier, String recipient, String item) {
        return TestData.as(Role.REVIEWER, () -> {
            var id = transfers.createDraft(TestData.draft(supplier, recipient, item));
            reviews.publish(id, transfers.version(id).orElseThrow());
            return id;
        });
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_pair_pages_watch_button_watches_the_pair_and_the_watching_page_lists_it_without_mail() {
        navigate("pairs/PRK/RUS", PairView.class);
        assertThat(watchButton().getText()).isEqualTo("Watch");
        test(watchButton()).click();
        assertThat(watchButton().getText()).isEqualTo("Watching");

        navigate("watching", WatchingView.class);
        assertThat(find(Paragraph.class).id("watching-no-mail").getText()).startsWith("No mail server is configured");
        var id = watches.watches().getFirst().id();
        var card = find(Div.class).id("watch-" + id);
        assertThat(card.getElement().getTextRecursively()).contains("North Korea ⇄ Russia", "Country pair · matched 0 changes");
        assertThat(find(Anchor.class).withText("Open").single().getHref()).isEqualTo("pairs/PRK/RUS");

        var name = find(TextField.class).withCaption("Name").single();
        test(name).setValue("DPRK and Russia");
        test(find(Button.class).withText("Rename").single()).click();
        assertThat(watches.watches()).extracting(Watch::name).containsExactly("DPRK and Russia");
        test(find(Button.class).withText("Delete").single()).click();
        assertThat(watches.watches()).isEmpty();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_transfers_lists_watch_button_watches_the_filter_in_its_url() {
        UI.getCurrent().navigate("transfers", QueryParameters.fromString("supplier=PRK&kind=arms"));
        test(watchButton()).click();
        assertThat(watches.watches()).singleElement().satisfies(watch -> {
            assertThat(watch.kind()).isEqualTo(WatchKind.FILTER);
            assertThat(watch.target()).isEqualTo("supplier=PRK&kind=arms");
            assertThat(WatchService.pageOf(watch)).isEqualTo("transfers?supplier=PRK&kind=arms");
        });
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_bell_counts_what_is_unread_and_the_inbox_says_what_happened_with_a_link_to_the_transfer() {
        var watched = publishedByReviewer("PRK", "BLR", "Artillery shells");
        navigate("transfers/" + watched, TransferDetailView.class);
        test(watchButton()).click();
        TestData.as(Role.REVIEWER, () -> {
            reviews.retract(watched, transfers.version(watched).orElseThrow(), "the source withdrew the report");
            return null;
        });
        matcher.matchPending();

        navigate("inbox", InboxView.class);
        assertThat(find(Span.class).id("bell-inbox-count").getText()).isEqualTo("1");
        var item = find(Span.class).withClassName("inbox-sentence").single();
        assertThat(item.getText()).isEqualTo("Retracted by Demo reviewer: the source withdrew the report");
        assertThat(find(Anchor.class).withText("#" + watched + " North Korea → Belarus · Artillery shells").single()
            .getHref()).isEqualTo("transfers/" + watched);

        test(find(Button.class).id("inbox-mark-all-read")).click();
        assertThat(find(Span.class).withId("bell-inbox-count").exists()).isFalse();
        assertThat(find(Div.class).withClassName("inbox-unread").exists()).isFalse();
    }

}
