package org.transferwatch.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.designation.UnListFiles.bytes;
import static org.transferwatch.designation.UnListFiles.shipped;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ADMIN)
class DesignationImportTest {

    @Autowired
    DesignationService designations;

    @Autowired
    DesignationRepository repository;

    @Autowired
    InitialDesignationLoader loader;

    @Autowired
    DSLContext dsl;

    private int count(String kind) {
        return dsl.fetchCount(DSL.table("designation"), DSL.field("kind").eq(kind));
    }

    private int imports() {
        return dsl.fetchCount(DSL.table("audit_event"), DSL.field("entity_type").eq("designation_list"));
    }

    private long idOf(String reference) {
        return designations.search(reference, 0, 1).getFirst().id();
    }

    private Designation designation(String reference) {
        return designations.page(idOf(reference)).designation();
    }

    @Test
    void the_shipped_un_list_is_loaded_on_first_start_with_its_individuals_and_entities() {
        assertThat(count("individual")).isEqualTo(682);
        assertThat(count("entity") + count("vessel")).isEqualTo(193);
        assertThat(loader.load()).as("a second start loads nothing").isFalse();
    }

    @Test
    void the_first_start_loads_the_list_into_an_empty_database_through_the_import() {
        // The demo's parties were matched with the list when it loaded; an empty database has neither.
        dsl.deleteFrom(DSL.table("party_designation_match")).execute();
        dsl.deleteFrom(DSL.table("designation")).execute();
        var before = imports();
        assertThat(loader.load()).isTrue();
        assertThat(count("individual")).isEqualTo(682);
        assertThat(imports()).isEqualTo(before + 1);
        assertThat(dsl.fetchValue("select actor_name from audit_event where entity_type = 'designation_list' "
                + "order by id desc limit 1")).isEqualTo("system");
    }

    @Test
    void a_dprk_entity_keeps_its_fields_aliases_and_country_as_listed() {
        var page = designations.page(idOf("KPe.001"));
        var komid = page.designation();
        assertThat(komid.primaryName()).isEqualTo("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(komid.kind()).isEqualTo(DesignationKind.ENTITY);
        assertThat(komid.source()).isEqualTo("UN");
        assertThat(komid.issuerCode()).isEqualTo("UNSC");
        assertThat(komid.regimeCode()).isEqualTo("DPRK");
        assertThat(page.regimeName()).startsWith("Democratic People's Republic of Korea");
        assertThat(page.provisions()).isNotEmpty();
        assertThat(komid.listedOn()).isEqualTo(LocalDate.of(2009, 4, 24));
        assertThat(komid.delistedOn()).isNull();
        assertThat(komid.sourceEntryId()).isEqualTo("690735");
        assertThat(komid.sourceEntryVersion()).isEqualTo(1);
        assertThat(komid.narrative()).isEqualTo("Primary arms dealer and main exporter of goods and equipment related to\n"
                + "ballistic missiles and conventional weapons.");
        assertThat(komid.names()).extracting(Designation.Name::name, Designation.Name::quality).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KOREA MINING DEVELOPMENT TRADING CORPORATION", NameQuality.PRIMARY),
                org.assertj.core.groups.Tuple.tuple("CHANGGWANG SINYONG CORPORATION", NameQuality.AKA),
                org.assertj.core.groups.Tuple.tuple("EXTERNAL TECHNOLOGY GENERAL CORPORATION", NameQuality.AKA),
                org.assertj.core.groups.Tuple.tuple("DPRKN MINING DEVELOPMENT TRADING COOPERATION", NameQuality.AKA),
                org.assertj.core.groups.Tuple.tuple("\"KOMID\"", NameQuality.AKA));
        assertThat(komid.countries()).containsExactly(new Designation.Place(ListedEntry.Relation.ADDRESS,
                "Democratic People's Republic of Korea", "PRK"));
    }

