package org.transferwatch.monitoring.ui;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.monitoring.InboxItem;
import org.transferwatch.monitoring.InboxService;
import org.transferwatch.monitoring.ListVisitService;
import org.transferwatch.security.Role;

/**
 * The user's notifications, grouped by the watch that matched them, the newest first: each a sentence about a
 * transfer, linked to it; unread ones marked, to be marked read one by one or all at once.
 */
@Route(InboxView.ROUTE)
@PageTitle("Inbox · TransferWatch")
@Menu(title = "Inbox", order = 8, icon = "vaadin:bell")
@RolesAllowed(Role.VIEWER_NAME)
public class InboxView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "inbox";

    private final InboxService inbox;

    private final ListVisitService visits;

    /** The previous visit of the inbox, kept in the UI: marking read re-renders the route but is the same visit. */
    private record PreviousVisit(@Nullable OffsetDateTime at) {
    }

    private @Nullable OffsetDateTime previousVisit;

    private final Div groups = new Div();

    private final Button markAllRead = new Button("Mark all read");

    public InboxView(InboxService inbox, ListVisitService visits) {
        this.inbox = inbox;
        this.visits = visits;
        var title = new H1("Inbox");
        title.addClassName("view-title");
        markAllRead.setId("inbox-mark-all-read");
        markAllRead.addClickListener(click -> {
            inbox.markAllRead();
            refresh();
        });
        groups.setId("inbox-groups");
        groups.setWidthFull();
        add(title, new HorizontalLayout(markAllRead, new RouterLink("Your watches", WatchingView.class)), groups);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var ui = event.getUI();
        var kept = ComponentUtil.getData(ui, PreviousVisit.class);
        if (kept == null || event.getTrigger() != NavigationTrigger.REFRESH_ROUTE) {
            kept = new PreviousVisit(visits.visit(ListVisitService.INBOX).orElse(null));
            ComponentUtil.setData(ui, PreviousVisit.class, kept);
        }
        previousVisit = kept.at();
        show();
    }

    private void show() {
        groups.removeAll();
        var byWatch = inbox.inbox();
        markAllRead.setEnabled(byWatch.values().stream().flatMap(List::stream).anyMatch(InboxItem::unread));
        if (byWatch.isEmpty()) {
            groups.add(new Paragraph("Nothing new. Watch a filtered list, a country pair, a transfer, a party, a "
                    + "provision or a designation with its Watch button, and what changes about it appears here."));
            return;
        }
        byWatch.forEach((watch, items) -> {
            var heading = new H2(watch);
            heading.addClassName("section-title");
            var group = new Div(heading);
            group.addClassName("inbox-group");
            items.forEach(item -> group.add(item(item)));
            groups.add(group);
        });
    }

    private Div item(InboxItem item) {
        var card = new Div();
        card.addClassName("inbox-item");
        card.setId("notification-" + item.id());
        var transfer = new Anchor("transfers/" + item.transferId(), item.transferLabel());
        var sentence = new Span(item.sentence());
        sentence.addClassName("inbox-sentence");
        var when = new Span(DateFormats.MOMENT.format(item.occurredAt().withOffsetSameInstant(ZoneOffset.UTC)));
        when.addClassName("inbox-when");
        var headline = new Div(sentence);
        if (previousVisit != null && item.occurredAt().isAfter(previousVisit)) {
            // A word, not a colour alone: what arrived since the previous visit of the inbox.
            var fresh = new Span(ListVisitService.NEW);
            fresh.addClassName("inbox-new");
            fresh.getElement().getThemeList().add("badge success small");
            headline.addComponentAsFirst(fresh);
            sentence.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        }
        card.add(headline, new Div(transfer, new Span(" · "), when));
        if (item.unread()) {
            card.addClassName("inbox-unread");
            var read = new Button("Mark read", click -> {
                inbox.markRead(item.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setId("mark-read-" + item.id());
            card.add(read);
        }
        return card;
    }

    /** Shows the inbox again and lets the layout's bell count what is still unread. */
    private void refresh() {
        show();
        UI.getCurrent().refreshCurrentRoute(false);
    }

}
