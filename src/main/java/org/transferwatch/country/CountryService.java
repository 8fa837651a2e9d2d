package org.transferwatch.country;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.SearchText;

/** Looks countries up by code, name or any alias reporting uses ("DPRK", "Pyongyang", "PRK"). */
@Service
@PreAuthorize("hasRole('VIEWER')")
@Transactional(readOnly = true)
public class CountryService {

    private final CountryRepository countries;

    private volatile @Nullable List<CountryAlias> aliases;

    CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    public Optional<Country> findByCode(String code) {
        return countries.findByCode(code);
    }

    public List<Country> search(String text, int limit) {
        return search(text, 0, limit);
    }

    /** Countries matching the text by name, alias or code, best first; all countries by name for no text. */
    public List<Country> search(String text, int offset, int limit) {
        if (text.length() > SearchText.MAX_LENGTH) {
            return List.of();
        }
        return text.isBlank() ? countries.findAll(offset, limit) : countries.search(text, offset, limit);
    }

    /** This service as a country picker's search. */
    public CountrySearch asSearch() {
        return this::search;
    }

    public Optional<Country> resolveAlias(String alias) {
        return countries.resolveAlias(alias);
    }

    /**
     * The whole alias table (about two thousand rows), read once and kept: text matchers build their
     * dictionaries from it. Aliases are written by migrations; {@link #forgetAliases()} drops the copy, so that
     * the next call reads the table again.
     */
    public List<CountryAlias> aliases() {
        var cached = aliases;
        if (cached == null) {
            cached = List.copyOf(countries.findAllAliases());
            aliases = cached;
        }
        return cached;
    }

    public void forgetAliases() {
        aliases = null;
    }

}
