package org.transferwatch.transfer.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.DateFields;
import org.transferwatch.base.DbEnum;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.category.Category;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountrySearch;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.PeriodPrecision;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferStatus;

/**
 * Every editable field of a transfer. It touches no data: it is filled with {@link #setDraft}, checks
 * the draft's rules as the user saves, and fires {@link SaveEvent} or {@link CancelEvent}.
 * Ctrl+Enter saves, Escape cancels.
 */
public class TransferForm extends VerticalLayout {

    final CountryField supplier;

    final CountryField recipient;

    final Select<TransferKind> kind = select("Kind", TransferKind.values());

    final ComboBox<Category> category = new ComboBox<>("Category");

    final TextField item = new TextField("Item");

    final TextField designation = new TextField("Designation");

    final BigDecimalField quantityLow = new BigDecimalField("Quantity, at least");

    final BigDecimalField quantityHigh = new BigDecimalField("Quantity, at most");

    final TextField quantityUnit = new TextField("Unit");

    final Checkbox quantityEstimate = new Checkbox("Estimate");

    final BigDecimalField value = new BigDecimalField("Value (USD, estimate)");

    final Select<TransferStatus> status = select("Status", TransferStatus.values());

    private final PeriodFields period = new PeriodFields("Period precision", "Period start", "Period end");

    final Select<PeriodPrecision> precision = period.precision;

    final DatePicker periodStart = period.start;

    final DatePicker periodEnd = period.end;

    final DatePicker firstReported = DateFields.day("First reported");

    final TextArea routeNotes = new TextArea("Route / transit");

    final TextArea notes = new TextArea("Notes");

    final Select<Confidence> confidence = select("Your confidence", Confidence.values());

    final Button save = new Button("Save");

    final Button cancel = new Button("Cancel");

    private final ProblemBox problemBox = new ProblemBox("form-problems");

