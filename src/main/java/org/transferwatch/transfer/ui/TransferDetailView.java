package org.transferwatch.transfer.ui;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.audit.ui.HistoryList;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.FieldRows;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.party.PartyService;
import org.transferwatch.party.PartySummary;
import org.transferwatch.place.PlaceService;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.ConfidenceRule;
import org.transferwatch.transfer.DesignatedParty;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.ShipmentService;
import org.transferwatch.transfer.TransferDetails;
import org.transferwatch.transfer.TransferCommentService;
import org.transferwatch.transfer.TransferHistoryService;
import org.transferwatch.transfer.TransferPartyService;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferSanctionsService;
import org.transferwatch.transfer.TransferService;

/**
 * One transfer: its fields, its evidence, its parties and shipments, its sanctions links, its comments (analysts and
 * reviewers) and its history, with the review actions; a banner when a party of it is a confirmed designation.
 */
@Route("transfers/:id(\\d+)")
@RolesAllowed(Role.VIEWER_NAME)
public class TransferDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TransferService transfers;

    private final TransferHistoryService transferHistory;

    private final TransferReviewService reviews;

    private final TransferSanctionsService transferSanctions;

    private final EvidenceService evidenceService;

    private final SourceService sources;

    private final SanctionsService sanctions;

    private final CurrentUser currentUser;

    private final TransferPartyService transferParties;

    private final ShipmentService shipments;

    private final PartyService partyRecords;

    private final PlaceService places;

    private final TransferCommentService comments;

    private final ReviewActions reviewActions;

    private final Div header = new Div();

    /** Holds the sanctions panel, rebuilt when the parties change what it suggests. */
    private final Div sanctionsHolder = new Div();

    private final TabSheet tabs = new TabSheet();

    private final Anchor pairLink = new Anchor();

    private long transferId;

    private @Nullable TransferDetails details;

    private @Nullable Tab evidenceTab;

    public TransferDetailView(TransferService transfers, TransferHistoryService transferHistory,
            TransferReviewService reviews, TransferSanctionsService transferSanctions, EvidenceService evidenceService,
            SourceService sources, SanctionsService sanctions, CurrentUser currentUser,
            TransferPartyService transferParties, ShipmentService shipments, PartyService partyRecords,
            PlaceService places, TransferCommentService comments) {
        this.transfers = transfers;
        this.transferHistory = transferHistory;
        this.reviews = reviews;
        this.transferSanctions = transferSanctions;
        this.evidenceService = evidenceService;
        this.sources = sources;
        this.sanctions = sanctions;
        this.currentUser = currentUser;
        this.transferParties = transferParties;
        this.shipments = shipments;
        this.partyRecords = partyRecords;
        this.places = places;
        this.comments = comments;
        this.reviewActions = new ReviewActions(reviews, currentUser, this::render);
        sanctionsHolder.setWidthFull();
        addClassName("transfer-detail-view");
        header.setWidthFull();
        tabs.setId("transfer-tabs");
        tabs.setWidthFull();
        add(new HorizontalLayout(new RouterLink("← Transfers", TransferListView.class), pairLink), header, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        try {
            transferId = id.orElseThrow(() -> new NotFoundException("No such transfer."));
            render();
        }
        catch (NotFoundException e) {
            Messages.error(e.getMessage());
            event.forwardTo(TransferListView.class);
        }
    }

    private void render() {
        details = transfers.details(transferId);
        renderHeader(details);
        var selected = tabs.getSelectedIndex();
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        var editable = mayEdit(details);
        tabs.add("Details", detailsTab(details));
        evidenceTab = tabs.add(evidenceLabel(details),
                new EvidencePanel(transferId, editable, evidenceService, sources, this::renderHeaderAgain));
        tabs.add("Parties", new PartiesPanel(transferId, editable, transferParties, this::searchParties, sources,
                this::partsChanged));
        tabs.add("Shipments", new ShipmentsPanel(transferId, editable, shipments, places::all, this::searchParties,
                sources, this::partsChanged));
        renderSanctions(editable);
        tabs.add("Sanctions", sanctionsHolder);
        if (currentUser.has(Role.ANALYST)) {
            tabs.add("Comments", new CommentThread(transferId, comments));
        }
        tabs.add("History", historyTab());
        if (selected >= 0 && selected < tabs.getTabCount()) {
            tabs.setSelectedIndex(selected);
        }
    }

    /** After a change in a panel: the header and the evidence count on its tab, leaving the panels as they are. */
    private void renderHeaderAgain() {
        details = transfers.details(transferId);
        renderHeader(details);
        if (evidenceTab != null) {
            evidenceTab.setLabel(evidenceLabel(details));
        }
    }

    /** After a change to the parties or shipments: the banner, and the suggestions a designated party brings. */
    private void partsChanged() {
        renderHeaderAgain();
        renderSanctions(details != null && mayEdit(details));
    }

    private void renderSanctions(boolean editable) {
        sanctionsHolder.removeAll();
        sanctionsHolder.add(new SanctionsPanel(transferId, editable, transferSanctions, sanctions, this::renderHeaderAgain));
    }

    private List<PartySummary> searchParties(String text, int offset, int limit) {
        return partyRecords.search(text, offset, limit).stream()
            .map(row -> new PartySummary(row.id(), row.kind(), row.name(), row.countryCode(), row.designated()))
            .toList();
    }

    private static String evidenceLabel(TransferDetails transfer) {
        return "Evidence (" + transfer.evidence().sources() + ")";
    }

    private boolean mayEdit(TransferDetails transfer) {
        return currentUser.has(Role.REVIEWER)
                || currentUser.has(Role.ANALYST) && transfer.transfer().reviewState() == ReviewState.DRAFT;
    }

    private void renderHeader(TransferDetails transfer) {
        header.removeAll();
        pairLink.setText("Country pair: " + transfer.supplierName() + " ⇄ " + transfer.recipientName());
        pairLink.setHref("pairs/" + transfer.transfer().supplierCode() + "/" + transfer.transfer().recipientCode());
        pairLink.setId("transfer-pair-link");
        pairLink.getElement().setAttribute("router-link", true);
        var fields = transfer.transfer().fields();
        var title = new H1(transfer.pairLabel() + " · " + fields.item());
        title.setId("transfer-title");
        title.addClassName("view-title");
        var reviewState = badge(transfer.transfer().reviewState().label(), switch (transfer.transfer().reviewState()) {
            case DRAFT -> "badge";
            case PUBLISHED -> "badge success";
            case RETRACTED -> "badge error";
        });
        reviewState.setId("transfer-review-state");
        var status = badge(fields.status() == null ? "" : fields.status().label(), "badge contrast");

        var confidence = new Span("Confidence: " + (fields.confidence() == null ? "—" : fields.confidence().label()));
        confidence.setId("transfer-confidence");
        confidence.addClassName("transfer-confidence");
        var evidence = new Span("Evidence: " + transfer.evidence().label());
        evidence.setId("transfer-evidence");
        var proposal = transfer.proposedConfidence();
        var rule = new Span("Rule proposes " + proposal.level().label().toLowerCase(Locale.ROOT) + " (" + proposal.reason()
                + ")");
        rule.setId("transfer-confidence-rule");
        rule.addClassName("transfer-rule");
        rule.setTitle(ConfidenceRule.DESCRIPTION);
        var judgement = new HorizontalLayout(confidence, evidence, rule);
        judgement.addClassName("transfer-judgement");
        judgement.setWrap(true);

        var actions = new HorizontalLayout();
        if (mayEdit(transfer)) {
            var edit = new Button("Edit", event -> UI.getCurrent().navigate(TransferEditView.class,
                    new RouteParameters("id", Long.toString(transferId))));
            edit.setId("transfer-edit");
            actions.add(edit);
        }
        var review = reviewActions.status(transfer);
        reviewActions.buttons(transfer, review).forEach(actions::add);
        if (currentUser.has(Role.REVIEWER) && transfer.transfer().reviewState() == ReviewState.PUBLISHED) {
            var retract = new Button("Retract…", event -> askRetractReason());
            retract.setId("transfer-retract");
            retract.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(retract);
        }
        var top = new HorizontalLayout(title, reviewState, status);
        top.setAlignItems(Alignment.BASELINE);
        top.setWrap(true);
        var row = new HorizontalLayout(top, actions);
        row.setWidthFull();
        row.setJustifyContentMode(JustifyContentMode.BETWEEN);
        row.setAlignItems(Alignment.BASELINE);
        header.add(row, judgement);
        reviewActions.banner(review).ifPresent(header::add);
        var designated = transferParties.designatedParties(transferId);
        if (!designated.isEmpty()) {
            header.add(designatedBanner(designated));
        }
        if (transfer.transfer().reviewState() == ReviewState.RETRACTED && transfer.transfer().reviewNote() != null) {
            var reason = new Paragraph("Retracted: " + transfer.transfer().reviewNote());
            reason.setId("transfer-retraction");
            reason.addClassName("form-problems");
            header.add(reason);
        }
    }

    /** "Designated party involved: Korea Achim Shipping Co (a shipper of this transfer; KPe.058, DPRK)." */
    private static Div designatedBanner(List<DesignatedParty> designated) {
        var banner = new Div();
        banner.setId("transfer-designated-banner");
        banner.addClassName("form-problems");
        banner.getElement().setAttribute("role", "status");
        banner.add(new Span("Designated party involved: "));
        for (int i = 0; i < designated.size(); i++) {
            var party = designated.get(i);
            if (i > 0) {
                banner.add(new Span("; "));
            }
            var listings = party.listings().stream()
                .map(listing -> listing.reference() + (listing.regimeCode() == null ? "" : ", " + listing.regimeCode()))
                .collect(Collectors.joining("; "));
            banner.add(PartyPages.link(party.partyId(), party.name()),
                    new Span(" (" + party.involvement() + (listings.isEmpty() ? "" : "; " + listings) + ")"));
        }
        banner.add(new Span(". See the Sanctions tab for the provisions of the designating regime."));
        return banner;
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }

    private Component detailsTab(TransferDetails transfer) {
        var fields = transfer.transfer().fields();
        var list = new Div();
        list.setId("transfer-fields");
        list.addClassName("field-list");
        FieldRows.add(list, "Supplier", transfer.supplierName() + " (" + fields.supplierCode() + ")");
        FieldRows.add(list, "Recipient", transfer.recipientName() + " (" + fields.recipientCode() + ")");
        FieldRows.add(list, "Kind", fields.kind() == null ? null : fields.kind().label());
        FieldRows.add(list, "Category", transfer.categoryLabel());
        FieldRows.add(list, "Item", fields.item());
        FieldRows.add(list, "Designation", fields.designation());
        FieldRows.add(list, "Quantity", fields.quantity().label());
        FieldRows.add(list, "Value (USD, estimate)", fields.valueUsdEstimate() == null ? null
                : String.format(Locale.ENGLISH, "%,.0f", fields.valueUsdEstimate()));
        FieldRows.add(list, "Status", fields.status() == null ? null : fields.status().label());
        FieldRows.add(list, "Period", fields.period() == null ? null
                : fields.period().label() + " (" + fields.period().precision().label().toLowerCase(Locale.ROOT) + ")");
        FieldRows.add(list, "First reported", fields.firstReportedOn() == null ? null : fields.firstReportedOn().toString());
        FieldRows.add(list, "Route / transit", fields.routeNotes());
        FieldRows.add(list, "Notes", fields.notes());
        FieldRows.add(list, "Created", transfer.createdByName() + ", "
                + DateFormats.MOMENT.format(transfer.transfer().createdAt().withOffsetSameInstant(ZoneOffset.UTC)));
        FieldRows.add(list, "Last changed", transfer.updatedByName() + ", "
                + DateFormats.MOMENT.format(transfer.transfer().updatedAt().withOffsetSameInstant(ZoneOffset.UTC)));
        return list;
    }

    private Component historyTab() {
        var history = new HistoryList();
        history.setEntries(transferHistory.history(transferId));
        return history;
    }

    private void askRetractReason() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Retract this transfer");
        var reason = new TextArea("Reason (shown with the transfer)");
        reason.setId("retract-reason");
        reason.setWidth("28rem");
        TextLimits.limit(reason, TransferReviewService.MAX_REVIEW_NOTE);
        dialog.add(reason);
        var retract = new Button("Retract", event -> {
            try {
                reviews.retract(transferId, currentVersion(), reason.getValue());
                dialog.close();
                Messages.success("Retracted: viewers no longer see this transfer.");
                render();
            }
            catch (ValidationException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(String.join(" ", e.problems()));
            }
            catch (ConcurrentEditException | AccessDeniedException e) {
                Messages.error(e.getMessage());
            }
        });
        retract.setId("retract-confirm");
        retract.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), retract);
        dialog.open();
        reason.focus();
    }

    private int currentVersion() {
        return details == null ? 0 : details.transfer().version();
    }

    /** For tests: the tab sheet with Details, Evidence, Parties, Shipments, Sanctions and History. */
    TabSheet tabs() {
        return tabs;
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "Transfer" : details.pairLabel() + " · " + details.transfer().fields().item())
                + " · TransferWatch";
    }

}
