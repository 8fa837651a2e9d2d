package org.transferwatch.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyIdentifierKind;
import org.transferwatch.party.PartyKind;
import org.transferwatch.party.PartyService;
import org.transferwatch.place.Place;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.NewTransferParty;
import org.transferwatch.transfer.PartyRole;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ShipmentDraft;
import org.transferwatch.transfer.ShipmentMode;
import org.transferwatch.transfer.ShipmentService;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferPartyService;

/**
 * Records the parties and legs an analyst kept on an accepted proposal as the new draft transfer's, each with the
 * sentence it came from as its claim, in the acceptance's transaction. A party is the stored record with the same
 * IMO number, or else with the same name and kind; otherwise it is created (and matched with the designations
 * like any new party). A party whose role the text does not state is not placed in the transfer: the analyst adds
 * it on the transfer page with the role they judge, rather than the app guessing one.
 */
@Component
class TransportRecorder {

    private final PartyService parties;

    private final TransferPartyService transferParties;

    private final ShipmentService shipments;

    TransportRecorder(PartyService parties, TransferPartyService transferParties, ShipmentService shipments) {
        this.parties = parties;
        this.transferParties = transferParties;
        this.shipments = shipments;
    }

    /** Returns how many parties and legs were recorded. */
    int record(long transferId, long sourceId, AdmiraltyGrade grade, List<ProposedParty> keptParties,
            List<ProposedShipment> keptShipments) {
        var recorded = 0;
        Map<String, Long> vessels = new HashMap<>();
        for (var party : keptParties) {
            var partyId = findOrCreate(party);
            if (party.kind() == PartyKind.VESSEL) {
                vessels.put(key(party.name()), partyId);
            }
            if (party.role() != null) {
                transferParties.addParty(transferId, new NewTransferParty(partyId, PartyRole.valueOf(party.role().name()),
                        null, List.of(claim(sourceId, party.sentence(), grade))));
                recorded++;
            }
        }
        for (var leg : keptShipments) {
            var carrier = vessel(leg.carrier(), vessels);
            var receiving = vessel(leg.receivingVessel(), vessels);
            var position = leg.shipToShip() ? leg.seaArea() : null;
            shipments.addShipment(transferId, new ShipmentDraft(ShipmentMode.valueOf(leg.mode().name()), leg.shipToShip(),
                    leg.period(), carrier, receiving, id(leg.loading()), id(leg.discharge()), id(leg.crossing()),
                    position == null ? null : position.latitude(), position == null ? null : position.longitude(),
                    Quantity.UNKNOWN, null), List.of(claim(sourceId, leg.sentence(), grade)));
            recorded++;
        }
        return recorded;
    }

    private long findOrCreate(ProposedParty party) {
        var imoKind = party.kind() == PartyKind.VESSEL ? PartyIdentifierKind.IMO_SHIP : PartyIdentifierKind.IMO_COMPANY;
        return parties.findOrCreate(new PartyDraft(party.kind(), party.name(), List.of(), party.flagCode(),
                "Recorded from a source by the intake assistant.",
                party.imoNumber() == null ? List.of() : List.of(new PartyDraft.Identifier(imoKind, party.imoNumber())),
                party.flagCode() == null ? List.of() : List.of(new PartyDraft.Flag(party.flagCode(), null, null))));
    }

    private static @Nullable Long vessel(@Nullable String name, Map<String, Long> vessels) {
        return name == null ? null : vessels.get(key(name));
    }

    private static @Nullable Long id(@Nullable Place place) {
        return place == null ? null : place.id();
    }

    private static NewClaim claim(long sourceId, Excerpt sentence, AdmiraltyGrade grade) {
        return new NewClaim(sourceId, sentence.text(), Stance.SUPPORTS, grade);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

}
