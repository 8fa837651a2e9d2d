package org.transferwatch.party.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.ProblemMarks;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountrySearch;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyKind;

/**
 * A party's fields as analysts edit them: kind, name, other names, country, numbers and, for a vessel, its flag
 * history. It knows no database: the view gives it the state look-ups, and it fires {@link SaveEvent} with the
 * draft or {@link CancelEvent}; the view shows the service's problems with {@link #show}.
 */
class PartyForm extends VerticalLayout {

    final Select<PartyKind> kind = new Select<>();

    final TextField name = new TextField("Name");

    final TextArea aliases = new TextArea("Other names");

    final CountryField country;

    final TextArea notes = new TextArea("Notes");

    final IdentifierRows identifiers = new IdentifierRows();

    final FlagRows flags;

    final Button save = new Button("Save party");

    final Button cancel = new Button("Cancel");

    private final Function<String, @Nullable Country> countryByCode;

    PartyForm(CountrySearch countrySearch, Function<String, @Nullable Country> countryByCode) {
        this.countryByCode = countryByCode;
        setPadding(false);
        kind.setId("party-kind");
        kind.setLabel("Kind");
        kind.setItems(PartyKind.values());
        kind.setItemLabelGenerator(PartyKind::label);
        kind.setRequiredIndicatorVisible(true);
        name.setId("party-name");
        TextLimits.limit(name, PartyDraft.MAX_NAME);
        name.setHelperText("As reporting gives it, e.g. ANGARA or Chongchongang Shipping Company");
        name.setRequiredIndicatorVisible(true);
        aliases.setId("party-aliases");
        aliases.setHelperText("One per line: former names, transliterations, other spellings");
        country = new CountryField("Country", countrySearch);
        country.setId("party-country");
        notes.setId("party-notes");
        TextLimits.limit(notes, PartyDraft.MAX_NOTES);
        identifiers.setId("party-identifiers");
        flags = new FlagRows(countrySearch, countryByCode);
        flags.setId("party-flags-field");
        kind.addValueChangeListener(event -> showKind(event.getValue()));
        showKind(null);

        var fields = new FormLayout(kind, name, country, aliases, identifiers, flags, notes);
        fields.setColspan(aliases, 2);
        fields.setColspan(identifiers, 2);
        fields.setColspan(flags, 2);
        fields.setColspan(notes, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));

        save.setId("party-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> fireEvent(new SaveEvent(this, draft())));
        cancel.setId("party-cancel");
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
        add(fields, new HorizontalLayout(save, cancel));
    }

    /** A vessel's country is its flag, and only a vessel has a flag history. */
    private void showKind(@Nullable PartyKind value) {
        var vessel = value == PartyKind.VESSEL;
        country.setLabel(vessel ? "Current flag" : value == PartyKind.PERSON ? "Nationality" : "Country");
        flags.setVisible(vessel);
    }

    void setDraft(PartyDraft draft) {
        kind.setValue(draft.kind());
        name.setValue(draft.name() == null ? "" : draft.name());
        aliases.setValue(String.join("\n", draft.aliases()));
        country.setValue(draft.countryCode() == null ? null : countryByCode.apply(draft.countryCode()));
        notes.setValue(draft.notes() == null ? "" : draft.notes());
        identifiers.setValue(draft.identifiers());
        flags.setValue(draft.flags());
    }

    /** What the fields say now; a vessel's flags only for a vessel (hidden rows are not saved). */
    PartyDraft draft() {
        var otherNames = Arrays.stream(aliases.getValue().split("\\R")).map(String::strip).filter(n -> !n.isEmpty())
            .toList();
        return new PartyDraft(kind.getValue(), name.getValue(), otherNames,
                country.getValue() == null ? null : country.getValue().code(), notes.getValue(), identifiers.getValue(),
                kind.getValue() == PartyKind.VESSEL ? flags.getValue() : java.util.List.of());
    }

    /** Marks the fields the problems belong to; a problem that belongs to none is shown as a message. */
    void show(ValidationException e) {
        Map<Problem.Field, HasValidation> fields = Map.of(PartyDraft.Field.KIND, kind, PartyDraft.Field.NAME, name,
                PartyDraft.Field.ALIASES, aliases, PartyDraft.Field.COUNTRY, country, PartyDraft.Field.NOTES, notes,
                PartyDraft.Field.IDENTIFIERS, identifiers, PartyDraft.Field.FLAGS, flags);
        ProblemMarks.mark(fields, e);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The analyst asked to save the draft. */
    static final class SaveEvent extends ComponentEvent<PartyForm> {

        private final PartyDraft draft;

        SaveEvent(PartyForm source, PartyDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        PartyDraft draft() {
            return draft;
        }

    }

    /** The analyst left the form without saving. */
    static final class CancelEvent extends ComponentEvent<PartyForm> {

        CancelEvent(PartyForm source) {
            super(source, false);
        }

    }

}