    @Test
    void an_individual_keeps_good_and_low_aliases_the_original_script_nationality_and_amendment_dates() {
        var anwari = designation("TAi.005");
        assertThat(anwari.primaryName()).isEqualTo("MUHAMMAD TAHER ANWARI");
        assertThat(anwari.originalScriptName()).isEqualTo("محمد طاهر أنوري");
        assertThat(anwari.names()).contains(new Designation.Name("Mohammad Taher Anwari", NameQuality.GOOD),
                new Designation.Name("Haji Mudir", NameQuality.LOW));
        assertThat(anwari.amendedOn()).containsExactly(LocalDate.of(2003, 9, 3), LocalDate.of(2007, 7, 9),
                LocalDate.of(2007, 9, 21), LocalDate.of(2011, 11, 29));
        assertThat(anwari.countries()).contains(new Designation.Place(ListedEntry.Relation.NATIONALITY, "Afghanistan", "AFG"));
        assertThat(anwari.regimeCode()).isEqualTo("Taliban");
    }

    @Test
    void a_shipping_company_listed_with_an_imo_company_number_stays_an_entity() {
        var company = designation("KPe.022");
        assertThat(company.kind()).isEqualTo(DesignationKind.ENTITY);
        assertThat(company.identifiers()).containsExactly(
                new Designation.Identifier(IdentifierKind.IMO_COMPANY, "5342883", null, null));
        assertThat(designations.search("IMO 5342883", 0, 5)).extracting(DesignationHit::reference).containsExactly("KPe.022");
    }

    @Test
    void passport_numbers_come_from_the_documents_with_their_issuing_state() {
        var withPassport = dsl.fetchValue("select d.reference from designation d join designation_identifier i "
                + "on i.designation_id = d.id where i.kind = 'passport' and i.issuing_country is not null order by d.reference limit 1");
        assertThat(withPassport).isNotNull();
        var identifiers = designation((String) withPassport).identifiers();
        assertThat(identifiers).anySatisfy(identifier -> {
            assertThat(identifier.kind()).isEqualTo(IdentifierKind.PASSPORT);
            assertThat(identifier.value()).isNotBlank();
        });
    }