    public TransferForm(CountrySearch countrySearch, List<Category> categories) {
        addClassName("transfer-form");
        setPadding(false);
        supplier = new CountryField("Supplier", countrySearch);
        recipient = new CountryField("Recipient", countrySearch);
        supplier.setId("form-supplier");
        recipient.setId("form-recipient");
        kind.setId("form-kind");
        category.setId("form-category");
        item.setId("form-item");
        designation.setId("form-designation");
        quantityLow.setId("form-quantity-low");
        quantityHigh.setId("form-quantity-high");
        quantityUnit.setId("form-quantity-unit");
        quantityEstimate.setId("form-quantity-estimate");
        value.setId("form-value");
        status.setId("form-status");
        precision.setId("form-precision");
        periodStart.setId("form-period-start");
        periodEnd.setId("form-period-end");
        firstReported.setId("form-first-reported");
        routeNotes.setId("form-route-notes");
        notes.setId("form-notes");
        confidence.setId("form-confidence");
        save.setId("form-save");
        cancel.setId("form-cancel");

        // Found by code, a word of the name or a keyword: "drone" finds ML10, "shell" ML3, "oil" HS27.
        category.setItems((candidate, typed) -> candidate.matches(typed), categories);
        category.setItemLabelGenerator(Category::label);
        category.setClearButtonVisible(true);
        TextLimits.limit(item, TransferDraft.MAX_ITEM);
        item.setPlaceholder("e.g. artillery shells");
        TextLimits.limit(designation, TransferDraft.MAX_DESIGNATION);
        designation.setPlaceholder("e.g. KN-23");
        TextLimits.limit(quantityUnit, TransferDraft.MAX_UNIT);
        quantityUnit.setPlaceholder("rounds, units, tonnes");
        TextLimits.limit(routeNotes, TransferDraft.MAX_ROUTE_NOTES);
        TextLimits.limit(notes, TransferDraft.MAX_NOTES);
        supplier.setRequiredIndicatorVisible(true);
        recipient.setRequiredIndicatorVisible(true);
        item.setRequiredIndicatorVisible(true);
        kind.setRequiredIndicatorVisible(true);
        status.setRequiredIndicatorVisible(true);
        confidence.setRequiredIndicatorVisible(true);

        var layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        layout.add(supplier, recipient, kind, category);
        layout.add(item, 2);
        layout.add(designation, status);
        layout.add(quantityLow, quantityHigh, quantityUnit, quantityEstimate);
        layout.add(precision, periodStart, periodEnd, firstReported);
        layout.add(value, confidence);
        layout.add(routeNotes, 2);
        layout.add(notes, 4);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> trySave());
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
        cancel.addClickShortcut(Key.ESCAPE);
        var buttons = new HorizontalLayout(save, cancel);
        add(problemBox, layout, buttons);
    }

    public void setDraft(TransferDraft draft, @Nullable Country supplierCountry, @Nullable Country recipientCountry) {
        supplier.setValue(supplierCountry);
        recipient.setValue(recipientCountry);
        kind.setValue(draft.kind());
        category.setValue(draft.categoryCode() == null ? null
                : category.getListDataView().getItems().filter(c -> c.code().equals(draft.categoryCode())).findFirst()
                    .orElse(null));
        item.setValue(orEmpty(draft.item()));
        designation.setValue(orEmpty(draft.designation()));
        quantityLow.setValue(draft.quantity().low());
        quantityHigh.setValue(draft.quantity().high());
        quantityUnit.setValue(orEmpty(draft.quantity().unit()));
        quantityEstimate.setValue(draft.quantity().estimate());
        value.setValue(draft.valueUsdEstimate());
        status.setValue(draft.status());
        period.setValue(draft.period());
        firstReported.setValue(draft.firstReportedOn());
        routeNotes.setValue(orEmpty(draft.routeNotes()));
        notes.setValue(orEmpty(draft.notes()));
        confidence.setValue(draft.confidence());
        showProblems(List.of());
    }

    public TransferDraft getDraft() {
        return new TransferDraft(supplier.getValue() == null ? null : supplier.getValue().code(),
                recipient.getValue() == null ? null : recipient.getValue().code(), kind.getValue(),
                category.getValue() == null ? null : category.getValue().code(), item.getValue(),
                designation.getValue(),
                new Quantity(quantityLow.getValue(), quantityHigh.getValue(), quantityUnit.getValue(),
                        quantityEstimate.getValue()),
                value.getValue(), status.getValue(), period.getValue(), firstReported.getValue(), routeNotes.getValue(),
                notes.getValue(), confidence.getValue());
    }

    private void trySave() {
        var draft = getDraft();
        var found = draft.problems();
        showProblems(found);
        if (found.isEmpty()) {
            fireEvent(new SaveEvent(this, draft));
        }
    }

    /**
     * Shows the problems (from the form's own check or the service's) and marks each field a problem
     * belongs to, by the problem's key: the first problem of a field is its error message. Problems of
     * no field are listed only.
     */
    public void showProblems(List<Problem> found) {
        problemBox.show(found, TransferDraft.Field.values(), this::field);
    }

    /** The field that shows a problem of the key. */
    private HasValidation field(TransferDraft.Field key) {
        return switch (key) {
            case SUPPLIER -> supplier;
            case RECIPIENT -> recipient;
            case KIND -> kind;
            case CATEGORY -> category;
            case ITEM -> item;
            case DESIGNATION -> designation;
            case QUANTITY_LOW -> quantityLow;
            case QUANTITY_HIGH -> quantityHigh;
            case UNIT -> quantityUnit;
            case VALUE -> value;
            case STATUS -> status;
            case PERIOD -> periodEnd;
            case FIRST_REPORTED -> firstReported;
            case ROUTE_NOTES -> routeNotes;
            case NOTES -> notes;
            case CONFIDENCE -> confidence;
        };
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static <E extends Enum<E> & DbEnum> Select<E> select(String label, E[] values) {
        var select = new Select<E>();
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(DbEnum::label);
        return select;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user saves a draft that passed the form's checks. */
    public static class SaveEvent extends ComponentEvent<TransferForm> {

        private final TransferDraft draft;

        SaveEvent(TransferForm source, TransferDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public TransferDraft draft() {
            return draft;
        }

    }

    public static class CancelEvent extends ComponentEvent<TransferForm> {

        CancelEvent(TransferForm source) {
            super(source, false);
        }

    }


}
