package org.transferwatch.transfer;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.party.PartyService;
import org.transferwatch.party.PartySummary;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceService;

/**
 * The routes, parties and shipments of the transfers the current user may see that match a filter (viewers:
 * published transfers only), for the maps, the pair page and its briefing. Each is one statement over the
 * transfers' parts, and one look-up each of the parties and places it names.
 */
@Service
@Transactional(readOnly = true)
public class TransferRouteService {

    private final TransferRouteRepository routes;

    private final TransferAccess access;

    private final PartyService parties;

    private final PlaceService places;

    TransferRouteService(TransferRouteRepository routes, TransferAccess access, PartyService parties,
            PlaceService places) {
        this.routes = routes;
        this.access = access;
        this.parties = parties;
        this.places = places;
    }

    /**
     * The shipments' routes through the gazetteer (one per loading place, crossing, discharge place and mode, with
     * its number of shipments), and each place with the number of matching transfers that have a shipment there:
     * the number the list shows for the filter with that place. Without a filter (the dashboard) from the tallies.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public TransferRoutes.RouteMap routes(TransferFilter filter) {
        var rows = filter.isEmpty() ? routes.tallyRoutes(access.seesPublishedOnly())
                : routes.routes(access.visibleCondition(filter));
        if (rows.places().isEmpty()) {
            return TransferRoutes.RouteMap.EMPTY;
        }
        var byId = placesById(rows.places().stream().map(TransferRouteRepository.PlaceRow::placeId).toList());
        var routeList = rows.routes().stream()
            .map(r -> new TransferRoutes.Route(place(byId, r.from()), place(byId, r.via()), place(byId, r.to()),
                    r.mode(), r.shipments()))
            .filter(route -> !route.places().isEmpty())
            .sorted(Comparator.comparingInt(TransferRoutes.Route::shipments).reversed()
                .thenComparing(TransferRoutes.Route::label).thenComparing(TransferRoutes.Route::mode))
            .toList();
        var placeList = rows.places().stream()
            .filter(p -> byId.containsKey(p.placeId()))
            .map(p -> new TransferRoutes.PlaceCount(byId.get(p.placeId()), p.transfers()))
            .sorted(Comparator.comparingInt(TransferRoutes.PlaceCount::transfers).reversed()
                .thenComparing(p -> p.place().name()))
            .toList();
        return new TransferRoutes.RouteMap(routeList, placeList);
    }

    /**
     * The parties of the matching transfers (in a role, or as a shipment's carrier or receiving vessel) with their
     * roles and in how many of the transfers each is: confirmed designated parties first, then the most involved;
     * at most {@code limit} of them, with the number in all.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public TransferRoutes.Parties parties(TransferFilter filter, int limit) {
        return parties(access.visibleCondition(filter), limit);
    }

    /**
     * The parties of those of the given transfers (a briefing's listed ones) that match the filter and the user may
     * see, as {@link #parties(TransferFilter, int)}: the cost follows the transfers given, not the filter's.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public TransferRoutes.Parties parties(TransferFilter filter, Collection<Long> transferIds, int limit) {
        if (transferIds.isEmpty()) {
            return new TransferRoutes.Parties(List.of(), 0);
        }
        return parties(access.visibleCondition(filter).and(TransferFilterRepository.transferId().in(transferIds)), limit);
    }

    private TransferRoutes.Parties parties(Condition visible, int limit) {
        var rows = routes.parties(visible, parties::designated, limit);
        if (rows.isEmpty()) {
            return new TransferRoutes.Parties(List.of(), 0);
        }
        var byId = partiesById(rows.stream().map(TransferRouteRepository.PartyRow::partyId).toList());
        var lines = rows.stream()
            .filter(r -> byId.containsKey(r.partyId()))
            .map(r -> new TransferRoutes.PartyLine(byId.get(r.partyId()), r.roles(), r.receivingVessel(), r.transfers()))
            .sorted(Comparator.comparing((TransferRoutes.PartyLine line) -> !line.party().designated())
                .thenComparing(Comparator.comparingInt(TransferRoutes.PartyLine::transfers).reversed())
                .thenComparing(line -> line.party().name()))
            .toList();
        return new TransferRoutes.Parties(lines, rows.getFirst().total());
    }

    /**
     * The shipments of the matching transfers, latest period first (unknown periods last), with their carriers and
     * places; at most {@code limit} of them, with the number in all.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public TransferRoutes.Shipments shipments(TransferFilter filter, int limit) {
        return shipments(access.visibleCondition(filter), limit);
    }

    /** The shipments of those of the given transfers that match the filter and the user may see, as above. */
    @PreAuthorize("hasRole('VIEWER')")
    public TransferRoutes.Shipments shipments(TransferFilter filter, Collection<Long> transferIds, int limit) {
        if (transferIds.isEmpty()) {
            return new TransferRoutes.Shipments(List.of(), 0);
        }
        return shipments(access.visibleCondition(filter).and(TransferFilterRepository.transferId().in(transferIds)), limit);
    }

    private TransferRoutes.Shipments shipments(Condition visible, int limit) {
        var rows = routes.shipments(visible, limit);
        if (rows.isEmpty()) {
            return new TransferRoutes.Shipments(List.of(), 0);
        }
        var partyIds = rows.stream().flatMap(r -> Stream.of(r.carrierId(), r.receivingVesselId())).toList();
        var placeIds = rows.stream().flatMap(r -> Stream.of(r.fromId(), r.viaId(), r.toId())).toList();
        var partyById = partiesById(partyIds);
        var placeById = placesById(placeIds);
        var lines = rows.stream()
            .map(r -> new TransferRoutes.ShipmentLine(r.id(), r.transferId(), r.item(), r.supplierCode(),
                    r.recipientCode(), r.period(), r.mode(), r.shipToShip(), party(partyById, r.carrierId()),
                    party(partyById, r.receivingVesselId()), place(placeById, r.fromId()),
                    place(placeById, r.viaId()), place(placeById, r.toId()), r.quantity()))
            .toList();
        return new TransferRoutes.Shipments(lines, rows.getFirst().total());
    }

    private Map<Long, Place> placesById(Collection<@Nullable Long> ids) {
        return places.findAll(distinct(ids)).stream().collect(Collectors.toMap(Place::id, Function.identity()));
    }

    private Map<Long, PartySummary> partiesById(Collection<@Nullable Long> ids) {
        return parties.findAll(distinct(ids)).stream().collect(Collectors.toMap(PartySummary::id, Function.identity()));
    }

    private static Set<Long> distinct(Collection<@Nullable Long> ids) {
        var set = new HashSet<Long>();
        ids.stream().filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    private static @Nullable Place place(Map<Long, Place> byId, @Nullable Long id) {
        return id == null ? null : byId.get(id);
    }

    private static @Nullable PartySummary party(Map<Long, PartySummary> byId, @Nullable Long id) {
        return id == null ? null : byId.get(id);
    }

}
