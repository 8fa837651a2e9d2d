package org.transferwatch.transfer;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.transferwatch.category.Category;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;

/**
 * The names a link, the export or the API may use for a state or a category, as the reference data knows them
 * at the moment: a new alias or keyword works in the next request.
 */
@Component
public class TransferFilterNames implements TransferFilterParameters.Names {

    private final CountryService countries;

    private final CategoryService categories;

    public TransferFilterNames(CountryService countries, CategoryService categories) {
        this.countries = countries;
        this.categories = categories;
    }

    @Override
    public Optional<String> countryCode(String typed) {
        return countries.resolve(typed).map(Country::code);
    }

    @Override
    public Optional<String> categoryCode(String typed) {
        return categories.resolve(typed).map(Category::code);
    }

}
