package org.transferwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.db.Tables.PARTY;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.support.TestData.draft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyIdentifierKind;
import org.transferwatch.party.PartyKind;
import org.transferwatch.party.PartyService;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.place.PlaceService;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.NewTransferParty;
import org.transferwatch.transfer.PartsFixture;
import org.transferwatch.transfer.PartyRole;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.PeriodPrecision;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ShipmentDraft;
import org.transferwatch.transfer.ShipmentMode;
import org.transferwatch.transfer.ShipmentService;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferPartyService;
import org.transferwatch.transfer.TransferService;

/** The parties and shipments of transfers in our CSV: the export's cells, the import reading them back, its refusals. */
@TransferWatchTest
@Transactional
class PartsExchangeTest {

    static final String PARTIES_CELL = "\"O'Neil on Tour\" (broker, person, RUS); \"Sea Star Shipping; Ltd\" (shipper,"
            + " company, IMO 1234567, PRK); Angara Test (carrier, vessel, IMO 9183609, RUS)";

    static final String FIRST_CELL = "2023-09-07 sea from Rajin to Dunai on Angara Test (IMO 9183609) carrying about"
            + " 5000 shells";

    static final String LAST_CELL = "2023-10-01/2023-12-31 quarter rail from Tumangang via Tumangang–Khasan rail crossing"
            + " to \"Khasan yard (test)\" on Rail Operator Test";

    @Autowired
    ExchangeService exchange;

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidence;

    @Autowired
    PartyService parties;

    @Autowired
    PlaceService places;

    @Autowired
    TransferPartyService transferParties;

    @Autowired
    ShipmentService shipments;

    @Autowired
    SourceService sources;

    @Autowired
    DSLContext dsl;

    private int count(String table) {
        return dsl.fetchCount(dsl.selectFrom(table));
    }

    private String export(TransferFilter filter) {
        return ExchangeFiles.export(exchange, filter);
    }

    /** The cells of the columns in the export's one row for the filter. */
    private Map<String, String> exportedRow(TransferFilter filter) {
        var records = CsvLines.read(export(filter).substring(1), 1, share -> {
        });
        assertThat(records).hasSize(2);
        var fields = records.get(1).fields();
        return Map.of(TransferCsv.PARTIES, fields.get(TransferCsv.COLUMNS.indexOf(TransferCsv.PARTIES)),
                TransferCsv.FIRST_SHIPMENT, fields.get(TransferCsv.COLUMNS.indexOf(TransferCsv.FIRST_SHIPMENT)),
                TransferCsv.LAST_SHIPMENT, fields.get(TransferCsv.COLUMNS.indexOf(TransferCsv.LAST_SHIPMENT)));
    }

    private ImportPreview preview(String csv) {
        return ExchangeFiles.preview(exchange, csv);
    }

    private long place(String name) {
        return places.named(name).getFirst().id();
    }

