package org.transferwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.AdmiraltyGrade;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class SipriImportTest {

    /** The full register, kept outside the repository; tests that need it skip when it is absent. */
    static final Path FULL_REGISTER = Path.of("..", "shared", "fixtures", "sipri", "trade-register.csv");

    @Autowired
    ExchangeService exchange;

    @Autowired
    DSLContext dsl;

    static byte[] resource(String name) throws IOException {
        try (var in = new ClassPathResource("sipri/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private ImportPreview preview(String name, byte[] content) {
        return exchange.preview(name, content, share -> {
        });
    }

    private int transfers(String supplier, String recipient) {
        return dsl.fetchCount(dsl.selectFrom("transfer").where("supplier_code = ? and recipient_code = ?", supplier,
                recipient));
    }

    private int sipriTransfers(String supplier, String recipient) {
        return dsl.fetchCount(dsl.selectFrom("transfer").where("supplier_code = ? and recipient_code = ? "
                + "and natural_key like 'sipri:%'", supplier, recipient));
    }

    private int count(String table) {
        return dsl.fetchCount(dsl.selectFrom(table));
    }

    @Test
    void the_sample_imports_every_row_with_its_pair_as_drafts_citing_one_dataset_source() throws IOException {
        var preview = preview("trade-register-sample.csv", resource("trade-register-sample.csv"));
        assertThat(preview.format()).isEqualTo(ImportPreview.Format.SIPRI_REGISTER);
        assertThat(preview.rows()).hasSize(30);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.unmappedNames()).isEmpty();
        assertThat(preview.datasetSource().title()).isEqualTo("SIPRI Arms Transfers Database, data generated 13 Mar 2025");
        var sources = count("source");

        var outcome = exchange.importPreview(preview.withDatasetGrade(AdmiraltyGrade.parse("A2")), written -> {
        });

        assertThat(outcome.inserted()).isEqualTo(30);
        assertThat(transfers("RUS", "BLR")).isEqualTo(24);
        assertThat(transfers("EGY", "DZA")).isEqualTo(1);
        assertThat(transfers("X-UNKNOWN", "X-AU")).isEqualTo(1);
        assertThat(count("source")).isEqualTo(sources + 1);
        var tor = dsl.fetchOne("select t.item, t.designation, t.quantity_low, t.quantity_estimate, t.status, "
                + "t.period_start, t.period_end, t.period_precision, t.review_state, c.reliability || c.credibility as grade,"
                + " c.quote, s.kind, s.published_on from transfer t join claim_link c on c.transfer_id = t.id "
                + "join source s on s.id = c.source_id where t.supplier_code = 'RUS' and t.recipient_code = 'BLR' "
                + "and t.designation = 'Mi-24P/Mi-35P'");
        assertThat(tor.get("item")).isEqualTo("Combat helicopter Mi-24P/Mi-35P");
        assertThat(tor.get("quantity_low").toString()).isEqualTo("12.00");
        assertThat(tor.get("quantity_estimate")).isEqualTo(true);
        assertThat(tor.get("status")).isEqualTo("in_delivery");
        assertThat(tor.get("period_start").toString()).isEqualTo("2023-01-01");
        assertThat(tor.get("period_end").toString()).isEqualTo("2024-12-31");
        assertThat(tor.get("period_precision")).isEqualTo("year");
        assertThat(tor.get("review_state")).isEqualTo("draft");
        assertThat(tor.get("grade")).isEqualTo("A2");
        assertThat(tor.get("kind")).isEqualTo("dataset");
        assertThat((String) tor.get("quote")).startsWith("Recipient: Belarus; Supplier: Russia; Year of order: 2020;"
                + " Number ordered: 12 ?; Weapon designation: Mi-24P/Mi-35P;");
        assertThat(dsl.fetchValue("select item from transfer where designation = 'Bü-181 Bestmann'"))
            .isEqualTo("Trainer aircraft Bü-181 Bestmann");
    }

    @Test
    void the_target_pairs_soviet_suppliers_non_state_actors_and_a_broken_row_import() throws IOException {
        var preview = preview("trade-register-targets.csv", resource("trade-register-targets.csv"));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.unmappedNames()).isEmpty();
        assertThat(preview.names()).containsKeys("North Korea", "Iran", "Soviet Union", "Amal (Lebanon)*",
                "Libya HoR*", "Darfur rebels (Sudan)*");

        exchange.importPreview(preview, written -> {
        });

        assertThat(sipriTransfers("PRK", "RUS")).isEqualTo(2);
        assertThat(sipriTransfers("IRN", "RUS")).isEqualTo(3);
        assertThat(sipriTransfers("SUHH", "PRK") + sipriTransfers("SUHH", "EGY") + sipriTransfers("SUHH", "SYR"))
            .isEqualTo(3);
        assertThat(dsl.fetch("select t.recipient_code from transfer t join country c on c.code = t.recipient_code "
                + "where c.kind = 'non_state_actor' order by 1").getValues(0, String.class))
            .containsExactly("X-AMAL", "X-DARFUR-REBELS");
        var shahed = dsl.fetchOne("select quantity_low, status, notes from transfer where designation = 'Shahed-136'");
        assertThat(shahed.get("quantity_low").toString()).isEqualTo("6600.00");
        assertThat(shahed.get("status")).isEqualTo("in_delivery");
        var hwasong = dsl.fetchOne("select quantity_low, quantity_estimate, status from transfer "
                + "where designation = 'Hwasong-11'");
        assertThat(hwasong.get("quantity_low").toString()).isEqualTo("100.00");
        assertThat(hwasong.get("status")).isEqualTo("delivered");
        // A Comments field broken by an unquoted line break: the short row after it is joined back.
        var engine = dsl.fetchOne("select notes, status, period_start from transfer t join claim_link c on c.transfer_id = t.id"
                + " where t.recipient_code = 'CIV'");
        assertThat((String) engine.get("notes")).contains("Cummins (275hp) diesel engine for 12 Puma M-36 APC from "
                + "South Africa").contains("SIPRI TIV (millions): 0.03 per unit, 0.36 for the order, 0 delivered.");
        assertThat(engine.get("status")).isEqualTo("agreed");
        assertThat(engine.get("period_start").toString()).isEqualTo("2024-01-01");
    }

    @Test
    void re_importing_updates_in_place_and_never_duplicates() throws IOException {
        var content = resource("trade-register-sample.csv");
        exchange.importPreview(preview("sample.csv", content), written -> {
        });
        var transfers = count("transfer");
        var claims = count("claim_link");
        var sources = count("source");

        var again = exchange.importPreview(preview("sample.csv", content), written -> {
        });
        assertThat(again.inserted()).isZero();
        assertThat(again.unchanged()).isEqualTo(30);

        var revised = new String(content, StandardCharsets.ISO_8859_1)
            .replace("Belarus,Russia,2017,,12,,Su-30MK,FGA aircraft,4,,2019", "Belarus,Russia,2017,,12,,Su-30MK,FGA aircraft,8,,2019; 2024")
            .getBytes(StandardCharsets.ISO_8859_1);
        var update = exchange.importPreview(preview("sample.csv", revised), written -> {
        });
        assertThat(update.updated()).isEqualTo(1);
        assertThat(count("transfer")).isEqualTo(transfers);
        assertThat(count("claim_link")).isEqualTo(claims);
        assertThat(count("source")).isEqualTo(sources);
        assertThat(dsl.fetchValue("select period_end from transfer where designation = 'Su-30MK'").toString())
            .isEqualTo("2024-12-31");
    }

    @Test
    void names_it_cannot_map_are_listed_with_their_rows_before_anything_is_imported() throws IOException {
        var content = new String(resource("trade-register-sample.csv"), StandardCharsets.ISO_8859_1)
            .replace("Belarus,Russia,", "Belarusia,Russia,")
            .replace("Algeria,Finland", "Algeria,Finnland")
            .getBytes(StandardCharsets.ISO_8859_1);
        var before = count("transfer");
        var preview = preview("renamed.csv", content);

        assertThat(preview.unmappedNames()).containsExactly(Map.entry("Belarusia", 24), Map.entry("Finnland", 1));
        assertThat(preview.ready()).isFalse();
        assertThatThrownBy(() -> exchange.importPreview(preview, written -> {
        })).isInstanceOf(ValidationException.class).hasMessage("Map every state name to a country first: Belarusia, Finnland.");
        assertThat(count("transfer")).isEqualTo(before);

        var mapped = preview.withMapping(Map.of("Belarusia", "BLR", "Finnland", "FIN"));
        assertThat(mapped.ready()).isTrue();
        exchange.importPreview(mapped, written -> {
        });
        assertThat(transfers("RUS", "BLR")).isEqualTo(24);
        assertThat(dsl.fetchValue("select after -> 'mapped_names' ->> 'Belarusia' from audit_event "
                + "where entity_type = 'import' order by id desc limit 1")).isEqualTo("BLR");
    }

    @Test
    void a_row_that_cannot_be_completed_is_reported_with_its_line() throws IOException {
        var content = new String(resource("trade-register-sample.csv"), StandardCharsets.ISO_8859_1)
            .replace("Belarus,Russia,2017,,4,,Tor-M1,mobile SAM system,4,,2018,New,Tor-M2 version,12.5,50,50",
                    "Belarus,Russia,2017,,4,,Tor-M1,mobile SAM system,4,,2018,New,Tor-M2 version")
            .getBytes(StandardCharsets.ISO_8859_1);
        var preview = preview("broken.csv", content);
        assertThat(preview.problems()).containsExactly("Line 17: the row has 13 fields instead of 16 and the next line "
                + "does not complete it; fix the line in the file or remove it.");
        assertThat(preview.rows()).hasSize(30);
    }

    @Test
    void the_full_register_imports_completely_in_seconds() throws IOException {
        Assumptions.assumeTrue(Files.exists(FULL_REGISTER), "The full register is not in ../shared/fixtures/sipri");
        var content = Files.readAllBytes(FULL_REGISTER);
        var started = System.nanoTime();
        var preview = preview("trade-register.csv", content);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.unmappedNames()).isEmpty();
        var read = (System.nanoTime() - started) / 1e9;
        var outcome = exchange.importPreview(preview, written -> {
        });
        var seconds = (System.nanoTime() - started) / 1e9;
        assertThat(preview.rows()).hasSize(29_515);
        assertThat(preview.skipped()).containsExactly("Line 28358: left out: the supplier \"unknown supplier(s)\" and "
                + "the recipient \"unknown recipient(s)\" are both X-UNKNOWN, and a transfer needs two different parties.");
        assertThat(outcome.inserted()).isEqualTo(29_514);
        // A generous bound: CI machines are shared; the throughput command measures properly.
        assertThat(seconds).isLessThan(180);
        System.out.printf("Full SIPRI register: %,d rows read and checked in %.1f s, imported in %.1f s more;"
                + " %.1f s in all (%,.0f rows/s)%n", preview.rows().size(), read, seconds - read, seconds,
                preview.rows().size() / seconds);
    }

}
