package org.transferwatch.party;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a party's page shows of the transfers and shipments it takes part in. The feature that owns the
 * transfers implements it, so that the party pages need no import of that feature. Both lists hold only what
 * the current user may see (viewers: published transfers).
 */
public interface PartyTransfers {

    List<PartyTransfer> transfersOf(long partyId);

    List<PartyShipment> shipmentsOf(long partyId);

    /**
     * @param role the party's role in the transfer, as people read it ("Shipper")
     * @param reviewState "Draft", "Published" or "Retracted"
     * @param period the transfer's period as people read it, if known
     */
    record PartyTransfer(long transferId, String supplierName, String recipientName, String item, String role,
            String reviewState, @Nullable String period) {
    }

    /**
     * @param mode "Sea", "Rail", "Air" or "Road"
     * @param part how the party takes part in the leg: "Carrier" or "Receiving vessel"
     * @param from the place of loading, via the crossing, to the place of discharge, by name, where known
     */
    record PartyShipment(long shipmentId, long transferId, String item, String mode, String part,
            @Nullable String period, @Nullable String from, @Nullable String via, @Nullable String to) {
    }

}
