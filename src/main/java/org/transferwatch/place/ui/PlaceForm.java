package org.transferwatch.place.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountrySearch;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.place.PlaceDraft;
import org.transferwatch.place.PlaceKind;

/**
 * The fields of a place: name, kind, country, other names, coordinates and where they come from. It fires
 * {@link SaveEvent} with the draft and {@link CancelEvent}, and knows no database.
 */
class PlaceForm extends FormLayout {

    final TextField name = new TextField("Name");

    final Select<PlaceKind> kind = new Select<>();

    final CountryField country;

    final TextArea aliases = new TextArea("Other names");

    final BigDecimalField latitude = new BigDecimalField("Latitude (° north)");

    final BigDecimalField longitude = new BigDecimalField("Longitude (° east)");

    final TextArea source = new TextArea("Where the coordinates come from");

    final TextField licence = new TextField("Licence of the coordinates");

    final Button save = new Button("Save");

    final Button cancel = new Button("Cancel");

    private final UnorderedList problems = new UnorderedList();

    private final Div problemBox = new Div();

    PlaceForm(CountrySearch countries) {
        country = new CountryField("Country", countries);
        name.setId("place-name");
        name.setMaxLength(PlaceDraft.NAME_LENGTH);
        name.setHelperText("As reporting most often writes it, e.g. Rajin");
        kind.setId("place-kind");
        kind.setLabel("Kind");
        kind.setItems(PlaceKind.values());
        kind.setItemLabelGenerator(PlaceKind::label);
        country.setId("place-country");
        country.setHelperText("None for a border crossing or open sea");
        aliases.setId("place-aliases");
        aliases.setHelperText("One a line: spellings reporting also uses, e.g. Rason, Najin");
        latitude.setId("place-latitude");
        latitude.setHelperText("WGS 84 degrees, south negative; kept to 5 decimals");
        longitude.setId("place-longitude");
        longitude.setHelperText("WGS 84 degrees, west negative");
        source.setId("place-source");
        source.setMaxLength(PlaceDraft.SOURCE_LENGTH);
        source.setHelperText("The gazetteer or page, e.g. GeoNames, or Wikipedia 'Port of Vostochny' (en); "
                + "say \"approximate\" if you placed it yourself");
        licence.setId("place-licence");
        licence.setMaxLength(PlaceDraft.LICENCE_LENGTH);
        licence.setHelperText("e.g. CC BY 4.0 (GeoNames), CC BY-SA 4.0 (Wikipedia)");
        save.setId("place-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> fireEvent(new SaveEvent(this, getDraft())));
        cancel.setId("place-cancel");
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
        problemBox.setId("place-problems");
        problemBox.addClassName("form-problems");
        problemBox.add(new Span("Please correct the following:"), problems);
        problemBox.setVisible(false);
        add(problemBox, name, kind, country, aliases, latitude, longitude, source, licence);
        setColspan(problemBox, 2);
        setColspan(source, 2);
    }

    /** Fills the fields from a stored place's draft and its country. */
    void setDraft(PlaceDraft draft, @Nullable Country placeCountry) {
        name.setValue(draft.name() == null ? "" : draft.name());
        kind.setValue(draft.kind());
        country.setValue(placeCountry);
        aliases.setValue(String.join("\n", draft.aliases()));
        latitude.setValue(draft.latitude());
        longitude.setValue(draft.longitude());
        source.setValue(draft.coordinateSource() == null ? "" : draft.coordinateSource());
        licence.setValue(draft.coordinateLicence() == null ? "" : draft.coordinateLicence());
        showProblems(List.of());
    }

    PlaceDraft getDraft() {
        return new PlaceDraft(name.getValue(), kind.getValue(), country.getValue() == null ? null : country.getValue().code(),
                Arrays.stream(aliases.getValue().split("\\R")).map(String::strip).filter(alias -> !alias.isEmpty()).toList(),
                latitude.getValue(), longitude.getValue(), source.getValue(), licence.getValue());
    }

    /**
     * Shows the problems the service found and marks each field a problem belongs to, by the problem's key: the
     * first problem of a field is its error message. Problems of no field are listed only.
     */
    void showProblems(List<Problem> found) {
        problems.removeAll();
        found.forEach(problem -> problems.add(new ListItem(problem.message())));
        problemBox.setVisible(!found.isEmpty());
        for (var key : PlaceDraft.Field.values()) {
            var message = found.stream().filter(problem -> problem.isOf(key)).map(Problem::message).findFirst();
            var field = field(key);
            field.setInvalid(message.isPresent());
            field.setErrorMessage(message.orElse(null));
        }
    }

    private HasValidation field(PlaceDraft.Field key) {
        return switch (key) {
            case NAME -> name;
            case KIND -> kind;
            case COUNTRY -> country;
            case ALIASES -> aliases;
            case LATITUDE -> latitude;
            case LONGITUDE -> longitude;
            case SOURCE -> source;
            case LICENCE -> licence;
        };
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The administrator saves the place as the fields show it. */
    static class SaveEvent extends ComponentEvent<PlaceForm> {

        private final PlaceDraft draft;

        SaveEvent(PlaceForm source, PlaceDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        PlaceDraft draft() {
            return draft;
        }

    }

    static class CancelEvent extends ComponentEvent<PlaceForm> {

        CancelEvent(PlaceForm source) {
            super(source, false);
        }

    }

}
