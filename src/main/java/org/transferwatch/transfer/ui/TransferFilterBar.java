package org.transferwatch.transfer.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.DateFields;
import org.transferwatch.base.DbEnum;
import org.transferwatch.base.SearchText;
import org.transferwatch.category.Category;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountrySearch;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.place.Place;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.LinkedProvision;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferRoutes;
import org.transferwatch.transfer.TransferStatus;

/**
 * The transfers list's filter: a field for each criterion, and a removable chip for each of the dashboard's
 * criteria that have no field (recorded since, flagged) and for each criterion on the transfers' parties and
 * shipments (party, vessel, place, designated party), which are long to spot among the fields. It touches no data: it shows a filter with
 * {@link #setFilter} without firing, and fires one {@link FilterChangedEvent} with the whole filter whenever
 * the user changes a field, removes a chip or clears the filter.
 */
class TransferFilterBar extends VerticalLayout {

    private final Function<String, Optional<Country>> countryByCode;

    private final CountryField supplier;

    private final CountryField recipient;

    private final Checkbox either = new Checkbox("Either direction");

    private final Select<TransferKind> kind = enumSelect("Kind", TransferKind.values());

    private final ComboBox<Category> category = new ComboBox<>("Category");

    private final Select<TransferStatus> status = enumSelect("Status", TransferStatus.values());

    private final Select<Confidence> confidence = enumSelect("Confidence", Confidence.values());

    private final Select<ReviewState> review = enumSelect("Review", ReviewState.values());

    private final DatePicker from = DateFields.day("Period from");

    private final DatePicker to = DateFields.day("Period to");

    private final Select<String> issuer = new Select<>();

    private final TextField text = new TextField("Search");

    private final TextField party = new TextField("Party");

    private final TextField vessel = new TextField("Vessel");

    private final ComboBox<Place> place = new ComboBox<>("Place");

    private final Checkbox designated = new Checkbox("Designated party involved");

    private final HorizontalLayout chips = new HorizontalLayout();

    private @Nullable LocalDate addedSince;

    private boolean flagged;

    private @Nullable LinkedProvision provision;

    private LongFunction<String> provisionCitation = id -> "provision " + id;

    /** Set while {@link #setFilter} fills the fields, whose value changes are then not the user's. */
    private boolean settingFilter;

    /**
     * @param countryByCode the state of a code in a filter, looked up when the filter is shown
     * @param places the gazetteer, for the place filter
     * @param withReview whether the review state filter shows (to analysts, who see drafts)
     */
    TransferFilterBar(CountrySearch countrySearch, Function<String, Optional<Country>> countryByCode,
            List<Category> categories, List<String> issuerCodes, List<Place> places, boolean withReview) {
        this.countryByCode = countryByCode;
        setPadding(false);
        setWidthFull();
        supplier = new CountryField("Supplier", countrySearch);
        supplier.setId("filter-supplier");
        recipient = new CountryField("Recipient", countrySearch);
        recipient.setId("filter-recipient");
        either.setId("filter-either");
        kind.setId("filter-kind");
        category.setId("filter-category");
        // Found by code, a word of the name or a keyword: "drone" finds ML10, "shell" ML3, "oil" HS27.
        category.setItems((candidate, typed) -> candidate.matches(typed), categories);
        category.setItemLabelGenerator(Category::label);
        category.setClearButtonVisible(true);
        category.setPlaceholder("Any");
        status.setId("filter-status");
        confidence.setId("filter-confidence");
        review.setId("filter-review");
        review.setVisible(withReview);
        from.setId("filter-from");
        to.setId("filter-to");
        issuer.setId("filter-issuer");
        issuer.setLabel("Sanctions issuer");
        issuer.setItems(issuerCodes);
        issuer.setEmptySelectionAllowed(true);
        issuer.setEmptySelectionCaption("Any");
        text.setId("filter-text");
        text.setPlaceholder("Item, notes, quotes");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(SearchText.MAX_LENGTH);
        party.setId("filter-party");
        party.setPlaceholder("Name, alias or number");
        vessel.setId("filter-vessel");
        vessel.setPlaceholder("Name or IMO number");
        for (var partyText : List.of(party, vessel)) {
            partyText.setClearButtonVisible(true);
            partyText.setValueChangeMode(ValueChangeMode.LAZY);
            partyText.setMaxLength(SearchText.MAX_LENGTH);
        }
        place.setId("filter-place");
        place.setItems(places);
        place.setItemLabelGenerator(TransferRoutes::placeLabel);
        place.setClearButtonVisible(true);
        place.setPlaceholder("Any");
        designated.setId("filter-designated");
        designated.setTooltipText("A party of the transfer, or a shipment's vessel, is confirmed to be a listed designation");

        List<AbstractField<?, ?>> fields = List.of(supplier, recipient, either, kind, category, status, confidence,
                review, from, to, issuer, text, party, vessel, place, designated);
        fields.forEach(field -> field.addValueChangeListener(event -> {
            if (!settingFilter) {
                changed();
            }
        }));

        var clear = new Button("Clear filter", event -> clear());
        clear.setId("clear-filter");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var filters = new FlexLayout(supplier, recipient, either, kind, category, status, confidence, review, from, to,
                issuer, text, party, vessel, place, designated, clear);
        filters.addClassName("transfer-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        chips.setId("filter-extra");
        chips.setVisible(false);
        add(filters, chips);
    }

    /**
     * Shows the filter without firing, and returns the filter the fields now hold, which is the one to apply:
     * a state or category code that names none is left out. Each state code is looked up once. The filter's
     * period is in order, as {@code TransferFilterParameters.parse} and {@link TransferFilter#NONE} give it.
     */
    TransferFilter setFilter(TransferFilter filter) {
        addedSince = filter.addedSince();
        flagged = filter.flagged();
        provision = filter.provision();
        settingFilter = true;
        try {
            supplier.setValue(country(filter.supplierCode()));
            recipient.setValue(country(filter.recipientCode()));
            either.setValue(filter.eitherDirection());
            kind.setValue(filter.kind());
            category.setValue(category(filter.categoryCode()));
            status.setValue(filter.status());
            confidence.setValue(filter.confidence());
            review.setValue(filter.reviewState());
            from.setValue(filter.periodFrom());
            to.setValue(filter.periodTo());
            issuer.setValue(filter.issuerCode());
            text.setValue(filter.text() == null ? "" : filter.text());
            party.setValue(filter.party() == null ? "" : filter.party());
            vessel.setValue(filter.vessel() == null ? "" : filter.vessel());
            place.setValue(place(filter.placeId()));
            designated.setValue(filter.designatedParty());
        }
        finally {
            settingFilter = false;
        }
        to.setInvalid(false);
        renderChips();
        return fieldsFilter();
    }

    /** Empties every field and chip, and fires the empty filter. */
    void clear() {
        fireEvent(new FilterChangedEvent(this, setFilter(TransferFilter.NONE)));
    }

    Registration addFilterChangedListener(ComponentEventListener<FilterChangedEvent> listener) {
        return addListener(FilterChangedEvent.class, listener);
    }

    /** Fires the fields' filter, unless its period ends before it starts: the end field says so instead. */
    private void changed() {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("The period must end on or after its start.");
            return;
        }
        to.setInvalid(false);
        renderChips();
        fireEvent(new FilterChangedEvent(this, fieldsFilter()));
    }

