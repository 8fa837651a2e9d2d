package org.transferwatch.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.transferwatch.base.ValidationException;
import org.transferwatch.party.PartyKind;
import org.transferwatch.party.PartyService;
import org.transferwatch.transfer.InvolvedParty;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.NewTransferParty;
import org.transferwatch.transfer.ShipmentDraft;
import org.transferwatch.transfer.ShipmentMode;
import org.transferwatch.transfer.ShipmentService;
import org.transferwatch.transfer.TransferPartyService;

/**
 * Gives imported transfers the parties and shipments their rows name, in the import's transaction, through the
 * transfer's own services and their rules. A party is the stored record with the same IMO number, or else with
 * the same name and kind, or is recorded ({@link PartyService#findOrCreate}); it is placed in the transfer in a
 * role it does not have there yet, on the row's claim. The legs are added to a transfer that has none yet, so
 * that importing the same file again adds nothing. A problem only the write finds (a vessel carrying a rail leg)
 * refuses the whole import with the row's line.
 */
@Component
class ImportPartsRecorder {

    /** What the import added. */
    record Recorded(int parties, int shipments) {
    }

    private final PartyService parties;

    private final TransferPartyService transferParties;

    private final ShipmentService shipments;

    ImportPartsRecorder(PartyService parties, TransferPartyService transferParties, ShipmentService shipments) {
        this.parties = parties;
        this.transferParties = transferParties;
        this.shipments = shipments;
    }

    /**
     * @param transferIds the transfers the user may change, by natural key: the rows of others (an analyst's of
     *        published transfers) are left as they are, like their transfers
     * @param claims the claim each row (by line) gives its transfer, which its parties and legs get too
     */
    Recorded record(List<ImportRow> rows, Map<String, Long> transferIds, Map<Integer, NewClaim> claims) {
        var addedParties = 0;
        var addedLegs = 0;
        for (var row : rows) {
            var transferId = transferIds.get(row.naturalKey());
            if (transferId == null || row.parts().isEmpty()) {
                continue;
            }
            try {
                var claim = claims.get(row.line());
                var byName = new HashMap<String, Long>();
                addedParties += recordParties(transferId, row.parts(), claim, byName);
                addedLegs += recordLegs(transferId, row.parts(), claim, byName);
            }
            catch (ValidationException e) {
                throw new ValidationException(e.problems().stream().map(problem -> ImportRow.at(row.line(), problem))
                    .toList());
            }
        }
        return new Recorded(addedParties, addedLegs);
    }

    private int recordParties(long transferId, ImportParts parts, @Nullable NewClaim claim, Map<String, Long> byName) {
        var held = new HashSet<String>();
        for (InvolvedParty party : transferParties.partiesOf(transferId)) {
            held.add(party.partyId() + "|" + party.role());
        }
        var added = 0;
        for (var party : parts.parties()) {
            var partyId = parties.findOrCreate(ImportPartsReader.draft(party));
            byName.putIfAbsent(key(party.name()), partyId);
            if (claim != null && held.add(partyId + "|" + party.role())) {
                transferParties.addParty(transferId, new NewTransferParty(partyId, party.role(), null, List.of(claim)));
                added++;
            }
        }
        return added;
    }

    private int recordLegs(long transferId, ImportParts parts, @Nullable NewClaim claim, Map<String, Long> byName) {
        if (parts.legs().isEmpty() || !shipments.shipmentsOf(transferId).isEmpty()) {
            return 0;
        }
        for (var leg : parts.legs()) {
            var cell = leg.cell();
            var carrier = party(cell.carrier(), cell.mode() == ShipmentMode.SEA ? PartyKind.VESSEL : PartyKind.COMPANY,
                    byName);
            var receiving = party(cell.receivingVessel(), PartyKind.VESSEL, byName);
            var draft = new ShipmentDraft(cell.mode(), cell.shipToShip(), cell.period(), carrier, receiving,
                    leg.loadingId(), leg.dischargeId(), leg.crossingId(), cell.latitude(), cell.longitude(),
                    cell.quantity(), null);
            try {
                shipments.addShipment(transferId, draft, claim == null ? List.of() : List.of(claim));
            }
            catch (ValidationException e) {
                throw new ValidationException(e.problems().stream().map(problem -> "the " + leg.column() + ": "
                        + ImportPartsReader.lowerFirst(problem)).toList());
            }
        }
        return parts.legs().size();
    }

    /** A carrier or receiving vessel: a party of the row by that name, or else found or recorded. */
    private @Nullable Long party(TransferPartsCsv.@Nullable Named named, PartyKind kind, Map<String, Long> byName) {
        if (named == null) {
            return null;
        }
        var ofRow = byName.get(key(named.name()));
        if (ofRow != null && named.imoNumber() == null) {
            return ofRow;
        }
        var kindOf = named.imoNumber() != null ? PartyKind.VESSEL : kind;
        return parties.findOrCreate(ImportPartsReader.draft(kindOf, named.name(), named.imoNumber(), null));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

}
