package org.transferwatch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.transferwatch.support.TestDatabase;

class SyntheticDataTest {

    private static final int TRANSFERS = 3000;

    private static long value(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String fill(long seed) throws SQLException {
        var url = TestDatabase.url(TestDatabase.create());
        SyntheticData.fill(url, "postgres", "", TRANSFERS, seed);
        return url;
    }

    @Test
    void fills_the_requested_number_of_transfers_with_about_three_claims_each_and_their_links() throws SQLException {
        try (var connection = DriverManager.getConnection(fill(42), "postgres", "")) {
            assertThat(value(connection, "select count(*) from transfer")).isEqualTo(TRANSFERS);
            var claimsPerTransfer = value(connection, "select count(*) from claim_link") / (double) TRANSFERS;
            assertThat(claimsPerTransfer).isBetween(2.5, 3.5);
            assertThat(value(connection, "select count(*) from audit_event where entity_type = 'transfer'")).isEqualTo(TRANSFERS);
            assertThat(value(connection, "select count(*) from sanctions_link")).isBetween(TRANSFERS / 10L, TRANSFERS / 3L);
            assertThat(value(connection, "select count(*) from source")).isEqualTo(TRANSFERS / 20);
        }
    }

    @Test
    void a_few_hot_pairs_hold_much_of_the_data_and_a_long_tail_the_rest() throws SQLException {
        try (var connection = DriverManager.getConnection(fill(42), "postgres", "")) {
            var topFive = value(connection, "select sum(n) from (select count(*) n from transfer "
                    + "group by supplier_code, recipient_code order by n desc limit 5) t");
            assertThat(topFive / (double) TRANSFERS).isBetween(0.15, 0.6);
            assertThat(value(connection, "select count(*) from (select 1 from transfer group by supplier_code, recipient_code) t"))
                .isGreaterThan(500);
            assertThat(value(connection, "select count(*) from transfer where supplier_code = 'PRK' and recipient_code = 'RUS'"))
                .isGreaterThan(value(connection, "select count(*) from transfer where supplier_code = 'RUS' and recipient_code = 'PRK'"));
            assertThat(value(connection, "select extract(year from max(period_end)) - extract(year from min(period_start)) from transfer"))
                .isGreaterThanOrEqualTo(29);
        }
    }

    @Test
    void keeps_referential_integrity_and_searchable_text() throws SQLException {
        try (var connection = DriverManager.getConnection(fill(7), "postgres", "")) {
            assertThat(value(connection, "select count(*) from claim_link c left join transfer t on t.id = c.transfer_id "
                    + "where t.id is null")).isZero();
            assertThat(value(connection, "select count(*) from transfer where search_document = ''::tsvector")).isZero();
            assertThat(value(connection, "select count(*) from transfer where search_document @@ to_tsquery('english', 'observed')"))
                .isEqualTo(TRANSFERS);
            // The evidence summary (V049), which the export reads, is what the generated claims give.
            var fromTheClaims = """
                    select c.transfer_id, count(distinct c.source_id)::int,
                           count(distinct c.source_id) filter (where c.stance = 'disputes')::int,
                           b.id, b.source_id, b.stance, b.reliability, b.credibility, b.quote
                    from claim_link c
                    join lateral (select * from claim_link b where b.transfer_id = c.transfer_id
                                  order by b.stance = 'disputes', b.reliability, b.credibility, b.id limit 1) b on true
                    group by c.transfer_id, b.id, b.source_id, b.stance, b.reliability, b.credibility, b.quote""";
            var kept = "select transfer_id, sources, disputing, best_claim_id, source_id, stance, reliability, credibility, quote "
                    + "from transfer_evidence";
            assertThat(value(connection, "select count(*) from transfer_evidence"))
                .isEqualTo(value(connection, "select count(distinct transfer_id) from claim_link"));
            assertThat(value(connection, "select count(*) from (" + kept + " except " + fromTheClaims + ") differing")).isZero();
            assertThat(value(connection, "select count(*) from (" + fromTheClaims + " except " + kept + ") differing")).isZero();
        }
    }

    @Test
    void adds_one_party_per_twenty_transfers_a_tenth_of_them_vessels_and_about_one_shipment_per_transfer()
            throws SQLException {
        try (var connection = DriverManager.getConnection(fill(5), "postgres", "")) {
            assertThat(value(connection, "select count(*) from party")).isEqualTo(TRANSFERS / 20);
            assertThat(value(connection, "select count(*) from party where kind = 'vessel'")).isEqualTo(TRANSFERS / 200);
            assertThat(value(connection, "select count(*) from party_identifier where kind = 'imo_ship'"))
                .isEqualTo(TRANSFERS / 200);
            assertThat(value(connection, "select count(*) from party_name")).isEqualTo(2L * TRANSFERS / 20);
            assertThat(value(connection, "select count(*) from shipment")).isEqualTo(TRANSFERS);
            assertThat(value(connection, "select count(*) from shipment where mode = 'sea' and carrier_party_id is null"))
                .isZero();
            assertThat(value(connection, "select count(*) from transfer_party")).isBetween(TRANSFERS * 8L / 10, (long) TRANSFERS);
        }
    }

    @Test
    void the_same_seed_gives_the_same_data() throws SQLException {
        var checksum = "select md5(string_agg(supplier_code || recipient_code || item || period_start || status, ',' order by id)) "
                + "from transfer";
        String first;
        String second;
        try (var connection = DriverManager.getConnection(fill(11), "postgres", "");
             var statement = connection.createStatement(); var rows = statement.executeQuery(checksum)) {
            rows.next();
            first = rows.getString(1);
        }
        try (var connection = DriverManager.getConnection(fill(11), "postgres", "");
             var statement = connection.createStatement(); var rows = statement.executeQuery(checksum)) {
            rows.next();
            second = rows.getString(1);
        }
        assertThat(first).isEqualTo(second);
    }

}
