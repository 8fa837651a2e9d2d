package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.party.PartyService;
import org.transferwatch.party.PartySummary;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.place.PlaceService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;
import org.transferwatch.transfer.PartClaimRepository.Part;

/**
 * The shipments (legs) of a transfer: when, by which mode and carrier, from where to where or through which
 * crossing, how much, and the sources' claims about each. Analysts change those of drafts, reviewers those of any
 * transfer; each change is audited under the transfer and checked against the version the user loaded. A leg
 * that breaks a rule is refused with a sentence in the user's terms, and nothing is saved.
 */
@Service
public class ShipmentService {

    private final ShipmentRepository shipments;

    private final PartClaimRepository claimRows;

    private final PartClaims claims;

    private final TransferAccess access;

    private final PartyService parties;

    private final PlaceService places;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    ShipmentService(ShipmentRepository shipments, PartClaimRepository claimRows, PartClaims claims,
            TransferAccess access, PartyService parties, PlaceService places, AuditService audit,
            CurrentUser currentUser, UserService users) {
        this.shipments = shipments;
        this.claimRows = claimRows;
        this.claims = claims;
        this.access = access;
        this.parties = parties;
        this.places = places;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
    }

    /**
     * Adds a leg to the transfer, with the sources' claims about it (none or more). Analysts on drafts,
     * reviewers on any transfer.
     *
     * @return the leg's id
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long addShipment(long transferId, ShipmentDraft draft, List<NewClaim> newClaims) {
        var user = currentUser.require();
        validate(draft);
        claims.validate(newClaims);
        access.requireEditable(transferId);
        var id = shipments.insert(transferId, draft, user.id());
        audit.record(new AuditEntry("shipment", Long.toString(id), "create", transferId, null, shipments.snapshot(id)));
        for (var claim : newClaims) {
            claims.add(Part.SHIPMENT, id, transferId, claim, user.id());
        }
        return id;
    }

    /** Saves the user's edit of a leg loaded at {@code expectedVersion}; refused, naming the other editor, if it moved on. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void updateShipment(long shipmentId, int expectedVersion, ShipmentDraft draft) {
        var user = currentUser.require();
        validate(draft);
        var current = requireEditable(shipmentId);
        if (current.version() != expectedVersion) {
            throw conflict(current);
        }
        var before = shipments.snapshot(shipmentId);
        if (!shipments.update(shipmentId, expectedVersion, draft, user.id())) {
            throw conflict(shipments.find(shipmentId).orElse(current));
        }
        audit.record(new AuditEntry("shipment", Long.toString(shipmentId), "update", current.transferId(), before,
                shipments.snapshot(shipmentId)));
    }

    /** Removes a leg loaded at {@code expectedVersion}, with its claims. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void removeShipment(long shipmentId, int expectedVersion) {
        currentUser.require();
        var current = requireEditable(shipmentId);
        if (current.version() != expectedVersion) {
            throw conflict(current);
        }
        claims.removeAll(Part.SHIPMENT, shipmentId, current.transferId());
        var before = shipments.snapshot(shipmentId);
        if (!shipments.delete(shipmentId, expectedVersion)) {
            throw conflict(shipments.find(shipmentId).orElse(current));
        }
        audit.record(new AuditEntry("shipment", Long.toString(shipmentId), "delete", current.transferId(), before, null));
    }

    /** Adds a source's claim about the leg; the rules of a transfer's claims apply. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long addShipmentClaim(long shipmentId, NewClaim claim) {
        var user = currentUser.require();
        claim.validate();
        var current = requireEditable(shipmentId);
        return claims.add(Part.SHIPMENT, shipmentId, current.transferId(), claim, user.id());
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void removeShipmentClaim(long shipmentClaimId) {
        currentUser.require();
        var claim = claimRows.find(Part.SHIPMENT, shipmentClaimId)
            .orElseThrow(() -> new NotFoundException("This claim no longer exists."));
        var current = requireEditable(claim.parentId());
        claims.remove(Part.SHIPMENT, shipmentClaimId, current.transferId());
    }

    /** The transfer's legs, earliest first, with their parties and places by name and their claims. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ShipmentDetails> shipmentsOf(long transferId) {
        access.requireVisible(transferId);
        var rows = shipments.findByTransfer(transferId);
        var partyIds = new HashSet<Long>();
        var placeIds = new HashSet<Long>();
        for (var row : rows) {
            var draft = row.draft();
            Stream.of(draft.carrierPartyId(), draft.receivingVesselId()).filter(Objects::nonNull).forEach(partyIds::add);
            Stream.of(draft.loadingPlaceId(), draft.crossingPlaceId(), draft.dischargePlaceId()).filter(Objects::nonNull)
                .forEach(placeIds::add);
        }
        Map<Long, PartySummary> partyById = parties.findAll(partyIds).stream()
            .collect(Collectors.toMap(PartySummary::id, Function.identity()));
        Map<Long, Place> placeById = places.findAll(placeIds).stream()
            .collect(Collectors.toMap(Place::id, Function.identity()));
        var claimsByLeg = claims.of(Part.SHIPMENT, rows.stream().map(ShipmentRepository.Row::id).toList());
        return rows.stream()
            .map(row -> {
                var draft = row.draft();
                return new ShipmentDetails(row.id(), transferId, draft, get(partyById, draft.carrierPartyId()),
                        get(partyById, draft.receivingVesselId()), get(placeById, draft.loadingPlaceId()),
                        get(placeById, draft.crossingPlaceId()), get(placeById, draft.dischargePlaceId()), row.version(),
                        claimsByLeg.getOrDefault(row.id(), List.of()));
            })
            .toList();
    }

    private static <T> @Nullable T get(Map<Long, T> byId, @Nullable Long id) {
        return id == null ? null : byId.get(id);
    }

    /** The leg's own rules, then those that need its parties and places. */
    private void validate(ShipmentDraft draft) {
        var problems = new ArrayList<>(draft.problems());
        var carrier = party(draft.carrierPartyId(), ShipmentDraft.Field.CARRIER, "carrier", problems);
        var receiving = party(draft.receivingVesselId(), ShipmentDraft.Field.RECEIVING_VESSEL, "receiving vessel", problems);
        var mode = draft.mode();
        if (carrier != null && carrier.isVessel() && mode != null && mode != ShipmentMode.SEA) {
            problems.add(ShipmentDraft.Field.CARRIER.problem("A vessel cannot carry " + legWords(mode) + ": choose "
                    + operatorWords(mode) + " or leave the carrier empty."));
        }
        if (draft.shipToShip()) {
            for (var vessel : Stream.of(carrier, receiving).filter(Objects::nonNull).toList()) {
                if (!vessel.isVessel()) {
                    problems.add((vessel == carrier ? ShipmentDraft.Field.CARRIER : ShipmentDraft.Field.RECEIVING_VESSEL)
                        .problem("A ship-to-ship transfer is between two vessels: " + vessel.name() + " is a "
                                + vessel.kind().label().toLowerCase(Locale.ROOT) + ", not a vessel."));
                }
            }
        }
        var loading = place(draft.loadingPlaceId(), ShipmentDraft.Field.LOADING, "place of loading", problems);
        var discharge = place(draft.dischargePlaceId(), ShipmentDraft.Field.DISCHARGE, "place of discharge", problems);
        var crossing = place(draft.crossingPlaceId(), ShipmentDraft.Field.CROSSING, "crossing", problems);
        if (mode == ShipmentMode.RAIL && crossing != null && crossing.kind() == PlaceKind.PORT) {
            problems.add(ShipmentDraft.Field.CROSSING.problem("A rail leg crosses a border at a rail crossing, not a port: "
                    + crossing.name() + " is a port; give it as the place of loading or discharge."));
        }
        if (draft.shipToShip()) {
            Stream.of(loading, discharge, crossing).filter(p -> p != null && p.kind() == PlaceKind.PORT).findFirst()
                .ifPresent(port -> problems.add(ShipmentDraft.Field.SHIP_TO_SHIP.problem("A ship-to-ship transfer"
                        + " happens at sea, not in a port: leave out " + port.name() + " and give the position.")));
        }
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

    private @Nullable PartySummary party(@Nullable Long id, ShipmentDraft.Field field, String what, List<Problem> problems) {
        if (id == null) {
            return null;
        }
        var party = parties.find(id);
        if (party.isEmpty()) {
            problems.add(field.problem("The " + what + " is not a known party: search for it again."));
        }
        return party.orElse(null);
    }

    private @Nullable Place place(@Nullable Long id, ShipmentDraft.Field field, String what, List<Problem> problems) {
        if (id == null) {
            return null;
        }
        var place = places.find(id);
        if (place.isEmpty()) {
            problems.add(field.problem("The " + what + " is not a place of the gazetteer: choose it from the list."));
        }
        return place.orElse(null);
    }

    private static String legWords(ShipmentMode mode) {
        return switch (mode) {
            case SEA -> "a sea leg";
            case RAIL -> "a rail leg";
            case AIR -> "an air leg";
            case ROAD -> "a road leg";
        };
    }

    private static String operatorWords(ShipmentMode mode) {
        return switch (mode) {
            case SEA -> "the vessel";
            case RAIL -> "the train operator";
            case AIR -> "the airline or aircraft operator";
            case ROAD -> "the haulier";
        };
    }

    private ShipmentRepository.Row requireEditable(long shipmentId) {
        var row = shipments.find(shipmentId).orElseThrow(() -> new NotFoundException("This shipment no longer exists."));
        access.requireEditable(row.transferId());
        return row;
    }

    private ConcurrentEditException conflict(ShipmentRepository.Row current) {
        return new ConcurrentEditException("shipment", users.displayName(current.updatedBy()).orElse(null),
                current.updatedAt());
    }

}
