package org.transferwatch.country;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ReferenceCache;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;

/**
 * Looks countries up by code, name or any alias reporting uses ("DPRK", "Pyongyang", "PRK", "N. Korea").
 * Administrators add and remove aliases and add non-state actors, historical states and international
 * organisations; every change is audited and is seen at once by the pickers, the filters' links, the API, the
 * import and the intake assistant.
 */
@Service
@PreAuthorize("hasRole('VIEWER')")
@Transactional(readOnly = true)
public class CountryService {

    /** The kinds of alias staff may add, with their labels; ISO codes and SIPRI's names come with the data. */
    public static final Map<String, String> EDITABLE_ALIAS_KINDS = Map.of("name", "Name or spelling",
            "abbreviation", "Abbreviation", "capital", "Capital city", "metonym", "Government (\"the Kremlin\")",
            "demonym", "Demonym (\"North Korean\")");

    private static final int MAX_ALIAS_LENGTH = 200;

    private final CountryRepository countries;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final ReferenceCache<List<CountryAlias>> aliases;

    CountryService(CountryRepository countries, AuditService audit, CurrentUser currentUser) {
        this.countries = countries;
        this.audit = audit;
        this.currentUser = currentUser;
        this.aliases = new ReferenceCache<>(() -> List.copyOf(countries.findAllAliases()));
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

    /**
     * The one country an alias names, as typed or without its full stops and a leading "the" ("U.A.E",
     * "Emirates"); empty when none or several do.
     */
    public Optional<Country> resolveAlias(String alias) {
        if (alias.isBlank() || alias.length() > MAX_ALIAS_LENGTH) {
            return Optional.empty();
        }
        return countries.resolveAlias(alias);
    }

    /**
     * The country a typed value stands for wherever a country is typed (a link's or the API's parameters):
     * its code in any case ("prk"), or else a name or alias ("North Korea", "N. Korea", "UAE").
     */
    public Optional<Country> resolve(String codeOrName) {
        var typed = codeOrName.strip();
        if (typed.isEmpty() || typed.length() > MAX_ALIAS_LENGTH) {
            return Optional.empty();
        }
        var byCode = typed.length() <= 16 ? countries.findByCode(typed.toUpperCase(Locale.ROOT)) : Optional.<Country>empty();
        return byCode.isPresent() ? byCode : countries.resolveAlias(typed);
    }

    /**
     * The whole alias table (a few thousand rows), read once and kept: text matchers build their dictionaries
     * from it. The same list comes back until an alias changes, here or (within a short while) on another node.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<CountryAlias> aliases() {
        return aliases.get();
    }

    public void forgetAliases() {
        aliases.forget();
    }

    /** The stored aliases of a country, by alias. */
    public List<Alias> aliasesOf(String countryCode) {
        return countries.findAliases(countryCode);
    }

    /**
     * Gives a country another alias; administrators only. An alias that already names another country is
     * refused, because the import and the intake could then not tell which one is meant. Audited.
     *
     * @throws ValidationException saying what is wrong; nothing was added
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Alias addAlias(String countryCode, String alias, String kind) {
        currentUser.require();
        var country = countries.findByCode(countryCode)
            .orElseThrow(() -> new ValidationException("Choose the state or actor to add the alias to."));
        var text = alias.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new ValidationException("Type the alias.");
        }
        if (text.length() > MAX_ALIAS_LENGTH) {
            throw new ValidationException("An alias may have at most " + MAX_ALIAS_LENGTH + " characters.");
        }
        if (!EDITABLE_ALIAS_KINDS.containsKey(kind)) {
            throw new ValidationException("Choose what kind of name the alias is.");
        }
        var owners = countries.countriesWithAlias(text);
        if (owners.contains(country.name())) {
            throw new ValidationException(country.name() + " already has the alias \"" + text + "\".");
        }
        if (!owners.isEmpty()) {
            throw new ValidationException("\"" + text + "\" already names " + String.join(", ", owners)
                    + "; an alias names one country. Remove it there first.");
        }
        long id;
        try {
            id = countries.insertAlias(country.code(), text, kind);
        }
        catch (DuplicateKeyException e) {
            throw new ValidationException(country.name() + " already has the alias \"" + text + "\".");
        }
        audit.record(new AuditEntry("country_alias", Long.toString(id), "create", null, null, countries.aliasSnapshot(id)));
        aliases.forget();
        return countries.findAlias(id).orElseThrow();
    }

    /** Removes an alias; administrators only. Audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeAlias(long aliasId) {
        currentUser.require();
        if (countries.findAlias(aliasId).isEmpty()) {
            throw new NotFoundException("This alias was removed already.");
        }
        var before = countries.aliasSnapshot(aliasId);
        countries.deleteAlias(aliasId);
        audit.record(new AuditEntry("country_alias", Long.toString(aliasId), "delete", null, before, null));
        aliases.forget();
    }

    /**
     * Adds an actor that is not a current state (e.g. "Wagner Group", a historical state); administrators only.
     * Its name becomes its first alias. The code is an ISO 3166-3 four-letter code for a historical state that
     * has one, or else an "X-" code made from the name. Audited.
     *
     * @param isoCode the historical state's ISO 3166-3 code, or blank
     * @throws ValidationException saying what is wrong; nothing was added
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Country addActor(String name, ActorKind kind, String isoCode) {
        currentUser.require();
        var text = name.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new ValidationException("Type the actor's name.");
        }
        if (text.length() > MAX_ALIAS_LENGTH) {
            throw new ValidationException("A name may have at most " + MAX_ALIAS_LENGTH + " characters.");
        }
        var owners = new ArrayList<>(countries.countriesWithAlias(text));
        if (owners.isEmpty() && countries.existsName(text)) {
            owners.add(text);
        }
        if (!owners.isEmpty()) {
            throw new ValidationException("\"" + text + "\" already names " + String.join(", ", owners) + ".");
        }
        var iso = isoCode.strip().toUpperCase(Locale.ROOT);
        String code;
        if (!iso.isEmpty()) {
            if (kind != ActorKind.HISTORICAL_STATE || !iso.matches("[A-Z]{4}")) {
                throw new ValidationException("Only a historical state has an ISO code of its own here: four letters"
                        + " of ISO 3166-3, e.g. CSHH for Czechoslovakia. Leave the code empty otherwise.");
            }
            if (countries.existsCode(iso)) {
                throw new ValidationException("The code " + iso + " is taken already.");
            }
            code = iso;
        }
        else {
            code = freeCode(text);
        }
        countries.insertCountry(code, text, kind.dbValue());
        countries.insertAlias(code, text, "name");
        audit.record(new AuditEntry("country", code, "create", null, null, countries.countrySnapshot(code)));
        aliases.forget();
        return countries.findByCode(code).orElseThrow();
    }

    /** "X-" and up to 13 letters, digits and hyphens of the name, numbered when taken ("X-WAGNER-GROUP"). */
    private String freeCode(String name) {
        var ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        var stem = ascii.length() < 2 ? "ACTOR" : ascii.substring(0, Math.min(ascii.length(), 11)).replaceAll("-$", "");
        var code = "X-" + stem;
        for (int n = 2; countries.existsCode(code); n++) {
            code = "X-" + stem + "-" + n;
        }
        return code;
    }

}
