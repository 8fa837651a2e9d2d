package org.transferwatch.transfer.ui;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.QueuedTransfer;
import org.transferwatch.transfer.ReviewQueueService;

/**
 * An analyst's own queue: their drafts returned to them with the reviewer's comment, those waiting for review, and
 * those still in progress.
 */
@Route(OwnQueueView.ROUTE)
@PageTitle("My drafts · TransferWatch")
@Menu(title = "My drafts", order = 3, icon = "vaadin:inbox")
@RolesAllowed(Role.ANALYST_NAME)
public class OwnQueueView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "my-drafts";

    private final ReviewQueueService queues;

    private final Div returned = section("own-returned");

    private final Div submitted = section("own-submitted");

    private final Div inProgress = section("own-in-progress");

    public OwnQueueView(ReviewQueueService queues) {
        this.queues = queues;
        var title = new H1("My drafts");
        title.addClassName("view-title");
        add(title, new H3("Returned to you"), returned, new H3("Waiting for review"), submitted,
                new H3("In progress"), inProgress);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var queue = queues.ownQueue();
        fill(returned, queue.returned(), "No draft was returned to you.", item -> "Returned to you: "
                + item.returnComment() + " (" + item.returnedBy() + ", " + moment(item.returnedAt()) + ")");
        fill(submitted, queue.submitted(), "None of your drafts waits for review.",
                item -> "Submitted by " + item.by() + ", " + moment(item.at()));
        fill(inProgress, queue.inProgress(), "No draft in progress.", item -> "Last changed " + moment(item.at()));
    }

    private static void fill(Div section, List<QueuedTransfer> items, String empty,
            Function<QueuedTransfer, String> detail) {
        section.removeAll();
        if (items.isEmpty()) {
            section.add(new Paragraph(empty));
            return;
        }
        for (var item : items) {
            var card = new Div();
            card.addClassName("queue-item");
            var link = new RouterLink(item.label(), TransferDetailView.class,
                    new RouteParameters("id", Long.toString(item.transferId())));
            var line = new Span(detail.apply(item));
            line.addClassName("queue-item-detail");
            card.add(link, new Div(line));
            section.add(card);
        }
        if (items.size() == ReviewQueueService.OWN_LIMIT) {
            section.add(new Paragraph("The newest " + ReviewQueueService.OWN_LIMIT + " are shown; the Transfers list "
                    + "has every draft (filter by review state)."));
        }
    }

    private static String moment(@Nullable OffsetDateTime at) {
        return at == null ? "" : DateFormats.MOMENT.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static Div section(String id) {
        var section = new Div();
        section.setId(id);
        section.addClassName("queue-section");
        return section;
    }

}
