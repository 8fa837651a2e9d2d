package org.transferwatch.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.Record2;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ValidationException;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;

/**
 * The gazetteer for every feature that shows or links its places: everyone logged in reads and searches it;
 * administrators add places and correct them. Every change is audited with its before and after, and a save
 * over a newer one is refused with who made it.
 */
@Service
public class PlaceService {

    private final PlaceRepository places;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    private final CountryService countries;

    PlaceService(PlaceRepository places, AuditService audit, CurrentUser currentUser, UserService users,
            CountryService countries) {
        this.places = places;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
        this.countries = countries;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Place> find(long id) {
        return places.find(id);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Place> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : places.findAll(ids);
    }

    /** Every place of the gazetteer, by name: what the intake assistant recognises places from. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Place> all() {
        return places.all();
    }

    /**
     * A page of the places whose name or an alias contains the text, without regard to case, accents or
     * punctuation ("wonsan" finds Wŏnsan, "rason" finds Rajin), by name; every place for a blank text.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Place> search(String text, int offset, int limit) {
        return places.search(checked(text), offset, limit);
    }

    /**
     * The places whose name or an alias is this name, without regard to case, accents or punctuation, by name:
     * how an import finds the place a file names. Usually one; none for a place the gazetteer lacks.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Place> named(String name) {
        return name.isBlank() || name.length() > SearchText.MAX_LENGTH ? List.of() : places.named(name.strip());
    }

    /** Every place's id and name, as a table for another feature's query: the CSV export names shipments' places by it. */
    public Table<Record2<Long, String>> names(String alias) {
        return PlaceRepository.names(alias);
    }

    /** How many places {@link #search} finds for the text. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public int count(String text) {
        return places.count(checked(text));
    }

    /** Adds a place; administrators only. Refused, with each problem at its field, when the draft is not complete. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(PlaceDraft draft) {
        var clean = draft.cleaned();
        throwIfAny(problems(clean, null));
        var id = places.insert(clean, currentUser.require().id());
        audit.record(new AuditEntry("place", Long.toString(id), "create", null, null, places.snapshot(id)));
        return id;
    }

    /** Saves an administrator's correction of a place loaded at {@code version}; a newer save wins and this one is refused. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, PlaceDraft draft, int version) {
        if (places.find(id).isEmpty()) {
            throw new NotFoundException("This place does not exist.");
        }
        var clean = draft.cleaned();
        throwIfAny(problems(clean, id));
        var before = places.snapshot(id);
        if (!places.update(id, clean, version, currentUser.require().id())) {
            var changed = places.changed(id);
            throw new ConcurrentEditException("place", changed.by() == null ? null : users.displayName(changed.by()).orElse(null),
                    changed.at());
        }
        audit.record(new AuditEntry("place", Long.toString(id), "update", null, before, places.snapshot(id)));
    }

    private List<Problem> problems(PlaceDraft draft, @Nullable Long id) {
        var problems = new ArrayList<>(draft.problems());
        var code = draft.countryCode();
        if (code != null && countries.findByCode(code).isEmpty()) {
            problems.add(PlaceDraft.Field.COUNTRY.problem("\"" + code + "\" is not a known state."));
        }
        else if (draft.name() != null && problems.isEmpty() && places.nameTaken(code, draft.name(), id)) {
            problems.add(PlaceDraft.Field.NAME.problem(code == null
                    ? "A place called \"" + draft.name() + "\" with no country exists already."
                    : "A place called \"" + draft.name() + "\" exists already in " + countries.findByCode(code)
                        .map(Country::name).orElse(code) + "."));
        }
        return problems;
    }

    private static String checked(String text) {
        if (text.length() > SearchText.MAX_LENGTH) {
            throw new ValidationException("The search text is limited to " + SearchText.MAX_LENGTH + " characters.");
        }
        return text.strip();
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

}
