package org.transferwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.support.TransferWatchTest;

@TransferWatchTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DSLContext dsl;

    private List<Integer> counts() {
        return List.of(
                dsl.fetchCount(dsl.selectFrom("app_user")),
                dsl.fetchCount(dsl.selectFrom("source")),
                dsl.fetchCount(dsl.selectFrom("transfer")),
                dsl.fetchCount(dsl.selectFrom("claim_link")),
                dsl.fetchCount(dsl.selectFrom("sanctions_link")),
                dsl.fetchCount(dsl.selectFrom("audit_event")),
                dsl.fetchCount(dsl.selectFrom("party")),
                dsl.fetchCount(dsl.selectFrom("shipment")));
    }

    @Test
    void the_start_loads_the_three_transfers_the_fixture_article_reports_with_their_evidence() {
        var transfers = dsl.fetch("""
                select supplier_code || '>' || recipient_code || ' ' || status || ' ' || coalesce(period_precision, '-')
                       || ' ' || review_state
                from transfer order by id""").getValues(0, String.class);
        assertThat(transfers).containsExactly(
                "PRK>RUS under_negotiation year published",
                "PRK>RUS delivered quarter published",
                "PRK>RUS possible year published");
        assertThat(dsl.fetch("select stance || ' ' || reliability || credibility from claim_link order by id")
            .getValues(0, String.class))
            .containsExactly("supports B2", "disputes B4", "supports B2", "disputes B4", "supports B3");
        assertThat(((String) dsl.fetchValue("""
                select i.short_title || ' ' || p.paragraph from sanctions_link l
                join sanctions_provision p on p.id = l.provision_id
                join sanctions_instrument i on i.id = p.instrument_id
                where l.transfer_id = (select min(id) from transfer) and l.decision = 'confirmed'""")))
            .isEqualTo("UNSCR 1874 (2009) para 9");
        assertThat(dsl.fetch("select username || ':' || role from app_user order by id").getValues(0, String.class))
            .containsExactly("viewer:viewer", "analyst:analyst", "reviewer:reviewer", "admin:admin");
    }

    @Test
    void the_shells_go_from_rajin_to_dunai_on_the_angara_shipped_by_a_company_the_un_lists_as_a_possible_match() {
        assertThat(dsl.fetch("""
                select p.name || ' ' || tp.role from transfer_party tp join party p on p.id = tp.party_id
                where tp.transfer_id = (select id from transfer where status = 'delivered') order by p.name""")
            .getValues(0, String.class))
            .containsExactly("Angara carrier", "Korea Achim Shipping Co shipper");
        assertThat((String) dsl.fetchValue("""
                select l.name || ' > ' || d.name || ' on ' || v.name from shipment s
                join place l on l.id = s.loading_place_id join place d on d.id = s.discharge_place_id
                join party v on v.id = s.carrier_party_id"""))
            .isEqualTo("Rajin > Dunai on Angara");
        // Nothing is flagged silently: the UN list's KPe.061 is a possible match until an analyst confirms it.
        assertThat(dsl.fetch("""
                select d.reference || ' ' || m.basis || ' ' || m.state from party_designation_match m
                join designation d on d.id = m.designation_id join party p on p.id = m.party_id
                where p.name = 'Korea Achim Shipping Co'""").getValues(0, String.class))
            .contains("KPe.061 identifier possible");
    }

    @Test
    void the_munitions_are_disputed_by_the_dprks_statement_and_the_raw_materials_are_a_possibility_under_the_export_bans() {
        assertThat(dsl.fetch("""
                select c.stance || ': ' || c.quote from claim_link c
                where c.transfer_id = (select min(id) from transfer) order by c.id""").getValues(0, String.class))
            .last().isEqualTo("disputes: The DPRK has said publicly that they will not sell (weapons) to Russia.");
        assertThat(dsl.fetch("""
                select i.short_title || ' ' || p.paragraph from sanctions_link l
                join sanctions_provision p on p.id = l.provision_id
                join sanctions_instrument i on i.id = p.instrument_id
                join transfer t on t.id = l.transfer_id
                where t.kind = 'raw_material' and l.decision = 'confirmed' order by 1""").getValues(0, String.class))
            .containsExactly("UNSCR 2270 (2016) para 30", "UNSCR 2371 (2017) para 10", "UNSCR 2371 (2017) para 8");
        assertThat((String) dsl.fetchValue("select url from source where publisher = 'Yonhap News Agency'"))
            .isEqualTo("https://en.yna.co.kr/view/AEN20230831000251325");
    }

    @Test
    void running_the_loader_again_creates_no_duplicates() {
        var before = counts();
        loader.load();
        loader.load();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void demo_passwords_are_stored_hashed_with_their_algorithm_named() {
        assertThat(dsl.fetch("select password_hash from app_user").getValues(0, String.class))
            .allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2"));
    }

}
