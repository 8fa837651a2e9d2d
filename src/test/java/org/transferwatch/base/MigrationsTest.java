package org.transferwatch.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.support.TransferWatchTest;

@TransferWatchTest
class MigrationsTest {

    @Autowired
    DSLContext dsl;

    @Test
    void every_migration_in_the_repository_applies_to_an_empty_database() throws IOException {
        long files;
        try (var listing = Files.list(Path.of("migrations"))) {
            files = listing.filter(file -> file.getFileName().toString().matches("V\\d{3}__.+\\.sql")).count();
        }
        var applied = dsl.fetchValue("select count(*) from flyway_schema_history where success");
        assertThat(((Number) applied).longValue()).isEqualTo(files).isGreaterThanOrEqualTo(12);
    }

    @Test
    void reference_data_names_every_iso_state_and_the_aliases_reporting_uses() {
        assertThat(((Number) dsl.fetchValue("select count(*) from country where kind = 'state'")).intValue())
            .isGreaterThanOrEqualTo(249);
        for (var alias : new String[] { "dprk", "north korea", "pyongyang", "prk", "north korean" }) {
            assertThat(dsl.fetch("select distinct country_code from country_alias where normalised_alias = ?", alias)
                .getValues(0, String.class)).as(alias).containsExactly("PRK");
        }
        for (var alias : new String[] { "the kremlin", "moscow", "russian federation" }) {
            assertThat(dsl.fetch("select distinct country_code from country_alias where normalised_alias = ?", alias)
                .getValues(0, String.class)).as(alias).containsExactly("RUS");
        }
        assertThat(((String) dsl.fetchValue("select country_code from country_alias where alias = 'Soviet Union' "
                + "and alias_kind = 'register_name'"))).isEqualTo("SUHH");
        assertThat(((String) dsl.fetchValue("select kind from country c join country_alias a on a.country_code = c.code "
                + "where a.alias = 'unknown supplier(s)'"))).isEqualTo("unknown");
    }

    @Test
    void reference_data_has_the_categories_and_the_provisions_with_their_verification_status() {
        assertThat(dsl.fetch("select code from category where scheme = 'military_list'").getValues(0, String.class))
            .hasSize(22).contains("ML1", "ML3", "ML22");
        assertThat(dsl.fetch("select code from category where scheme = 'un_register'").getValues(0, String.class))
            .contains("UNROCA-I", "UNROCA-VII", "UNROCA-SALW");
        assertThat(((Boolean) dsl.fetchValue("""
                select p.citation_verified from sanctions_provision p
                join sanctions_instrument i on i.id = p.instrument_id
                where i.short_title = 'UNSCR 1874 (2009)' and p.paragraph = 'para 10'"""))).isTrue();
        assertThat(((Boolean) dsl.fetchValue("""
                select p.citation_verified from sanctions_provision p
                join sanctions_instrument i on i.id = p.instrument_id
                where i.short_title = 'UNSCR 1874 (2009)' and p.paragraph = 'para 9'"""))).isFalse();
        assertThat(((Number) dsl.fetchValue("select count(*) from sanctions_provision where url is null")).intValue()).isZero();
    }


    @Test
    void every_shipped_provision_names_the_states_it_concerns_and_binds_only_where_its_issuer_has_jurisdiction() {
        assertThat(((Number) dsl.fetchValue("""
                select count(*) from sanctions_provision p
                where not exists (select 1 from sanctions_provision_scope s where s.provision_id = p.id)""")).intValue())
            .as("provisions without a scope row").isZero();
        assertThat(dsl.fetch("""
                select distinct i.issuer_code from sanctions_provision p
                join sanctions_instrument i on i.id = p.instrument_id
                where p.binds = 'issuer_jurisdiction'
                  and not exists (select 1 from sanctions_issuer_jurisdiction j where j.issuer_code = i.issuer_code)""")
            .getValues(0, String.class)).as("issuers binding their own jurisdiction without jurisdiction rows").isEmpty();
    }