    /** A draft from Belarus to Syria with a claim, three parties and two legs, whose cells need every rule. */
    private long transferWithParts() {
        var id = transfers.createDraft(draft("BLR", "SYR", "Artillery shells"));
        var added = evidence.addClaimFromNewSource(id, new NewSource(SourceKind.MONITORING_REPORT, "MSMT report (test)",
                "MSMT", null, null, LocalDate.of(2025, 5, 29), "en", null),
                new NewClaim(0, "Shells were shipped from Rajin to Dunai.", Stance.SUPPORTS, AdmiraltyGrade.parse("B2")));
        var sourceId = added.source().id();
        var claim = new NewClaim(sourceId, "The parties of the shipment.", Stance.SUPPORTS, AdmiraltyGrade.parse("B2"));
        var vessel = parties.create(new PartyDraft(PartyKind.VESSEL, "Angara Test", List.of(), "RUS", null,
                List.of(new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, "9183609")), List.of()));
        var shipper = parties.create(new PartyDraft(PartyKind.COMPANY, "Sea Star Shipping; Ltd", List.of(), "PRK", null,
                List.of(new PartyDraft.Identifier(PartyIdentifierKind.IMO_COMPANY, "1234567")), List.of()));
        var broker = parties.create(new PartyDraft(PartyKind.PERSON, "O'Neil on Tour", List.of(), "RUS", null, List.of(),
                List.of()));
        var operator = parties.create(new PartyDraft(PartyKind.COMPANY, "Rail Operator Test", List.of(), null, null,
                List.of(), List.of()));
        transferParties.addParty(id, new NewTransferParty(vessel, PartyRole.CARRIER, null, List.of(claim)));
        transferParties.addParty(id, new NewTransferParty(shipper, PartyRole.SHIPPER, null, List.of(claim)));
        transferParties.addParty(id, new NewTransferParty(broker, PartyRole.BROKER, null, List.of(claim)));
        var yard = new PartsFixture(dsl, sources).place("Khasan yard", PlaceKind.RAIL_CROSSING, "RUS");
        shipments.addShipment(id, new ShipmentDraft(ShipmentMode.RAIL, false, Period.quarter(2023, 4), operator, null,
                place("Tumangang"), yard, place("Tumangang–Khasan rail crossing"), null, null, Quantity.UNKNOWN, null),
                List.of());
        shipments.addShipment(id, new ShipmentDraft(ShipmentMode.SEA, false,
                new Period(LocalDate.of(2023, 9, 7), LocalDate.of(2023, 9, 7), PeriodPrecision.DAY), vessel, null,
                place("Rajin"), place("Dunai"), null, null, null, new Quantity(new BigDecimal("5000"), null, "shells", true),
                null), List.of(claim));
        return id;
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_export_names_the_parties_in_their_roles_and_the_first_and_last_shipment() {
        transferWithParts();
        var row = exportedRow(TransferFilter.pair("BLR", "SYR"));
        assertThat(row.get(TransferCsv.PARTIES)).isEqualTo(PARTIES_CELL);
        assertThat(row.get(TransferCsv.FIRST_SHIPMENT)).isEqualTo(FIRST_CELL);
        assertThat(row.get(TransferCsv.LAST_SHIPMENT)).isEqualTo(LAST_CELL);
        assertThat(TransferCsv.COLUMNS.subList(TransferCsv.COLUMNS.size() - 4, TransferCsv.COLUMNS.size()))
            .containsExactly(TransferCsv.GRADE, TransferCsv.PARTIES, TransferCsv.FIRST_SHIPMENT, TransferCsv.LAST_SHIPMENT);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_demo_transfer_exports_its_shipper_carrier_and_only_leg() {
        var csv = export(TransferFilter.NONE.withText("shells"));
        var fields = CsvLines.read(csv.substring(1), 1, share -> {
        }).get(1).fields();
        assertThat(fields.get(TransferCsv.COLUMNS.indexOf(TransferCsv.PARTIES)))
            .isEqualTo("Korea Achim Shipping Co (shipper, company, IMO 5936312, PRK); Angara (carrier, vessel, RUS)");
        assertThat(fields.get(TransferCsv.COLUMNS.indexOf(TransferCsv.FIRST_SHIPMENT)))
            .isEqualTo("sea from Rajin to Dunai on Angara");
        assertThat(fields.get(TransferCsv.COLUMNS.indexOf(TransferCsv.LAST_SHIPMENT))).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_formula_in_a_partys_name_is_neutralised_in_the_cell_and_read_back() {
        var id = transfers.createDraft(draft("BLR", "SYR", "Shells"));
        var source = new PartsFixture(dsl, sources).source("Formula source (test)");
        var party = parties.create(new PartyDraft(PartyKind.COMPANY, "=1+2", List.of(), null, null, List.of(),
                List.of()));
        transferParties.addParty(id, new NewTransferParty(party, PartyRole.SELLER, null,
                List.of(PartsFixture.claim(source, "Sold."))));
        var cell = exportedRow(TransferFilter.pair("BLR", "SYR")).get(TransferCsv.PARTIES);
        assertThat(cell).isEqualTo("'=1+2 (seller, company)");
        var problems = new ArrayList<String>();
        assertThat(TransferPartsCsv.parties(TransferCsv.restore(cell), TransferCsv.PARTIES, problems))
            .extracting(TransferPartsCsv.PartyCell::name)
            .containsExactly("=1+2");
        assertThat(problems).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void parties_and_shipments_round_trip_through_the_import_into_a_database_without_them() {
        var id = transferWithParts();
        var before = export(TransferFilter.pair("BLR", "SYR"));
        var partyIds = dsl.select(PARTY.ID).from(PARTY)
            .where(PARTY.NAME.in("Angara Test", "Sea Star Shipping; Ltd", "O'Neil on Tour", "Rail Operator Test"))
            .fetch(PARTY.ID);
        assertThat(partyIds).hasSize(4);
        dsl.deleteFrom(TRANSFER).where(TRANSFER.ID.eq(id)).execute();
        dsl.deleteFrom(PARTY).where(PARTY.ID.in(partyIds)).execute();
        var partiesBefore = count("party");

        var outcome = exchange.importPreview(preview(before), written -> {
        });

        assertThat(outcome.inserted()).isEqualTo(1);
        assertThat(count("party")).isEqualTo(partiesBefore + 4);
        assertThat(export(TransferFilter.pair("BLR", "SYR"))).isEqualTo(before);
        assertThat(dsl.fetchValue("select after ->> 'parties_added' || '/' || (after ->> 'shipments_added') "
                + "from audit_event where entity_type = 'import' order by id desc limit 1")).isEqualTo("3/2");
        var imported = dsl.select(TRANSFER.ID).from(TRANSFER).where(TRANSFER.NATURAL_KEY.eq(
                dsl.select(TRANSFER.NATURAL_KEY).from(TRANSFER).orderBy(TRANSFER.ID.desc()).limit(1))).fetchSingle(TRANSFER.ID);
        assertThat(transferParties.partiesOf(imported))
            .allSatisfy(party -> assertThat(party.claims()).extracting(claim -> claim.quote())
                .containsExactly("Shells were shipped from Rajin to Dunai."));
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void importing_the_same_file_again_finds_the_parties_and_adds_no_role_or_leg_twice() {
        transferWithParts();
        var csv = export(TransferFilter.pair("BLR", "SYR"));
        var partiesBefore = count("party");
        var rolesBefore = count("transfer_party");
        var legsBefore = count("shipment");

        exchange.importPreview(preview(csv), written -> {
        });

        assertThat(count("party")).isEqualTo(partiesBefore);
        assertThat(count("transfer_party")).isEqualTo(rolesBefore);
        assertThat(count("shipment")).isEqualTo(legsBefore);
        assertThat(export(TransferFilter.pair("BLR", "SYR"))).isEqualTo(csv);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_ship_to_ship_leg_round_trips_with_its_position_and_vessels() {
        var cell = "2024-01 sea ship to ship at 38.12, 124.5 on Sun Hope Test (IMO 9183609) into \"Yu on Jong 2\" carrying"
                + " 200-300 tonnes";
        var problems = new ArrayList<String>();
        var leg = TransferPartsCsv.leg(cell, TransferCsv.FIRST_SHIPMENT, problems);
        assertThat(problems).containsExactly(
                "\"2024-01\" in first_shipment is not a date (YYYY-MM-DD) or a period (YYYY-MM-DD/YYYY-MM-DD).");
        problems.clear();
        leg = TransferPartsCsv.leg(cell.replace("2024-01 ", "2024-01-01/2024-01-31 month "), TransferCsv.FIRST_SHIPMENT,
                problems);
        assertThat(problems).isEmpty();
        assertThat(leg).isNotNull();
        assertThat(leg.shipToShip()).isTrue();
        assertThat(leg.period()).isEqualTo(Period.month(2024, 1));
        assertThat(leg.latitude()).isEqualByComparingTo("38.12");
        assertThat(leg.longitude()).isEqualByComparingTo("124.5");
        assertThat(leg.carrier()).isEqualTo(new TransferPartsCsv.Named("Sun Hope Test", "9183609"));
        assertThat(leg.receivingVessel()).isEqualTo(new TransferPartsCsv.Named("Yu on Jong 2", null));
        assertThat(leg.quantity()).isEqualTo(new Quantity(new BigDecimal("200"), new BigDecimal("300"), "tonnes", false));

        var csv = "natural_key,supplier_code,recipient_code,kind,item,status,confidence,source,quote,grade,first_shipment\r\n"
                + "sts:1,PRK,RUS,raw_material,Coal,delivered,low,Panel report (test),Transferred at sea.,C3,\""
                + cell.replace("2024-01 ", "2024-01-01/2024-01-31 month ").replace("\"", "\"\"") + "\"\r\n";
        exchange.importPreview(preview(csv), written -> {
        });
        var row = exportedRow(TransferFilter.pair("PRK", "RUS").withText("coal"));
        assertThat(row.get(TransferCsv.FIRST_SHIPMENT))
            .isEqualTo("2024-01-01/2024-01-31 month sea ship to ship at 38.12, 124.5 on Sun Hope Test (IMO 9183609) into"
                    + " \"Yu on Jong 2\" carrying 200-300 tonnes");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void bad_parties_and_shipments_are_reported_with_their_lines_and_nothing_is_imported() {
        var header = "natural_key,supplier_code,recipient_code,kind,item,status,confidence,source,quote,grade,parties,"
                + "first_shipment,last_shipment\r\n";
        var csv = header
                + "k1,PRK,RUS,arms,Shells,delivered,moderate,Yonhap,Quoted.,B2,\"Angara Test (pilot, vessel)\",,\r\n"
                + "k2,PRK,RUS,arms,Shells,delivered,moderate,Yonhap,Quoted.,B2,\"Angara Test (carrier, vessel, IMO 9183608)\",,\r\n"
                + "k3,PRK,RUS,arms,Shells,delivered,moderate,Yonhap,Quoted.,B2,,2023-09-07 sea from Atlantis to Dunai,\r\n"
                + "k4,PRK,RUS,arms,Shells,delivered,moderate,Yonhap,Quoted.,B2,,2023-09-10/2023-09-07 sea from Rajin to Dunai,\r\n"
                + "k5,PRK,RUS,arms,Shells,delivered,moderate,,,,\"Angara Test (carrier, vessel)\",,\r\n"
                + "k6,PRK,RUS,arms,Shells,delivered,moderate,Yonhap,Quoted.,B2,,,2023-09-07 sea from Rajin\r\n"
                + "k7,PRK,RUS,arms,Shells,delivered,moderate,Yonhap,Quoted.,B2,,2023-09-07 sea from Rajin to Rajin,\r\n"
                + "k8,PRK,RUS,arms,Shells,delivered,moderate,Yonhap,Quoted.,B2,,by sea from Rajin,\r\n";
        var transfersBefore = count("transfer");
        var partiesBefore = count("party");
        var rolesBefore = count("transfer_party");
        var legsBefore = count("shipment");

        var preview = preview(csv);

        assertThat(preview.problems()).containsExactly(
                "Line 2: unknown role \"pilot\" in parties (use one of manufacturer, seller, broker, shipper, carrier, "
                        + "consignee, end_user, financier).",
                "Line 3: the party Angara Test in parties: IMO 9183608 is not a valid IMO ship number: its check digit "
                        + "should be 9.",
                "Line 4: unknown place \"Atlantis\" in first_shipment: the gazetteer has no port, crossing or airfield by "
                        + "that name (administrators add places).",
                "Line 5: the first_shipment ends before it starts (2023-09-10 to 2023-09-07).",
                "Line 6: a party is placed in a transfer by a source: give the row's quote, source and grade, which the "
                        + "import gives each of its parties as their claim.",
                "Line 7: a last_shipment needs a first_shipment.",
                "Line 8: the first_shipment: the place of discharge must differ from the place of loading.",
                "Line 9: the first_shipment \"by sea from Rajin\" cannot be read: give its date or period, then how it "
                        + "moved (sea, rail, air or road), e.g. \"2023-09-07 sea from Rajin to Dunai\".");
        assertThat(preview.ready()).isFalse();
        assertThatThrownBy(() -> exchange.importPreview(preview, written -> {
        })).isInstanceOf(ValidationException.class);
        assertThat(count("transfer")).isEqualTo(transfersBefore);
        assertThat(count("party")).isEqualTo(partiesBefore);
        assertThat(count("transfer_party")).isEqualTo(rolesBefore);
        assertThat(count("shipment")).isEqualTo(legsBefore);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void a_rule_only_the_write_finds_refuses_the_whole_import_with_the_line() {
        var csv = "natural_key,supplier_code,recipient_code,kind,item,status,confidence,source,quote,grade,parties,"
                + "first_shipment\r\n"
                + "ok:1,PRK,RUS,arms,Shells,delivered,moderate,Yonhap,Quoted.,B2,\"Angara Test (carrier, vessel)\",\r\n"
                + "rail:1,PRK,RUS,arms,Shells,delivered,moderate,Yonhap,Quoted.,B2,\"Angara Test (carrier, vessel)\","
                + "2023-09-07 rail from Tumangang to Vostochny on Angara Test\r\n";
        var transfersBefore = count("transfer");
        var partiesBefore = count("party");
        var preview = preview(csv);
        assertThat(preview.ready()).isTrue();

        assertThatThrownBy(() -> exchange.importPreview(preview, written -> {
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                "Line 3: the first_shipment: a vessel cannot carry a rail leg: choose the train operator or leave the "
                        + "carrier empty."));
        // Outside the test's transaction: the import's own transaction rolls back the first row's transfer and party.
        assertThat(count("transfer")).isEqualTo(transfersBefore);
        assertThat(count("party")).isEqualTo(partiesBefore);
    }

}
