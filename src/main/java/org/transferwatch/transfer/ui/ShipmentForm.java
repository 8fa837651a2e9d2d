package org.transferwatch.transfer.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DbEnum;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.party.PartySummary;
import org.transferwatch.place.Place;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ShipmentDraft;
import org.transferwatch.transfer.ShipmentMode;

/**
 * Every field of one leg of a transfer. It touches no data: it gets the gazetteer's places and a way to search the
 * parties, is filled with {@link #setDraft}, checks the leg's own rules as the user saves, and fires
 * {@link SaveEvent} or {@link CancelEvent}; the panel shows the service's refusals with {@link #showProblems}.
 */
class ShipmentForm extends VerticalLayout {

    final Select<ShipmentMode> mode = new Select<>();

    final Checkbox shipToShip = new Checkbox("Ship to ship (between two vessels at sea)");

    private final PeriodFields period = new PeriodFields("Date precision", "From", "Until");

    final ComboBox<PartySummary> carrier;

    final ComboBox<PartySummary> receivingVessel;

    final ComboBox<Place> loading = placeBox("Place of loading");

    final ComboBox<Place> crossing = placeBox("Crossing");

    final ComboBox<Place> discharge = placeBox("Place of discharge");

    final BigDecimalField latitude = new BigDecimalField("Latitude (° N, negative south)");

    final BigDecimalField longitude = new BigDecimalField("Longitude (° E, negative west)");

    final BigDecimalField quantityLow = new BigDecimalField("Quantity, at least");

    final BigDecimalField quantityHigh = new BigDecimalField("Quantity, at most");

    final TextField quantityUnit = new TextField("Unit");

    final Checkbox quantityEstimate = new Checkbox("Estimate");

    final TextArea notes = new TextArea("Notes");

    final Button save = new Button("Save shipment");

    final Button cancel = new Button("Cancel");

    private final ProblemBox problemBox = new ProblemBox("shipment-problems");

