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

}
