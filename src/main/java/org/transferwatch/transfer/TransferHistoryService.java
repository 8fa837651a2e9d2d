package org.transferwatch.transfer;

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
import org.transferwatch.party.PartyService;
import org.transferwatch.party.PartySummary;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceService;

/**
 * A transfer's history as its page shows it: the audit's events about it, coded values shown by their labels, and
 * the parties and places of its parts by name.
 */
@Service
public class TransferHistoryService {

    private final TransferAccess access;

    private final AuditService audit;

    private final PartyService parties;

    private final PlaceService places;

    /** The fields whose values are party ids, and those whose values are place ids. */
    private static final Set<String> PARTY_FIELDS = Set.of("Party", "Carrier", "Receiving vessel");

    private static final Set<String> PLACE_FIELDS = Set.of("Place of loading", "Crossing", "Place of discharge");

    TransferHistoryService(TransferAccess access, AuditService audit, PartyService parties, PlaceService places) {
        this.access = access;
        this.audit = audit;
        this.parties = parties;
        this.places = places;
    }

    /**
     * The transfer's history, newest first, with coded values (status, kind, stance, ...) shown by their
     * labels. Anyone who may see the transfer may see its history.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long transferId) {
        access.requireVisible(transferId);
        var entries = audit.transferHistory(transferId);
        var partyNames = names(entries, PARTY_FIELDS, ids -> parties.findAll(ids).stream()
            .collect(Collectors.toMap(PartySummary::id, PartySummary::name)));
        var placeNames = names(entries, PLACE_FIELDS, ids -> places.findAll(ids).stream()
            .collect(Collectors.toMap(Place::id, Place::name)));
        Function<FieldChange, Function<@Nullable String, @Nullable String>> shown = change -> value -> {
            var names = PARTY_FIELDS.contains(change.field()) ? partyNames
                    : PLACE_FIELDS.contains(change.field()) ? placeNames : null;
            if (names != null && value != null && value.matches("\\d+")) {
                return names.getOrDefault(Long.valueOf(value), value);
            }
            return HistoryLabels.label(change.field(), value);
        };
        return entries.stream()
            .map(entry -> new HistoryEntry(entry.occurredAt(), entry.actor(), entry.action(), entry.entityType(),
                    entry.entityId(), entry.changes().stream()
                        .map(change -> new FieldChange(change.field(), shown.apply(change).apply(change.before()),
                                shown.apply(change).apply(change.after())))
                        .toList(), entry.reason()))
            .toList();
    }

    /** The names of the ids that the entries' changes of these fields hold. */
    private static Map<Long, String> names(List<HistoryEntry> entries, Set<String> fields,
            Function<Set<Long>, Map<Long, String>> lookup) {
        var ids = new HashSet<Long>();
        for (var entry : entries) {
            for (var change : entry.changes()) {
                if (fields.contains(change.field())) {
                    for (var value : new String[] { change.before(), change.after() }) {
                        if (value != null && value.matches("\\d+")) {
                            ids.add(Long.valueOf(value));
                        }
                    }
                }
            }
        }
        return ids.isEmpty() ? Map.of() : lookup.apply(ids);
    }

}