    ShipmentForm(List<Place> places, PartyPages.PartySearch parties) {
        addClassName("shipment-form");
        setPadding(false);
        carrier = PartyPages.picker("Carrier (vessel, train operator, airline, haulier)", parties);
        receivingVessel = PartyPages.picker("Receiving vessel", parties);
        mode.setId("shipment-mode");
        mode.setLabel("Mode");
        mode.setItems(ShipmentMode.values());
        mode.setItemLabelGenerator(DbEnum::label);
        mode.setRequiredIndicatorVisible(true);
        shipToShip.setId("shipment-ship-to-ship");
        period.precision.setId("shipment-precision");
        period.start.setId("shipment-start");
        period.end.setId("shipment-end");
        carrier.setId("shipment-carrier");
        receivingVessel.setId("shipment-receiving-vessel");
        for (var place : List.of(loading, crossing, discharge)) {
            place.setItems(places);
        }
        loading.setId("shipment-loading");
        crossing.setId("shipment-crossing");
        discharge.setId("shipment-discharge");
        latitude.setId("shipment-latitude");
        longitude.setId("shipment-longitude");
        quantityLow.setId("shipment-quantity-low");
        quantityHigh.setId("shipment-quantity-high");
        quantityUnit.setId("shipment-quantity-unit");
        TextLimits.limit(quantityUnit, Quantity.MAX_UNIT);
        quantityUnit.setPlaceholder("rounds, containers, tonnes");
        quantityEstimate.setId("shipment-quantity-estimate");
        notes.setId("shipment-notes");
        TextLimits.limit(notes, ShipmentDraft.MAX_NOTES);
        save.setId("shipment-save");
        cancel.setId("shipment-cancel");
        receivingVessel.setVisible(false);
        shipToShip.addValueChangeListener(event -> {
            receivingVessel.setVisible(event.getValue());
            if (event.getValue()) {
                mode.setValue(ShipmentMode.SEA);
            }
        });

        var layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        layout.add(mode, shipToShip);
        layout.add(period.precision, period.start, period.end);
        layout.add(carrier, 3);
        layout.add(receivingVessel, 3);
        layout.add(loading, crossing, discharge);
        layout.add(latitude, longitude);
        layout.add(quantityLow, quantityHigh, quantityUnit, quantityEstimate);
        layout.add(notes, 3);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> trySave());
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
        add(problemBox, layout, new HorizontalLayout(save, cancel));
    }

    private static ComboBox<Place> placeBox(String label) {
        var box = new ComboBox<Place>(label);
        box.setItemLabelGenerator(place -> place.name() + " (" + place.kind().label()
                + (place.countryCode() == null ? "" : ", " + place.countryCode()) + ")");
        box.setClearButtonVisible(true);
        return box;
    }

    /** Fills the form with a stored leg, its parties and places picked as they are. */
    void setDraft(ShipmentDraft draft, @Nullable PartySummary carrierParty, @Nullable PartySummary receiving) {
        mode.setValue(draft.mode());
        shipToShip.setValue(draft.shipToShip());
        period.setValue(draft.period());
        carrier.setValue(carrierParty);
        receivingVessel.setValue(receiving);
        loading.setValue(place(loading, draft.loadingPlaceId()));
        crossing.setValue(place(crossing, draft.crossingPlaceId()));
        discharge.setValue(place(discharge, draft.dischargePlaceId()));
        latitude.setValue(draft.latitude());
        longitude.setValue(draft.longitude());
        quantityLow.setValue(draft.quantity().low());
        quantityHigh.setValue(draft.quantity().high());
        quantityUnit.setValue(draft.quantity().unit() == null ? "" : draft.quantity().unit());
        quantityEstimate.setValue(draft.quantity().estimate());
        notes.setValue(draft.notes() == null ? "" : draft.notes());
        showProblems(List.of());
    }

    private static @Nullable Place place(ComboBox<Place> box, @Nullable Long id) {
        return id == null ? null
                : box.getListDataView().getItems().filter(place -> place.id() == id).findFirst().orElse(null);
    }

    ShipmentDraft getDraft() {
        var sts = shipToShip.getValue();
        return new ShipmentDraft(mode.getValue(), sts, period.getValue(), id(carrier.getValue()),
                sts ? id(receivingVessel.getValue()) : null, placeId(loading), placeId(discharge), placeId(crossing),
                latitude.getValue(), longitude.getValue(),
                new Quantity(quantityLow.getValue(), quantityHigh.getValue(), quantityUnit.getValue(),
                        quantityEstimate.getValue()),
                notes.getValue());
    }

    private static @Nullable Long id(@Nullable PartySummary party) {
        return party == null ? null : party.id();
    }

    private static @Nullable Long placeId(ComboBox<Place> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }

    private void trySave() {
        var draft = getDraft();
        var found = draft.problems();
        showProblems(found);
        if (found.isEmpty()) {
            fireEvent(new SaveEvent(this, draft));
        }
    }

    /** Lists the problems (the form's own or the service's) and marks each field from its problem's key. */
    void showProblems(List<Problem> found) {
        problemBox.show(found, ShipmentDraft.Field.values(), this::field);
    }

    /** For tests: the sentences listed above the form. */
    List<String> problems() {
        return problemBox.messages();
    }

    private @Nullable HasValidation field(ShipmentDraft.Field key) {
        return switch (key) {
            case MODE -> mode;
            case SHIP_TO_SHIP -> null;
            case PERIOD -> period.end;
            case CARRIER -> carrier;
            case RECEIVING_VESSEL -> receivingVessel;
            case LOADING -> loading;
            case DISCHARGE -> discharge;
            case CROSSING -> crossing;
            case LATITUDE -> latitude;
            case LONGITUDE -> longitude;
            case QUANTITY_LOW -> quantityLow;
            case QUANTITY_HIGH -> quantityHigh;
            case UNIT -> quantityUnit;
            case NOTES -> notes;
        };
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user saves a leg that passed the form's own checks. */
    static class SaveEvent extends ComponentEvent<ShipmentForm> {

        private final ShipmentDraft draft;

        SaveEvent(ShipmentForm source, ShipmentDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ShipmentDraft draft() {
            return draft;
        }

    }

    static class CancelEvent extends ComponentEvent<ShipmentForm> {

        CancelEvent(ShipmentForm source) {
            super(source, false);
        }

    }

}
