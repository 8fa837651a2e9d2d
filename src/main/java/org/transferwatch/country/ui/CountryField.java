package org.transferwatch.country.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountrySearch;

/** Picks a country by any name reporting uses: "DPRK", "North Korea", "Pyongyang" and "PRK" all find it. */
public class CountryField extends ComboBox<Country> {

    public CountryField(String label, CountrySearch search) {
        super(label);
        setItemLabelGenerator(Country::label);
        setItems(query -> search.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        setPlaceholder("Name, alias or code");
        setClearButtonVisible(true);
        setAllowCustomValue(false);
    }

}
