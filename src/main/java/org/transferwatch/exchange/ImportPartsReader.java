package org.transferwatch.exchange;

import static org.transferwatch.exchange.ImportRow.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyIdentifierKind;
import org.transferwatch.party.PartyKind;
import org.transferwatch.place.Place;
import org.transferwatch.transfer.ShipmentDraft;

/**
 * Reads the parties, first_shipment and last_shipment cells of a row of our CSV and checks them as far as a
 * preview can without writing: each party's role, kind, name, IMO number and state, each shipment's places in
 * the gazetteer and its own rules. Every problem is a sentence with the row's line.
 */
final class ImportPartsReader {

    private final ImportLookups lookups;

    ImportPartsReader(ImportLookups lookups) {
        this.lookups = lookups;
    }

    /**
     * @param hasClaim whether the row quotes a source: a party is in a transfer because a source says so, and the
     *        import places it there on the row's claim
     */
    ImportParts read(CsvCells cells, int line, boolean hasClaim, List<String> problems) {
        var partiesCell = cells.text(TransferCsv.PARTIES);
        var firstCell = cells.text(TransferCsv.FIRST_SHIPMENT);
        var lastCell = cells.text(TransferCsv.LAST_SHIPMENT);
        if (partiesCell == null && firstCell == null && lastCell == null) {
            return ImportParts.NONE;
        }
        var found = new ArrayList<String>();
        var parties = partiesCell == null ? List.<TransferPartsCsv.PartyCell>of()
                : TransferPartsCsv.parties(partiesCell, TransferCsv.PARTIES, found);
        parties.forEach(party -> check(party, found));
        if (!parties.isEmpty() && !hasClaim) {
            found.add("a party is placed in a transfer by a source: give the row's quote, source and grade, which the"
                    + " import gives each of its parties as their claim.");
        }
        var legs = new ArrayList<ImportParts.Leg>();
        if (firstCell != null) {
            leg(firstCell, TransferCsv.FIRST_SHIPMENT, found, legs);
        }
        if (lastCell != null) {
            if (firstCell == null) {
                found.add("a last_shipment needs a first_shipment.");
            }
            else if (!lastCell.strip().equals(firstCell.strip())) {
                leg(lastCell, TransferCsv.LAST_SHIPMENT, found, legs);
            }
        }
        found.forEach(problem -> problems.add(at(line, problem)));
        return found.isEmpty() ? new ImportParts(parties, legs) : ImportParts.NONE;
    }

    /** The party's own rules (PartyDraft's: name, IMO check digit) and its state. */
    private void check(TransferPartsCsv.PartyCell party, List<String> problems) {
        var draft = draft(party).cleaned();
        for (var problem : draft.problems()) {
            problems.add("the party " + ExchangeService.shorten(party.name()) + " in parties: " + problem.message());
        }
        if (party.countryCode() != null && lookups.countryByCode(party.countryCode()).isEmpty()) {
            problems.add("unknown state \"" + ExchangeService.shorten(party.countryCode()) + "\" for the party "
                    + ExchangeService.shorten(party.name()) + " in parties.");
        }
    }

    /** The party record the import finds or creates for a party of a cell. */
    static PartyDraft draft(TransferPartsCsv.PartyCell party) {
        return draft(party.kind(), party.name(), party.imoNumber(), party.countryCode());
    }

    static PartyDraft draft(PartyKind kind, String name, @Nullable String imoNumber, @Nullable String countryCode) {
        var imoKind = kind == PartyKind.VESSEL ? PartyIdentifierKind.IMO_SHIP : PartyIdentifierKind.IMO_COMPANY;
        return new PartyDraft(kind, name, List.of(), countryCode, "Recorded by a CSV import.",
                imoNumber == null ? List.of() : List.of(new PartyDraft.Identifier(imoKind, imoNumber)),
                kind == PartyKind.VESSEL && countryCode != null ? List.of(new PartyDraft.Flag(countryCode, null, null))
                        : List.of());
    }

    private void leg(String cell, String column, List<String> problems, List<ImportParts.Leg> legs) {
        var before = problems.size();
        var leg = TransferPartsCsv.leg(cell, column, problems);
        if (leg == null) {
            return;
        }
        var loading = place(leg.loading(), column, problems);
        var crossing = place(leg.crossing(), column, problems);
        var discharge = place(leg.discharge(), column, problems);
        for (var vessel : new TransferPartsCsv.Named[] { leg.carrier(), leg.receivingVessel() }) {
            if (vessel != null && vessel.imoNumber() != null) {
                draft(PartyKind.VESSEL, vessel.name(), vessel.imoNumber(), null).cleaned().problems()
                    .forEach(problem -> problems.add("the vessel " + ExchangeService.shorten(vessel.name()) + " in "
                            + column + ": " + problem.message()));
            }
        }
        if (problems.size() > before) {
            return;
        }
        // The carrier and receiving vessel are found or recorded when the import is written; stand-ins here.
        var draft = new ShipmentDraft(leg.mode(), leg.shipToShip(), leg.period(), leg.carrier() == null ? null : -1L,
                leg.receivingVessel() == null ? null : -2L, id(loading), id(discharge), id(crossing), leg.latitude(),
                leg.longitude(), leg.quantity(), null);
        for (var problem : draft.problems()) {
            problems.add("the " + column + ": " + lowerFirst(problem.message()));
        }
        if (problems.size() == before) {
            legs.add(new ImportParts.Leg(column, leg, id(loading), id(crossing), id(discharge)));
        }
    }

    private @Nullable Place place(@Nullable String name, String column, List<String> problems) {
        if (name == null) {
            return null;
        }
        var places = lookups.placesNamed(name);
        if (places.size() > 1) {
            var exact = places.stream().filter(place -> place.name().equalsIgnoreCase(name)).toList();
            places = exact.isEmpty() ? places : exact;
        }
        if (places.isEmpty()) {
            problems.add("unknown place \"" + ExchangeService.shorten(name) + "\" in " + column
                    + ": the gazetteer has no port, crossing or airfield by that name (administrators add places).");
            return null;
        }
        if (places.size() > 1) {
            problems.add("\"" + ExchangeService.shorten(name) + "\" in " + column + " names more than one place of the"
                    + " gazetteer: " + String.join(", ", places.stream().map(place -> place.name()
                            + (place.countryCode() == null ? "" : " (" + place.countryCode() + ")")).toList()) + ".");
            return null;
        }
        return places.getFirst();
    }

    private static @Nullable Long id(@Nullable Place place) {
        return place == null ? null : place.id();
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

}
