package org.transferwatch.transfer.ui;

import java.time.ZoneOffset;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.transferwatch.base.DateFormats;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.QueuedTransfer;
import org.transferwatch.transfer.ReviewQueueService;

/**
 * The reviewers' queue: the drafts analysts submitted for review, oldest first, with who submitted them and when;
 * a row opens the transfer, where the reviewer publishes it or sends it back with a comment.
 */
@Route(ReviewQueueView.ROUTE)
@PageTitle("Review queue · TransferWatch")
@Menu(title = "Review queue", order = 2, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.REVIEWER_NAME)
public class ReviewQueueView extends VerticalLayout {

    static final String ROUTE = "review";

    final Grid<QueuedTransfer> grid = new Grid<>();

    public ReviewQueueView(ReviewQueueService queues) {
        setSizeFull();
        var title = new H1("Review queue");
        title.addClassName("view-title");
        var intro = new Paragraph("Drafts submitted for review, oldest first. Open one to publish it or send it "
                + "back to its analysts with a comment.");
        grid.setId("review-queue");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(item -> "#" + item.transferId()).setHeader("No.").setKey("number").setWidth("5.5rem")
            .setFlexGrow(0);
        grid.addColumn(QueuedTransfer::pairLabel).setHeader("Supplier → recipient").setKey("pair").setWidth("14rem")
            .setFlexGrow(0).setTooltipGenerator(QueuedTransfer::pairLabel);
        grid.addColumn(QueuedTransfer::item).setHeader("Item").setKey("item").setFlexGrow(1)
            .setTooltipGenerator(QueuedTransfer::item);
        grid.addColumn(QueuedTransfer::by).setHeader("Submitted by").setKey("by").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(item -> DateFormats.MOMENT.format(item.at().withOffsetSameInstant(ZoneOffset.UTC)))
            .setHeader("Submitted").setKey("at").setWidth("11rem").setFlexGrow(0);
        grid.setItems(query -> queues.waitingForReview(query.getOffset(), query.getLimit()).stream(),
                query -> queues.waitingCount());
        grid.setEmptyStateComponent(new Span("No drafts wait for review."));
        grid.addItemClickListener(event -> UI.getCurrent().navigate(TransferDetailView.class,
                new RouteParameters("id", Long.toString(event.getItem().transferId()))));
        add(title, intro, grid);
        setFlexGrow(1, grid);
    }

}
