package org.transferwatch.party.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.DateFields;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountrySearch;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.party.PartyDraft;

/** A vessel's flag history as small rows of state, from and until. */
class FlagRows extends EditableRows<PartyDraft.Flag, FlagRows.Line> {

    private final CountrySearch countrySearch;

    private final Function<String, @Nullable Country> countryByCode;

    /** One row: the flag's state, from and until. */
    record Line(CountryField country, DatePicker from, DatePicker until) {
    }

    FlagRows(CountrySearch countrySearch, Function<String, @Nullable Country> countryByCode) {
        super("Flag history", "The flags the vessel flew; leave a date empty where the reporting does not say",
                "Add a flag", "party-add-flag");
        this.countrySearch = countrySearch;
        this.countryByCode = countryByCode;
    }

    @Override
    Line line(PartyDraft.@Nullable Flag flag, Runnable changed) {
        var country = new CountryField("Flag", countrySearch);
        country.addClassName("flag-country");
        var from = date("From", "flag-from");
        var until = date("Until", "flag-until");
        if (flag != null) {
            country.setValue(flag.countryCode() == null ? null : countryByCode.apply(flag.countryCode()));
            from.setValue(flag.from());
            until.setValue(flag.until());
        }
        country.addValueChangeListener(event -> changed.run());
        from.addValueChangeListener(event -> changed.run());
        until.addValueChangeListener(event -> changed.run());
        return new Line(country, from, until);
    }

    /** Dates as the reporting and the lists write them, the same in every browser's locale. */
    private static DatePicker date(String label, String className) {
        var date = DateFields.day(label);
        date.addClassName(className);
        return date;
    }

    @Override
    List<Component> fieldsOf(Line line) {
        return List.of(line.country(), line.from(), line.until());
    }

    @Override
    PartyDraft.@Nullable Flag valueOf(Line line) {
        var country = line.country().getValue();
        return country == null && line.from().getValue() == null && line.until().getValue() == null ? null
                : new PartyDraft.Flag(country == null ? null : country.code(), line.from().getValue(),
                        line.until().getValue());
    }

}