    private TransferFilter fieldsFilter() {
        return new TransferFilter(code(supplier.getValue()), code(recipient.getValue()), either.getValue(),
                kind.getValue(), category.getValue() == null ? null : category.getValue().code(), status.getValue(),
                confidence.getValue(), review.getValue(), from.getValue(), to.getValue(), issuer.getValue(),
                stripped(text), addedSince, flagged, provision, stripped(party), stripped(vessel),
                place.getValue() == null ? null : place.getValue().id(), designated.getValue());
    }

    private static @Nullable String stripped(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue().strip();
    }


    /** How a provision in the filter is named on its chip: by its citation, which the view looks up. */
    void setProvisionCitation(LongFunction<String> citation) {
        this.provisionCitation = citation;
    }

    private @Nullable Country country(@Nullable String code) {
        return code == null ? null : countryByCode.apply(code).orElse(null);
    }

    private @Nullable Category category(@Nullable String code) {
        return code == null ? null
                : category.getListDataView().getItems().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    private @Nullable Place place(@Nullable Long id) {
        return id == null ? null
                : place.getListDataView().getItems().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    private static @Nullable String code(@Nullable Country country) {
        return country == null ? null : country.code();
    }

    private void renderChips() {
        chips.removeAll();
        if (addedSince != null) {
            chips.add(chip("Recorded since " + addedSince, "chip-added", () -> addedSince = null));
        }
        if (flagged) {
            chips.add(chip("With confirmed sanctions links", "chip-flagged", () -> flagged = false));
        }
        if (provision != null) {
            chips.add(chip(provisionCitation.apply(provision.provisionId()) + ": " + provision.linked().label(),
                    "chip-provision", () -> provision = null));
        }
        if (!party.isEmpty()) {
            chips.add(chip("Party: " + party.getValue().strip(), "chip-party", () -> quietly(party::clear)));
        }
        if (!vessel.isEmpty()) {
            chips.add(chip("Vessel: " + vessel.getValue().strip(), "chip-vessel", () -> quietly(vessel::clear)));
        }
        if (place.getValue() != null) {
            chips.add(chip("Place: " + place.getValue().name(), "chip-place", () -> quietly(place::clear)));
        }
        if (designated.getValue()) {
            chips.add(chip("Designated party involved", "chip-designated", () -> quietly(() -> designated.setValue(false))));
        }
        chips.setVisible(chips.getComponentCount() > 0);
    }

    /** Changes a field without its own event: the chip that removes it fires the one change. */
    private void quietly(Runnable change) {
        settingFilter = true;
        try {
            change.run();
        }
        finally {
            settingFilter = false;
        }
    }

    private Button chip(String label, String id, Runnable remove) {
        var chip = new Button(label + " ✕", event -> {
            remove.run();
            changed();
        });
        chip.setId(id);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        chip.setTooltipText("Remove this criterion");
        return chip;
    }

    private static <E extends Enum<E> & DbEnum> Select<E> enumSelect(String label, E[] values) {
        var select = new Select<E>();
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "Any" : value.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Any");
        return select;
    }

    /** The user changed the filter: the event carries all of it. */
    static class FilterChangedEvent extends ComponentEvent<TransferFilterBar> {

        private final TransferFilter filter;

        FilterChangedEvent(TransferFilterBar bar, TransferFilter filter) {
            super(bar, true);
            this.filter = filter;
        }

        TransferFilter filter() {
            return filter;
        }

    }

}
