package org.transferwatch.transfer;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditService;
import org.transferwatch.audit.FieldChange;
import org.transferwatch.audit.HistoryEntry;
import org.transferwatch.category.Category;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.party.PartyService;
import org.transferwatch.party.PartySummary;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceService;
import org.transferwatch.sanctions.Provision;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.source.Source;
import org.transferwatch.source.SourceService;

/**
 * A transfer's history as its page shows it: the audit's events about it, coded values shown by their labels,
 * what ids and codes stand for by name (countries, categories, sources, provisions, parties, places), grades in
 * words; without the comment thread and the review's steps for viewers, who never see those.
 */
@Service
public class TransferHistoryService {

    /** What a field's stored value (an id or a code) names, looked up once per history for all its values. */
    private enum Named {
        COUNTRY, CATEGORY, SOURCE, PROVISION, PARTY, PLACE
    }

    private static final Map<String, Named> NAMED_FIELDS = Map.ofEntries(
            Map.entry("Supplier", Named.COUNTRY), Map.entry("Recipient", Named.COUNTRY),
            Map.entry("Category", Named.CATEGORY), Map.entry("Source", Named.SOURCE),
            Map.entry("Provision", Named.PROVISION), Map.entry("Party", Named.PARTY),
            Map.entry("Carrier", Named.PARTY), Map.entry("Receiving vessel", Named.PARTY),
            Map.entry("Place of loading", Named.PLACE), Map.entry("Crossing", Named.PLACE),
            Map.entry("Place of discharge", Named.PLACE));

    /** The events of the review that only analysts and reviewers see, as the thread they belong to. */
    private static final Set<String> REVIEW_ENTITY_TYPES = Set.of("transfer_comment", "review_request");

    private final TransferAccess access;

    private final AuditService audit;

    private final PartyService parties;

    private final PlaceService places;

    private final CountryService countries;

    private final CategoryService categories;

    private final SourceService sources;

    private final SanctionsService sanctions;

    TransferHistoryService(TransferAccess access, AuditService audit, PartyService parties, PlaceService places,
            CountryService countries, CategoryService categories, SourceService sources, SanctionsService sanctions) {
        this.access = access;
        this.audit = audit;
        this.parties = parties;
        this.places = places;
        this.countries = countries;
        this.categories = categories;
        this.sources = sources;
        this.sanctions = sanctions;
    }

    /**
     * The transfer's history, newest first, with coded values (status, kind, stance, ...) shown by their
     * labels and ids by the names of what they stand for. Anyone who may see the transfer may see its history;
     * viewers see it without the comments and review steps.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long transferId) {
        access.requireVisible(transferId);
        var hideReview = access.seesPublishedOnly();
        var entries = audit.transferHistory(transferId).stream()
            .filter(entry -> !(hideReview && REVIEW_ENTITY_TYPES.contains(entry.entityType())))
            .toList();
        var names = names(entries);
        Function<FieldChange, Function<@Nullable String, @Nullable String>> shown = change -> value -> {
            var named = NAMED_FIELDS.get(change.field());
            if (named != null && value != null) {
                return names.get(named).getOrDefault(value, value);
            }
            return HistoryLabels.label(change.field(), value);
        };
        return entries.stream()
            .map(entry -> new HistoryEntry(entry.occurredAt(), entry.actor(), entry.action(), entry.entityType(),
                    entry.entityId(), HistoryLabels.gradeInWords(entry.changes()).stream()
                        .map(change -> new FieldChange(change.field(), shown.apply(change).apply(change.before()),
                                shown.apply(change).apply(change.after())))
                        .toList()))
            .toList();
    }

    /** The names of the ids and codes the entries' named fields hold, by what they name. */
    private Map<Named, Map<String, String>> names(List<HistoryEntry> entries) {
        var values = new EnumMap<Named, Set<String>>(Named.class);
        for (var named : Named.values()) {
            values.put(named, new HashSet<>());
        }
        for (var entry : entries) {
            for (var change : entry.changes()) {
                var named = NAMED_FIELDS.get(change.field());
                if (named != null) {
                    for (var value : new String[] { change.before(), change.after() }) {
                        if (value != null) {
                            values.get(named).add(value);
                        }
                    }
                }
            }
        }
        var names = new EnumMap<Named, Map<String, String>>(Named.class);
        values.forEach((named, found) -> names.put(named, found.isEmpty() ? Map.of() : lookUp(named, found)));
        return names;
    }

    private Map<String, String> lookUp(Named named, Set<String> values) {
        return switch (named) {
            case COUNTRY -> each(values, code -> countries.findByCode(code).map(Country::name)
                .map(name -> name + " (" + code + ")").orElse(null));
            case CATEGORY -> each(values, code -> categories.findByCode(code).map(Category::label).orElse(null));
            case SOURCE -> byId(values, ids -> sources.findByIds(ids).values().stream()
                .collect(Collectors.toMap(Source::id, TransferHistoryService::sourceName)));
            case PROVISION -> each(values, id -> id.matches("\\d+")
                    ? sanctions.provision(Long.parseLong(id)).map(Provision::citation).orElse(null) : null);
            case PARTY -> byId(values, ids -> parties.findAll(ids).stream()
                .collect(Collectors.toMap(PartySummary::id, PartySummary::name)));
            case PLACE -> byId(values, ids -> places.findAll(ids).stream()
                .collect(Collectors.toMap(Place::id, Place::name)));
        };
    }

    /** "Russia, North Korea in munitions talks — Yonhap News Agency". */
    private static String sourceName(Source source) {
        return source.title() + (source.publisher() == null ? "" : " — " + source.publisher());
    }

    /** Each value's name, one look-up per value (codes and provisions: a history holds a handful). */
    private static Map<String, String> each(Set<String> values, Function<String, @Nullable String> name) {
        var names = new HashMap<String, String>();
        for (var value : values) {
            var found = name.apply(value);
            if (found != null) {
                names.put(value, found);
            }
        }
        return names;
    }

    /** The names of the values that are ids, in one look-up. */
    private static Map<String, String> byId(Set<String> values, Function<Set<Long>, Map<Long, String>> lookup) {
        var ids = values.stream().filter(value -> value.matches("\\d+")).map(Long::valueOf).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<String, String>();
        lookup.apply(ids).forEach((id, name) -> names.put(Long.toString(id), name));
        return names;
    }

}
