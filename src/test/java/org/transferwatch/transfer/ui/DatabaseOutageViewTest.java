package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.base.DatabaseProbe;
import org.transferwatch.base.ui.DatabaseErrorView;
import org.transferwatch.dashboard.ui.DashboardView;
import org.transferwatch.security.Role;
import org.transferwatch.support.DatabaseOutageSimulation;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

/**
 * What the user sees when the database goes away while they work, and that the screen picks up again by
 * itself: the browser's polls (which the notice turns on) are played here by firing poll events.
 */
@TransferWatchTest
class DatabaseOutageViewTest extends SpringBrowserlessTest {

    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

    /** Every transfer these tests make has an item starting with this. */
    private static final String MARKER = "Outage test ";

    @Autowired
    DatabaseProbe probe;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void removeTheTransfersMadeHere() {
        DatabaseOutageSimulation.cleanUp(dsl, probe, MARKER);
    }

    @Autowired
    TransferService transfers;

    @Autowired
    TransferListService listing;

    private String database() {
        return DatabaseOutageSimulation.databaseOf(dsl);
    }

    private boolean noticeShown() {
        return !find(Div.class).withId("database-unavailable").all().isEmpty();
    }

    /** Plays the browser's polls while the notice shows; returns how long the screen took to pick up. */
    private Duration pollUntil(BooleanSupplier recovered, Instant since) throws InterruptedException {
        var ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).as("the notice makes the browser poll").isPositive();
        while (!recovered.getAsBoolean()) {
            assertThat(Duration.between(since, Instant.now())).as("still not recovered").isLessThan(RECOVERY_LIMIT);
            Thread.sleep(200);
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            roundTrip();
        }
        return Duration.between(since, Instant.now());
    }

    @SuppressWarnings("unchecked")
    private Grid<TransferRow> grid() {
        return find(Grid.class).id("transfers-grid");
    }

    private String countLabel() {
        return find(Span.class).id("transfer-count").getText();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_transfers_list_shows_the_outage_and_fills_itself_again_once_the_database_is_back() throws Exception {
        var view = navigate(TransferListView.class);
        roundTrip();
        var labelBefore = countLabel();
        assertThat(labelBefore).endsWith("transfers");
        assertThat(noticeShown()).isFalse();

        Instant reopened;
        try (var outage = DatabaseOutageSimulation.cut(database())) {
            test(find(Select.class).id("filter-status")).selectItem(TransferStatus.DELIVERED.label());
            roundTrip();
            assertThat(noticeShown()).as("the user sees the outage").isTrue();
            assertThat(find(Div.class).id("database-unavailable").getElement().getTextRecursively())
                .startsWith("Database unavailable, retrying…");
            assertThat(countLabel()).as("no count while the database is away").isEqualTo(labelBefore);
            reopened = outage.end();
        }
        var took = pollUntil(() -> !noticeShown(), reopened);
        System.out.printf("Outage recovery on the transfers list: notice gone %d ms after the database accepted "
                + "connections again%n", took.toMillis());
        roundTrip();
        var delivered = listing.count(view.filter());
        assertThat(view.filter().status()).isEqualTo(TransferStatus.DELIVERED);
        assertThat(delivered).as("the filter changes the count").isPositive().isNotEqualTo(count(labelBefore));
        assertThat(countLabel()).as("the count of the filter, loaded again").isEqualTo(
                delivered == 1 ? "1 transfer" : delivered + " transfers");
        assertThat(test(grid()).size()).isEqualTo(delivered);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_save_during_the_outage_is_not_acknowledged_keeps_the_input_and_succeeds_once_the_database_is_back()
            throws Exception {
        var item = MARKER + UUID.randomUUID() + " KN-23 missiles";
        var view = navigate(TransferEditView.class);
        var form = view.form();
        test(form.supplier).setFilter("Pyongyang");
        test(form.supplier).selectItem("North Korea (PRK)");
        test(form.recipient).setFilter("Moscow");
        test(form.recipient).selectItem("Russia (RUS)");
        form.kind.setValue(TransferKind.ARMS);
        test(form.item).setValue(item);
        form.status.setValue(TransferStatus.DELIVERED);

        Instant reopened;
        try (var outage = DatabaseOutageSimulation.cut(database())) {
            test(form.save).click();
            roundTrip();
            assertThat(getCurrentView()).as("still on the form").isSameAs(view);
            assertThat(find(Div.class).id("edit-not-saved").isVisible()).isTrue();
            assertThat(find(Div.class).id("edit-not-saved").getText()).startsWith(
                    "The database is unavailable, so this transfer was not saved.");
            assertThat(noticeShown()).isTrue();
            assertThat(form.item.getValue()).as("the user's input is kept").isEqualTo(item);
            assertThat(form.supplier.getValue().code()).isEqualTo("PRK");
            assertThat(notificationTexts()).as("nothing was acknowledged").noneMatch(text -> text.contains("saved"));
            reopened = outage.end();
        }
        assertThat(savedTransfersWithItem(item)).as("nothing saved during the outage").isZero();
        var took = pollUntil(() -> !noticeShown(), reopened);
        System.out.printf("Outage recovery on the transfer form: notice gone %d ms after the database accepted "
                + "connections again%n", took.toMillis());
        assertThat(form.item.getValue()).as("the input survives the recovery too").isEqualTo(item);

        test(form.save).click();
        assertThat(getCurrentView()).isInstanceOf(TransferDetailView.class);
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Draft transfer saved."));
        assertThat(savedTransfersWithItem(item)).as("saved once, when acknowledged").isEqualTo(1);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_page_that_cannot_load_says_so_and_opens_by_itself_once_the_database_is_back() throws Exception {
        navigate(TransferListView.class);
        Instant reopened;
        try (var outage = DatabaseOutageSimulation.cut(database())) {
            navigate("", DatabaseErrorView.class);
            roundTrip();
            assertThat(find(H1.class).withText("This page could not be loaded").all()).hasSize(1);
            assertThat(noticeShown()).isTrue();
            reopened = outage.end();
        }
        var took = pollUntil(() -> getCurrentView() instanceof DashboardView, reopened);
        System.out.printf("Outage recovery on a page that could not open: the dashboard opened %d ms after the "
                + "database accepted connections again%n", took.toMillis());
        assertThat(noticeShown()).isFalse();
    }

    private int savedTransfersWithItem(String item) {
        return dsl.fetchCount(dsl.selectFrom("transfer").where("item = ?", item));
    }

    private List<String> notificationTexts() {
        return find(Notification.class).all().stream().map(notification -> test(notification).getText()).toList();
    }

    private static int count(String label) {
        return Integer.parseInt(label.replaceAll("[^0-9]", ""));
    }

}
