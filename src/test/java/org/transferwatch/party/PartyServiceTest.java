package org.transferwatch.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferService;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class PartyServiceTest {

    /** The Russian-flagged cargo ship the MSMT's first report names, by its IMO ship number. */
    static final String ANGARA_IMO = "9179842";

    @Autowired
    PartyService parties;

    @Autowired
    PartyTransfers involvements;

    @Autowired
    TransferService transfers;

    @Autowired
    DSLContext dsl;

    static PartyDraft angara() {
        return new PartyDraft(PartyKind.VESSEL, "ANGARA", List.of("HAI YANG 8"), "RUS", "Cargo ship.",
                List.of(new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, "IMO " + ANGARA_IMO)),
                List.of(new PartyDraft.Flag("RUS", LocalDate.of(2016, 6, 1), null)));
    }

    private static PartyDraft vessel(String name, PartyDraft.Identifier... identifiers) {
        return new PartyDraft(PartyKind.VESSEL, name, List.of(), null, null, List.of(identifiers), List.of());
    }

    private List<Problem> problemsOf(PartyDraft draft) {
        try {
            parties.create(draft);
        }
        catch (ValidationException e) {
            return e.problemsWithFields();
        }
        throw new AssertionError("The draft was saved");
    }

    private String audited(long id, String action, String json) {
        return dsl.fetchValue("select " + json + " from audit_event where entity_type = 'party' and entity_id = ? and"
                + " action = ? order by id desc limit 1", Long.toString(id), action).toString();
    }

    private long userId(String username) {
        return dsl.fetchValue("select id from app_user where username = ?", username) instanceof Long id ? id : -1;
    }

    @Test
    void records_a_vessel_with_its_names_numbers_and_flags_and_audits_the_whole_record() {
        var id = parties.create(angara());

        var angara = parties.party(id);
        assertThat(angara.name()).isEqualTo("ANGARA");
        assertThat(angara.aliases()).containsExactly("HAI YANG 8");
        assertThat(angara.countryName()).isEqualTo("Russia");
        assertThat(angara.identifiers()).containsExactly(new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, ANGARA_IMO));
        assertThat(angara.flags()).containsExactly(new PartyDraft.Flag("RUS", LocalDate.of(2016, 6, 1), null));
        assertThat(dsl.fetch("select position, name from party_name where party_id = ? order by position", id)
            .map(row -> row.get(0) + " " + row.get(1))).containsExactly("0 ANGARA", "1 HAI YANG 8");
        assertThat(audited(id, "create", "after -> 'names'")).isEqualTo("[\"ANGARA\",\"HAI YANG 8\"]");
        assertThat(audited(id, "create", "after -> 'identifiers' -> 0 ->> 'value'")).isEqualTo(ANGARA_IMO);
        assertThat(audited(id, "create", "after -> 'flags' -> 0 ->> 'country'")).isEqualTo("RUS");
        assertThat(audited(id, "create", "actor_name")).isEqualTo("analyst");
    }

    @Test
    void a_party_without_a_name_and_a_wrong_check_digit_are_refused_in_the_users_terms() {
        var problems = problemsOf(vessel(" ", new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, "9123457")));
        assertThat(problems).containsExactly(
                PartyDraft.Field.NAME.problem("Enter the party's name, as reporting gives it."),
                PartyDraft.Field.IDENTIFIERS.problem("IMO 9123457 is not a valid IMO ship number: its check digit should be 3."));
        assertThat(dsl.fetchCount(DSL.table("party"), DSL.field("name").eq("ANGARA"))).isZero();
    }

    @Test
    void an_unknown_state_is_refused_at_the_country_and_at_the_flags() {
        var draft = new PartyDraft(PartyKind.VESSEL, "ANGARA", List.of(), "XYZ", null, List.of(),
                List.of(new PartyDraft.Flag("QQQ", null, null)));
        assertThat(problemsOf(draft)).containsExactly(PartyDraft.Field.COUNTRY.problem("\"XYZ\" is not a known state."),
                PartyDraft.Field.FLAGS.problem("\"QQQ\" is not a known state."));
    }

    @Test
    void a_number_another_party_has_names_that_party_and_suggests_a_merge() {
        var id = parties.create(angara());
        var problems = problemsOf(vessel("HAI YANG 8", new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, ANGARA_IMO)));
        assertThat(problems).containsExactly(PartyDraft.Field.IDENTIFIERS.problem("Party #" + id
                + " 'ANGARA' already has IMO ship number " + ANGARA_IMO + " — open it, or merge the two."));
        var angara = parties.party(id);
        parties.update(id, angara.draft(), angara.version());
        assertThat(parties.party(id).version()).as("its own number is no conflict").isEqualTo(angara.version() + 1);
    }

    @Test
    void a_save_over_a_newer_one_is_refused_and_names_who_saved_it() {
        var id = parties.create(angara());
        var loaded = parties.party(id);
        parties.update(id, new PartyDraft(PartyKind.VESSEL, "ANGARA", List.of("LADY R"), "RUS", null,
                loaded.identifiers(), loaded.flags()), loaded.version());
        assertThatThrownBy(() -> parties.update(id, angara(), loaded.version()))
            .isInstanceOf(ConcurrentEditException.class)
            .hasMessageStartingWith("This party was changed by Demo analyst at ")
            .hasMessageEndingWith(" — reload to see their change.");
        assertThat(parties.party(id).aliases()).containsExactly("LADY R");
        assertThat(audited(id, "update", "before -> 'names'")).isEqualTo("[\"ANGARA\",\"HAI YANG 8\"]");
        assertThat(audited(id, "update", "after -> 'names'")).isEqualTo("[\"ANGARA\",\"LADY R\"]");
    }

    @Test
    void search_finds_a_party_by_an_alias_without_its_accents_and_by_its_number() {
        parties.create(new PartyDraft(PartyKind.COMPANY, "Société Générale de Transports Maritimes",
                List.of("Sovfrakht-Mézhdunarodny"), "RUS", null, List.of(), List.of()));
        var angara = parties.create(angara());

        var byAlias = parties.search("sovfrakht mezhdunarodny", 0, 10);
        assertThat(byAlias).extracting(PartyRow::name).containsExactly("Société Générale de Transports Maritimes");
        assertThat(byAlias.getFirst().matched()).isEqualTo("Sovfrakht-Mézhdunarodny");
        assertThat(parties.search("societe generale", 0, 10)).extracting(PartyRow::name)
            .containsExactly("Société Générale de Transports Maritimes");
        assertThat(parties.search("IMO " + ANGARA_IMO, 0, 10)).extracting(PartyRow::id).containsExactly(angara);
        assertThat(parties.search("hai yang", 0, 10)).extracting(PartyRow::matched).containsExactly("HAI YANG 8");
        assertThat(parties.count("hai yang")).isEqualTo(1);
        assertThat(parties.search("", 0, 100)).extracting(PartyRow::name).containsSubsequence("ANGARA",
                "Société Générale de Transports Maritimes");
    }

    @Test
    void a_merge_moves_names_numbers_flags_and_transfer_links_and_hides_the_merged_record() {
        var kept = parties.create(angara());
        var merged = parties.create(new PartyDraft(PartyKind.VESSEL, "LADY R", List.of("HAI YANG 8"), "RUS", null,
                List.of(new PartyDraft.Identifier(PartyIdentifierKind.MMSI, "273000001")),
                List.of(new PartyDraft.Flag("MNG", LocalDate.of(2012, 1, 1), LocalDate.of(2016, 5, 31)))));
        var transfer = transfers.createDraft(TestData.draft("PRK", "RUS", "Artillery shells by sea"));
        var analyst = userId("analyst");
        for (var row : List.of(List.of(merged, "carrier"), List.of(merged, "shipper"), List.of(kept, "carrier"))) {
            dsl.execute("insert into transfer_party (transfer_id, party_id, role, created_by, updated_by)"
                    + " values (?, ?, ?, ?, ?)", transfer, row.get(0), row.get(1), analyst, analyst);
        }
        var rajin = dsl.fetchValue("insert into place (name, kind, country_code, latitude, longitude, coordinate_source,"
                + " coordinate_licence) values ('Rajin test port', 'port', 'PRK', 42.24, 130.29, 'test', 'test')"
                + " returning id");
        dsl.execute("insert into shipment (transfer_id, mode, carrier_party_id, loading_place_id, created_by, updated_by)"
                + " values (?, 'sea', ?, ?, ?, ?)", transfer, merged, rajin, analyst, analyst);

        TestData.as(Role.ADMIN, () -> {
            parties.merge(merged, kept, "The same ship: the MMSI and the flag history match the IMO record.");
            return null;
        });

        assertThat(dsl.fetch("select party_id, role from transfer_party where transfer_id = ? order by role", transfer)
            .map(row -> row.get(0) + " " + row.get(1))).containsExactly(kept + " carrier", kept + " shipper");
        assertThat(dsl.fetchValue("select carrier_party_id from shipment where transfer_id = ?", transfer)).isEqualTo(kept);
        var angara = parties.party(kept);
        assertThat(angara.aliases()).containsExactly("HAI YANG 8", "LADY R");
        assertThat(angara.identifiers()).extracting(PartyDraft.Identifier::label)
            .containsExactly("IMO ship number " + ANGARA_IMO, "MMSI 273000001");
        assertThat(angara.flags()).extracting(PartyDraft.Flag::countryCode).containsExactly("MNG", "RUS");
        assertThat(involvements.transfersOf(kept)).extracting(PartyTransfers.PartyTransfer::transferId).contains(transfer);
        assertThat(involvements.shipmentsOf(kept)).hasSize(1);

        assertThat(parties.party(merged).mergedInto()).isEqualTo(kept);
        assertThat(parties.search("lady r", 0, 10)).extracting(PartyRow::id).containsExactly(kept);
        assertThat(parties.search("", 0, 100)).extracting(PartyRow::id).contains(kept).doesNotContain(merged);
        assertThat(audited(merged, "merge", "after -> 'merge' ->> 'reason'"))
            .isEqualTo("The same ship: the MMSI and the flag history match the IMO record.");
        assertThat(audited(kept, "merge", "after -> 'merge' ->> 'merged'")).isEqualTo(Long.toString(merged));
        assertThat(audited(merged, "merge", "after ->> 'merged_into'")).isEqualTo(Long.toString(kept));
        assertThatThrownBy(() -> parties.update(merged, angara(), 1)).isInstanceOf(ValidationException.class)
            .hasMessage("This party was merged into #" + kept + "; edit that record.");
    }

    @Test
    void a_merge_needs_an_administrator_a_reason_and_two_records_of_the_same_kind() {
        var vessel = parties.create(angara());
        var company = parties.create(new PartyDraft(PartyKind.COMPANY, "Angara Shipping", List.of(), "RUS", null,
                List.of(), List.of()));
        assertThatThrownBy(() -> parties.merge(company, vessel, "same"))
            .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        TestData.as(Role.ADMIN, () -> {
            assertThatThrownBy(() -> parties.merge(company, vessel, "same")).isInstanceOf(ValidationException.class)
                .hasMessage("A company cannot be merged into a vessel: merge two records of the same kind.");
            assertThatThrownBy(() -> parties.merge(vessel, vessel, "same")).hasMessage("A party cannot be merged into itself.");
            assertThatThrownBy(() -> parties.merge(company, vessel, " "))
                .hasMessage("Say why the two records are the same party: a merge needs a reason.");
            return null;
        });
    }

}
