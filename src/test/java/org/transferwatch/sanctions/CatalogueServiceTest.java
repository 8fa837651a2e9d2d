package org.transferwatch.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.LinkedProvision;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferSanctionsService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

@TransferWatchTest
@Transactional
class CatalogueServiceTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferSanctionsService transferSanctions;

    @Autowired
    TransferListService listing;

    @Autowired
    DSLContext dsl;

    private long droneTransfer() {
        return TestData.as(Role.ANALYST, () -> transfers.createDraft(new TransferDraft("IRN", "RUS", TransferKind.ARMS,
                "ML10", "Geran-2 drones", null, Quantity.UNKNOWN, null, TransferStatus.REPORTED, Period.year(2024), null,
                null, null, Confidence.MODERATE)));
    }

    private List<String> suggested(long transfer) {
        return TestData.as(Role.ANALYST, () -> transferSanctions.suggestedProvisions(transfer).stream()
            .map(s -> s.provision().citation()).toList());
    }

    private ProvisionDraft droneBan(long instrumentId) {
        return new ProvisionDraft(instrumentId, "Art 99", "Bans buying drones from Iran.", "https://example.org/text",
                false, Conduct.PROHIBITION, Binding.ALL_STATES, List.of("arms"), List.of("ML10"), List.of("drone"),
                List.of(new ScopeRow("IRN", "RUS")), LocalDate.of(2023, 1, 1), null);
    }

    private Instrument anyInstrument() {
        return catalogue.instruments("UNSC").getFirst();
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_new_provision_is_suggested_at_once_and_an_earlier_decision_stays() {
        var transfer = droneTransfer();
        var before = suggested(transfer);
        var id = catalogue.createProvision(droneBan(anyInstrument().id()));
        var citation = catalogue.provision(id).orElseThrow().provision().citation();
        assertThat(suggested(transfer)).first().isEqualTo(citation);
        assertThat(suggested(transfer)).containsAll(before);

        TestData.as(Role.ANALYST, () -> transferSanctions.decideProvision(transfer, id,
                org.transferwatch.sanctions.SanctionsLink.Decision.DISMISSED, "Russia bought them under licence."));
        var details = catalogue.provision(id).orElseThrow();
        var narrower = new ProvisionDraft(details.instrumentId(), "Art 99", "Bans buying drones from Iran.", null, false,
                Conduct.PROHIBITION, Binding.ALL_STATES, List.of("arms"), List.of("ML10"), List.of("shahed"),
                List.of(new ScopeRow("IRN", null)), LocalDate.of(2023, 1, 1), null);
        catalogue.updateProvision(id, narrower, details.version());
        assertThat(TestData.as(Role.ANALYST, () -> transferSanctions.sanctionsLinks(transfer)))
            .extracting(l -> l.provision().id() + " " + l.decision()).containsExactly(id + " DISMISSED");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_changed_scope_changes_the_suggestions_and_the_provisions_transfer_counts() {
        var transfer = droneTransfer();
        var id = catalogue.createProvision(droneBan(anyInstrument().id()));
        assertThat(transferSanctions.countsFor(id).suggested()).isEqualTo(1);
        assertThat(listing.count(TransferFilter.linkedTo(id, LinkedProvision.Linked.SUGGESTED))).isEqualTo(1);
        var details = catalogue.provision(id).orElseThrow();
        var elsewhere = new ProvisionDraft(details.instrumentId(), "Art 99", "Bans selling drones to Belarus.", null,
                false, Conduct.PROHIBITION, Binding.ALL_STATES, List.of("arms"), List.of(), List.of("drone"),
                List.of(new ScopeRow(null, "BLR")), LocalDate.of(2023, 1, 1), null);
        catalogue.updateProvision(id, elsewhere, details.version());
        assertThat(suggested(transfer)).doesNotContain(details.provision().citation());
        assertThat(transferSanctions.countsFor(id).suggested()).isZero();
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_retired_provision_is_no_longer_suggested_and_stays_marked_on_its_transfers() {
        var transfer = droneTransfer();
        var id = catalogue.createProvision(droneBan(anyInstrument().id()));
        TestData.as(Role.ANALYST, () -> transferSanctions.decideProvision(transfer, id,
                org.transferwatch.sanctions.SanctionsLink.Decision.CONFIRMED, null));
        var other = droneTransfer();
        catalogue.retireProvision(id, true, catalogue.provision(id).orElseThrow().version());
        assertThat(suggested(other)).doesNotContain(catalogue.provision(id).orElseThrow().provision().citation());
        var link = TestData.as(Role.ANALYST, () -> transferSanctions.sanctionsLinks(transfer)).getFirst();
        assertThat(link.provision().retired()).isTrue();
        assertThat(catalogue.searchProvisions(new ProvisionQuery(null, null, null, null, false)))
            .extracting(p -> p.provision().id()).doesNotContain(id);
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_provision_with_linked_transfers_is_never_deleted() {
        var transfer = droneTransfer();
        var id = catalogue.createProvision(droneBan(anyInstrument().id()));
        TestData.as(Role.ANALYST, () -> transferSanctions.decideProvision(transfer, id,
                org.transferwatch.sanctions.SanctionsLink.Decision.CONFIRMED, null));
        assertThatThrownBy(() -> catalogue.deleteProvision(id, 0)).isInstanceOf(ValidationException.class)
            .hasMessage("A transfer is linked to this provision, so it cannot be deleted; retire it instead.");
        assertThat(catalogue.provision(id)).isPresent();
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void every_change_is_audited_with_before_and_after() {
        var id = catalogue.createProvision(droneBan(anyInstrument().id()));
        var details = catalogue.provision(id).orElseThrow();
        var changed = new ProvisionDraft(details.instrumentId(), "Art 99", "Bans buying drones from Iran, changed.",
                null, true, Conduct.PROHIBITION, Binding.ALL_STATES, List.of("arms"), List.of("ML10"), List.of("drone"),
                List.of(new ScopeRow("IRN", "RUS")), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 9, 27));
        catalogue.updateProvision(id, changed, details.version());
        catalogue.retireProvision(id, true, details.version() + 1);
        var events = dsl.fetch("select action, before ->> 'summary', after ->> 'summary', after ->> 'applies_until',"
                + " after -> 'scope' ->> 0 from audit_event where entity_type = 'sanctions_provision' and entity_id = ?"
                + " order by id", Long.toString(id));
        assertThat(events).extracting(r -> r.get(0)).containsExactly("create", "update", "retire");
        assertThat(events.get(1).get(1)).isEqualTo("Bans buying drones from Iran.");
        assertThat(events.get(1).get(2)).isEqualTo("Bans buying drones from Iran, changed.");
        assertThat(events.get(1).get(3)).isEqualTo("2025-09-27");
        assertThat((String) events.get(1).get(4)).contains("\"supplier\": \"IRN\"");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_save_over_a_newer_one_is_refused_with_who_made_it() {
        var id = catalogue.createProvision(droneBan(anyInstrument().id()));
        var loaded = catalogue.provision(id).orElseThrow();
        catalogue.updateProvision(id, loaded.draft(), loaded.version());
        assertThatThrownBy(() -> catalogue.updateProvision(id, loaded.draft(), loaded.version()))
            .isInstanceOf(ConcurrentEditException.class)
            .hasMessageStartingWith("This provision was changed by Demo administrator at ")
            .hasMessageEndingWith(" — reload to see their change.");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_stale_save_changes_neither_the_provision_nor_its_scope() {
        var id = catalogue.createProvision(droneBan(anyInstrument().id()));
        var loaded = catalogue.provision(id).orElseThrow();
        catalogue.updateProvision(id, loaded.draft(), loaded.version());
        var stale = new ProvisionDraft(loaded.instrumentId(), "Art 99", "Stale summary.", null, false, Conduct.PROHIBITION,
                Binding.ALL_STATES, List.of("dual_use"), List.of(), List.of(), List.of(new ScopeRow(null, "BLR")),
                LocalDate.of(2023, 1, 1), null);
        assertThatThrownBy(() -> catalogue.updateProvision(id, stale, loaded.version()))
            .isInstanceOf(ConcurrentEditException.class);
        var stored = catalogue.provision(id).orElseThrow();
        assertThat(stored.scope()).containsExactly(new ScopeRow("IRN", "RUS"));
        assertThat(stored.categoryCodes()).containsExactly("ML10");
        assertThat(stored.provision().summary()).isEqualTo("Bans buying drones from Iran.");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void retiring_an_instrument_retires_its_provisions_on_the_transfers_linked_to_them() {
        var transfer = droneTransfer();
        var instrument = catalogue.createInstrument(new InstrumentDraft("UNSC", "UNSCR 9999 (2030)", null, null, null, null));
        var id = catalogue.createProvision(droneBan(instrument));
        TestData.as(Role.ANALYST, () -> transferSanctions.decideProvision(transfer, id,
                org.transferwatch.sanctions.SanctionsLink.Decision.CONFIRMED, null));
        catalogue.retireInstrument(instrument, true, 0);
        assertThat(TestData.as(Role.ANALYST, () -> transferSanctions.sanctionsLinks(transfer)).getFirst().provision().retired())
            .isTrue();
        assertThat(suggested(droneTransfer())).doesNotContain("UNSCR 9999 (2030) Art 99");
        assertThatThrownBy(() -> TestData.as(Role.ANALYST, () -> transferSanctions.decideProvision(droneTransfer(), id,
                org.transferwatch.sanctions.SanctionsLink.Decision.CONFIRMED, null)))
            .hasMessage("UNSCR 9999 (2030) Art 99 is retired in the catalogue and can no longer be linked.");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void bad_input_is_refused_in_the_users_terms_and_nothing_is_saved() {
        var count = dsl.fetchCount(dsl.selectFrom("sanctions_provision"));
        var bad = new ProvisionDraft(anyInstrument().id(), " ", "x".repeat(1001), "javascript:alert(1)", false,
                Conduct.PROHIBITION, Binding.ALL_STATES, List.of(), List.of("NOPE"), List.of(),
                List.of(new ScopeRow(null, null)), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1));
        assertThatThrownBy(() -> catalogue.createProvision(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "Enter the paragraph or article, e.g. \"para 5\" or \"Art 2a\".",
                        "The summary is limited to 1,000 characters.",
                        "The URL must be a web address starting with http:// or https://, such as"
                                + " https://undocs.org/S/RES/2397(2017).",
                        "Choose at least one kind of goods the provision covers.",
                        "Each scope line names a supplier, a recipient or both; \"any state to any state\" would cover"
                                + " every transfer.",
                        "The provision must apply until a day on or after it applies from.",
                        "\"NOPE\" is not a known category."));
        var duplicate = droneBan(anyInstrument().id());
        catalogue.createProvision(duplicate);
        assertThatThrownBy(() -> catalogue.createProvision(duplicate)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("already has a Art 99.");
        assertThat(dsl.fetchCount(dsl.selectFrom("sanctions_provision"))).isEqualTo(count + 1);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_catalogue_is_searchable_by_text_issuer_state_and_kind() {
        assertThat(catalogue.searchProvisions(new ProvisionQuery("refined petroleum", "UNSC", null, null, true)))
            .extracting(p -> p.provision().citation()).contains("UNSCR 2397 (2017) para 5");
        assertThat(catalogue.searchProvisions(new ProvisionQuery(null, null, "BLR", null, true)))
            .isNotEmpty().allSatisfy(p -> assertThat(p.scope()).anySatisfy(row -> assertThat(
                    "BLR".equals(row.supplierCode()) || "BLR".equals(row.recipientCode())).isTrue()));
        assertThat(catalogue.searchProvisions(new ProvisionQuery(null, "EU", null, "raw_material", true)))
            .isNotEmpty().allSatisfy(p -> assertThat(p.kinds()).contains("raw_material"))
            .allSatisfy(p -> assertThat(p.provision().issuerCode()).isEqualTo("EU"));
        assertThat(catalogue.searchProvisions(new ProvisionQuery("100%_", null, null, null, true))).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_issuer_and_an_instrument_are_added_edited_and_retired() {
        catalogue.createIssuer(new IssuerDraft("ca", "Canada", List.of("CAN")));
        var canada = catalogue.issuers().stream().filter(i -> i.code().equals("CA")).findFirst().orElseThrow();
        assertThat(canada.jurisdiction()).containsExactly("CAN");
        var id = catalogue.createInstrument(new InstrumentDraft("CA", "SOR/2014-58", "Special Economic Measures (Russia)"
                + " Regulations", LocalDate.of(2014, 3, 17), "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2014-58/",
                null));
        assertThatThrownBy(() -> catalogue.createInstrument(new InstrumentDraft("CA", "sor/2014-58", null, null, null, null)))
            .hasMessage("An instrument called \"sor/2014-58\" exists already.");
        catalogue.retireInstrument(id, true, 0);
        assertThat(catalogue.instrument(id).retired()).isTrue();
        assertThatThrownBy(() -> catalogue.retireIssuer("CA", true, canada.version() + 5))
            .isInstanceOf(ConcurrentEditException.class);
    }

}
