package org.transferwatch.party.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountrySearch;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.party.PartyDraft;

/** A vessel's flag history as small rows of state, from and until, each removable, with a button that adds a row. */
class FlagRows extends CustomField<List<PartyDraft.Flag>> {

    private final CountrySearch countrySearch;

    private final Function<String, @Nullable Country> countryByCode;

    private final VerticalLayout lines = new VerticalLayout();

    private final List<Line> current = new ArrayList<>();

    /** One row: the flag's state, from and until, and the row itself. */
    record Line(CountryField country, DatePicker from, DatePicker until, HorizontalLayout row) {
    }

    FlagRows(CountrySearch countrySearch, Function<String, @Nullable Country> countryByCode) {
        this.countrySearch = countrySearch;
        this.countryByCode = countryByCode;
        setLabel("Flag history");
        setHelperText("The flags the vessel flew; leave a date empty where the reporting does not say");
        lines.setPadding(false);
        lines.setSpacing(false);
        var add = new Button("Add a flag", event -> addLine(null));
        add.setId("party-add-flag");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var layout = new VerticalLayout(lines, add);
        layout.setPadding(false);
        add(layout);
    }

    /** The rows, for tests. */
    List<Line> lines() {
        return List.copyOf(current);
    }

    void addLine(PartyDraft.@Nullable Flag flag) {
        var country = new CountryField("Flag", countrySearch);
        country.addClassName("flag-country");
        // Dates as the reporting and the lists write them, the same in every browser's locale.
        var iso = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        var from = new DatePicker("From");
        from.setI18n(iso);
        from.setPlaceholder("YYYY-MM-DD");
        from.addClassName("flag-from");
        var until = new DatePicker("Until");
        until.setI18n(iso);
        until.setPlaceholder("YYYY-MM-DD");
        until.addClassName("flag-until");
        if (flag != null) {
            country.setValue(flag.countryCode() == null ? null : countryByCode.apply(flag.countryCode()));
            from.setValue(flag.from());
            until.setValue(flag.until());
        }
        var row = new HorizontalLayout(country, from, until);
        var line = new Line(country, from, until, row);
        var remove = new Button("Remove", event -> {
            current.remove(line);
            lines.remove(row);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        country.addValueChangeListener(event -> updateValue());
        from.addValueChangeListener(event -> updateValue());
        until.addValueChangeListener(event -> updateValue());
        current.add(line);
        lines.add(row);
    }

    @Override
    protected List<PartyDraft.Flag> generateModelValue() {
        return current.stream()
            .filter(line -> line.country().getValue() != null || line.from().getValue() != null
                    || line.until().getValue() != null)
            .map(line -> new PartyDraft.Flag(line.country().getValue() == null ? null : line.country().getValue().code(),
                    line.from().getValue(), line.until().getValue()))
            .toList();
    }

    @Override
    protected void setPresentationValue(List<PartyDraft.Flag> flags) {
        current.clear();
        lines.removeAll();
        if (flags != null) {
            flags.forEach(this::addLine);
        }
    }

}