    @Test
    void importing_the_same_file_again_changes_nothing_and_the_preview_says_so() {
        var versions = dsl.fetchValue("select sum(version) from designation");
        var before = imports();
        var plan = designations.preview("consolidated.xml", DesignationImporter.shippedUnList());
        assertThat(plan.nothingChanged()).isTrue();
        assertThat(plan.summary()).isEqualTo("0 added, 0 amended, 0 delisted, 875 unchanged");
        designations.apply(plan);
        assertThat(dsl.fetchValue("select sum(version) from designation")).isEqualTo(versions);
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void a_newer_file_shows_what_it_adds_amends_and_delists_and_applies_it_as_one_audited_event() {
        var xml = shipped();
        var amendedEntry = UnListFiles.entry(xml, "KPe.001");
        var newer = UnListFiles.withVessel(UnListFiles.without(xml, "KPe.020")
            .replace(amendedEntry, amendedEntry.replace("conventional weapons.", "conventional weapons. Amended.")))
            .replace("dateGenerated='2024-09-26T00:00:07.514Z'", "dateGenerated='2024-10-15T00:00:05.000Z'");
        var before = imports();

        var plan = designations.preview("newer.xml", bytes(newer));
        assertThat(plan.added()).extracting(DesignationImportPlan.Change::label).containsExactly("KPe.999 CHON MA SAN");
        assertThat(plan.amended()).extracting(DesignationImportPlan.Change::label)
            .containsExactly("KPe.001 KOREA MINING DEVELOPMENT TRADING CORPORATION: narrative");
        assertThat(plan.delisted()).extracting(DesignationImportPlan.Change::reference).containsExactly("KPe.020");
        assertThat(plan.summary()).isEqualTo("1 added, 1 amended, 1 delisted, 873 unchanged");
        assertThat(designation("KPe.001").narrative()).doesNotContain("Amended").as("the preview writes nothing");

        designations.apply(plan);
        assertThat(imports()).isEqualTo(before + 1);
        var vessel = designation("KPe.999");
        assertThat(vessel.kind()).isEqualTo(DesignationKind.VESSEL);
        assertThat(vessel.primaryName()).isEqualTo("CHON MA SAN");
        assertThat(vessel.identifiers()).containsExactly(new Designation.Identifier(IdentifierKind.IMO_SHIP, "8660313", null, null));
        assertThat(vessel.names()).contains(new Designation.Name("XIN HAI", NameQuality.FKA));
        var komid = designation("KPe.001");
        assertThat(komid.narrative()).endsWith("Amended.");
        assertThat(komid.version()).isEqualTo(1);
        var omm = designation("KPe.020");
        assertThat(omm.delistedOn()).isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(omm.names()).isNotEmpty();
        assertThat(dsl.fetchValue("select after ->> 'summary' from audit_event where entity_type = 'designation_list' "
                + "order by id desc limit 1")).isEqualTo("1 added, 1 amended, 1 delisted, 873 unchanged");

        var again = designations.preview("newer.xml", bytes(newer));
        assertThat(again.nothingChanged()).as("the delisted entry stays delisted, once").isTrue();
        var relisted = designations.preview("consolidated.xml", DesignationImporter.shippedUnList());
        assertThat(relisted.amended()).extracting(DesignationImportPlan.Change::label).contains(
                "KPe.020 OCEAN MARITIME MANAGEMENT COMPANY, LIMITED (OMM): listed again");
        assertThat(relisted.delisted()).extracting(DesignationImportPlan.Change::reference).containsExactly("KPe.999");
    }

    @Test
    void a_preview_that_another_import_overtook_is_refused_and_changes_nothing() {
        var newer = bytes(UnListFiles.without(shipped(), "KPe.020"));
        var first = designations.preview("a.xml", newer);
        var second = designations.preview("b.xml", newer);
        designations.apply(first);
        assertThatThrownBy(() -> designations.apply(second)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("changed since this preview");
    }

    @Test
    void files_that_are_not_a_complete_un_list_are_refused_with_a_sentence_and_change_nothing() {
        var xml = shipped();
        var before = imports();
        var versions = dsl.fetchValue("select sum(version) from designation");
        assertRefused(xml.substring(0, xml.length() / 2), "not well-formed XML or breaks off before its end");
        assertRefused(xml.replace("<DATAID>690735</DATAID>", "<DATAID>690735</DATAI>"), "not well-formed XML");
        assertRefused("<?xml version='1.0'?><transfers><transfer/></transfers>",
                "This is not the UN Security Council Consolidated List: the file starts with <transfers>");
        assertRefused(xml.replace("<REFERENCE_NUMBER>KPe.001</REFERENCE_NUMBER>", "<REFERENCE_NUMBER> </REFERENCE_NUMBER>"),
                "(the entity \"KOREA MINING DEVELOPMENT TRADING CORPORATION\") has no reference number");
        assertRefused(xml.replace("<LISTED_ON>2009-04-24</LISTED_ON>", "<LISTED_ON>24 April 2009</LISTED_ON>"),
                "Entry KPe.001: the listing date \"24 April 2009\" is not a date");
        assertRefused("", "not well-formed XML");
        assertThat(imports()).isEqualTo(before);
        assertThat(dsl.fetchValue("select sum(version) from designation")).isEqualTo(versions);
    }

    @Test
    void a_file_with_a_document_type_or_external_entity_is_refused_without_reading_outside_it() {
        assertRefused("""
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <CONSOLIDATED_LIST dateGenerated="2024-09-26T00:00:00Z"><ENTITIES><ENTITY>
                <FIRST_NAME>&secret;</FIRST_NAME><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></ENTITY></ENTITIES>
                </CONSOLIDATED_LIST>""", "document type");
    }

    private void assertRefused(String xml, String sentence) {
        assertThatThrownBy(() -> designations.preview("bad.xml", bytes(xml))).isInstanceOf(ValidationException.class)
            .hasMessageContaining(sentence)
            .hasMessageContaining("othing was imported");
    }

}
