package org.transferwatch.transfer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.party.PartyTransfers;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceService;

/**
 * The transfers and shipments a party takes part in, for its page, under the transfers' visibility rules.
 */
@Service
class PartyInvolvementService implements PartyTransfers {

    private final PartyInvolvementRepository involvements;

    private final TransferAccess access;

    private final PlaceService places;

    PartyInvolvementService(PartyInvolvementRepository involvements, TransferAccess access, PlaceService places) {
        this.involvements = involvements;
        this.access = access;
        this.places = places;
    }

    @Override
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PartyTransfer> transfersOf(long partyId) {
        return involvements.involvements(partyId, visible()).stream()
            .map(involvement -> new PartyTransfer(involvement.transferId(), involvement.supplierName(),
                    involvement.recipientName(), involvement.item(), involvement.role().label(),
                    involvement.reviewState().label(), involvement.period() == null ? null : involvement.period().label()))
            .toList();
    }

    @Override
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PartyShipment> shipmentsOf(long partyId) {
        var legs = involvements.legs(partyId, visible());
        var placeIds = new HashSet<Long>();
        legs.forEach(leg -> Stream.of(leg.loadingPlaceId(), leg.crossingPlaceId(), leg.dischargePlaceId())
            .filter(Objects::nonNull).forEach(placeIds::add));
        Map<Long, String> names = places.findAll(placeIds).stream()
            .collect(Collectors.toMap(Place::id, Place::name));
        Function<@Nullable Long, @Nullable String> name = id -> id == null ? null : names.get(id);
        return legs.stream()
            .map(leg -> new PartyShipment(leg.shipmentId(), leg.transferId(), leg.item(), leg.mode().label(),
                    leg.carrier() ? "Carrier" : "Receiving vessel", leg.period() == null ? null : leg.period().label(),
                    name.apply(leg.loadingPlaceId()), name.apply(leg.crossingPlaceId()),
                    name.apply(leg.dischargePlaceId())))
            .toList();
    }

    private Condition visible() {
        return access.seesPublishedOnly() ? TransferFilterRepository.published() : DSL.noCondition();
    }

}
