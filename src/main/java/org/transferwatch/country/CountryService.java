package org.transferwatch.country;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks countries up by code, name or any alias reporting uses ("DPRK", "Pyongyang", "PRK"). */
@Service
@Transactional(readOnly = true)
public class CountryService {

    private static final int MAX_SEARCH_TEXT = 100;

    private final CountryRepository countries;

    CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    public Optional<Country> findByCode(String code) {
        return countries.findByCode(code);
    }

    public List<Country> search(String text, int limit) {
        if (text.isBlank() || text.length() > MAX_SEARCH_TEXT) {
            return List.of();
        }
        return countries.search(text, limit);
    }

    public Optional<Country> resolveAlias(String alias) {
        return countries.resolveAlias(alias);
    }

}
