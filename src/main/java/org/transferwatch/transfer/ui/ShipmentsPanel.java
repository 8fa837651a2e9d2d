package org.transferwatch.transfer.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.place.Place;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.ShipmentDetails;
import org.transferwatch.transfer.ShipmentDraft;
import org.transferwatch.transfer.ShipmentService;

/**
 * A transfer's shipments (legs), earliest first: when, by which mode and carrier, from where to where, how much,
 * and the sources' claims about each; for those who may edit, adding, editing and removing legs and their claims.
 */
class ShipmentsPanel extends VerticalLayout {

    private final long transferId;

    private final boolean editable;

    private final ShipmentService shipments;

    private final Supplier<List<Place>> places;

    private final PartyPages.PartySearch partySearch;

    private final SourceService sources;

    private final Runnable changed;

    private final Div list = new Div();

    final Button add = new Button("Add shipment");

    /** The dialog open for adding or editing a leg, for tests. */
    @Nullable ShipmentForm openForm;

    ShipmentsPanel(long transferId, boolean editable, ShipmentService shipments, Supplier<List<Place>> places,
            PartyPages.PartySearch partySearch, SourceService sources, Runnable changed) {
        this.transferId = transferId;
        this.editable = editable;
        this.shipments = shipments;
        this.places = places;
        this.partySearch = partySearch;
        this.sources = sources;
        this.changed = changed;
        setId("shipments");
        setPadding(false);
        list.setId("shipments-list");
        list.setWidthFull();
        add(list);
        if (editable) {
            add.setId("shipments-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(event -> openForm("Add a shipment", null));
            add(add);
        }
        refresh();
    }

    void refresh() {
        list.removeAll();
        var legs = shipments.shipmentsOf(transferId);
        if (legs.isEmpty()) {
            list.add(new Paragraph("No shipment is recorded yet: add the legs that sources describe, port to port or"
                    + " through a crossing."));
        }
        legs.forEach(leg -> list.add(card(leg)));
    }

    private void refreshAndTell() {
        refresh();
        changed.run();
    }

    private Div card(ShipmentDetails leg) {
        var draft = leg.draft();
        var card = new Div();
        card.addClassName("shipment-card");
        var when = new Span(draft.period() == null ? "Date unknown" : draft.period().label());
        when.addClassName("shipment-period");
        var mode = new Span(draft.mode() == null ? "" : draft.mode().label() + (draft.shipToShip() ? " · ship to ship" : ""));
        mode.getElement().getThemeList().add("badge contrast");
        var route = new Span(leg.route());
        route.addClassName("shipment-route");
        var header = new HorizontalLayout(when, mode, route);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        card.add(header);
        var carried = new Div();
        carried.addClassName("shipment-parties");
        if (leg.carrier() != null) {
            carried.add(new Span("Carrier: "), PartyPages.link(leg.carrier().id(), leg.carrier().name()));
        }
        if (leg.receivingVessel() != null) {
            carried.add(new Span(" → receiving vessel: "),
                    PartyPages.link(leg.receivingVessel().id(), leg.receivingVessel().name()));
        }
        if (!draft.quantity().label().equals("—")) {
            carried.add(new Span((carried.getComponentCount() > 0 ? " · " : "") + "Quantity: " + draft.quantity().label()));
        }
        card.add(carried);
        if (draft.notes() != null) {
            card.add(new Paragraph(draft.notes()));
        }
        leg.claims().forEach(claim -> {
            var shown = ClaimCard.of(claim);
            if (editable) {
                shown.add(action("Remove claim", () -> shipments.removeShipmentClaim(claim.id()), "Claim removed."));
            }
            card.add(shown);
        });
        if (editable) {
            var actions = new HorizontalLayout(
                    new Button("Edit…", event -> openForm("Edit the shipment", leg)),
                    new Button("Add claim…", event -> new ClaimDialog("A source's claim about the shipment", sources,
                            claim -> {
                                shipments.addShipmentClaim(leg.id(), claim);
                                Messages.success("Claim added.");
                                refreshAndTell();
                            }).open()),
                    action("Remove shipment", () -> shipments.removeShipment(leg.id(), leg.version()), "Shipment removed."));
            actions.addClassName("shipment-actions");
            card.add(actions);
        }
        return card;
    }

    private Button action(String label, Runnable change, String done) {
        return PanelActions.button(label, change, done, this::refreshAndTell);
    }

    /** The form in a dialog: a new leg, or the stored one to edit; the service's refusal stays in the dialog. */
    private void openForm(String title, @Nullable ShipmentDetails stored) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setId("shipment-dialog");
        dialog.setWidth("56rem");
        var form = new ShipmentForm(places.get(), partySearch);
        if (stored != null) {
            form.setDraft(stored.draft(), stored.carrier(), stored.receivingVessel());
        }
        form.addSaveListener(event -> {
            try {
                save(stored, event.draft());
                dialog.close();
                openForm = null;
                Messages.success(stored == null ? "Shipment added." : "Shipment saved.");
                refreshAndTell();
            }
            catch (ValidationException e) {
                form.showProblems(e.problemsWithFields());
            }
            catch (ConcurrentEditException | AccessDeniedException | NotFoundException e) {
                form.showProblems(List.of(Problem.general(e.getMessage())));
            }
        });
        form.addCancelListener(event -> {
            dialog.close();
            openForm = null;
        });
        dialog.add(form);
        openForm = form;
        dialog.open();
    }

    private void save(@Nullable ShipmentDetails stored, ShipmentDraft draft) {
        if (stored == null) {
            shipments.addShipment(transferId, draft, List.of());
        }
        else {
            shipments.updateShipment(stored.id(), stored.version(), draft);
        }
    }

    /** For tests: how many legs the panel lists. */
    int count() {
        return (int) list.getChildren().filter(child -> child.hasClassName("shipment-card")).count();
    }

}