    @Test
    void the_verified_citations_are_exactly_those_checked_against_the_text() {
        // The list the migration headers (V012, V057-V060, V105) say were checked; flipping a flag
        // without checking the text, or forgetting to mark one checked, fails here.
        assertThat(dsl.fetch("""
                select i.short_title || ' ' || p.paragraph from sanctions_provision p
                join sanctions_instrument i on i.id = p.instrument_id
                where p.citation_verified""").getValues(0, String.class))
            .containsExactlyInAnyOrder(
                "UNSCR 1718 (2006) para 8(a),(b)",
                "UNSCR 1718 (2006) para 8(d)",
                "UNSCR 1874 (2009) para 10",
                "UNSCR 2321 (2016) para 30",
                "UNSCR 2397 (2017) para 6",
                "UNSCR 2397 (2017) para 14",
                "SI 2019/855 regs 22–23",
                "UNSCR 1737 (2006) para 3",
                "UNSCR 1737 (2006) para 3 (re-applied 2025)",
                "UNSCR 1747 (2007) para 5",
                "UNSCR 1747 (2007) para 5 (re-applied 2025)",
                "UNSCR 2231 (2015) Annex B para 5",
                "UNSCR 2231 (2015) Annex B para 6(b)",
                "Regulation (EU) 833/2014 Art 3g",
                "Regulation (EC) 765/2006 Art 1f",
                "15 CFR part 746 (EAR) § 746.8(a)",
                "15 CFR part 746 (EAR) § 746.5(a)(1)(ii)",
                "SI 2019/855 reg 32");
    }

    @Test
    void the_catalogue_covers_iran_and_belarus_with_their_periods() {
        assertThat(dsl.fetch("""
                select distinct i.short_title from sanctions_provision p
                join sanctions_instrument i on i.id = p.instrument_id
                join sanctions_provision_scope s on s.provision_id = p.id
                where 'IRN' in (s.supplier_code, s.recipient_code)""").getValues(0, String.class))
            .contains("UNSCR 1747 (2007)", "UNSCR 1929 (2010)", "UNSCR 2231 (2015)", "Regulation (EU) 2023/1529");
        assertThat(dsl.fetch("""
                select distinct i.short_title from sanctions_provision p
                join sanctions_instrument i on i.id = p.instrument_id
                join sanctions_provision_scope s on s.provision_id = p.id
                where s.recipient_code = 'BLR'""").getValues(0, String.class))
            .contains("Regulation (EC) 765/2006", "15 CFR part 746 (EAR)");
        // The EU's listing criteria for Iran's drones and missiles supplied to Russia: one pair,
        // and a designation power, never suggested from scope alone.
        assertThat(((String) dsl.fetchValue("""
                select p.conduct from sanctions_provision p
                join sanctions_instrument i on i.id = p.instrument_id
                join sanctions_provision_scope s on s.provision_id = p.id
                where i.short_title = 'Regulation (EU) 2023/1529' and s.supplier_code = 'IRN' and s.recipient_code = 'RUS'""")))
            .isEqualTo("designation");
        // UNSCR 2231's arms-related restrictions ended five years after Adoption Day.
        assertThat(dsl.fetchValue("""
                select p.applies_until::text from sanctions_provision p
                join sanctions_instrument i on i.id = p.instrument_id
                where i.short_title = 'UNSCR 2231 (2015)' and p.paragraph = 'Annex B para 6(b)'"""))
            .isEqualTo("2020-10-17");
        assertThat(dsl.fetchValue("""
                select p.applies_from::text from sanctions_provision p
                join sanctions_instrument i on i.id = p.instrument_id
                where i.short_title = 'Regulation (EU) 833/2014' and p.paragraph = 'Art 2a'"""))
            .isEqualTo("2022-02-25");
    }

}
