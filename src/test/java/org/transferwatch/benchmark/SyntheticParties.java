package org.transferwatch.benchmark;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Adds the parties of issue 16 to a synthetic database: {@code parties} party records (a tenth of them vessels
 * with valid IMO ship numbers, the rest companies, state bodies, armed units and persons), each with a name and
 * an alias made of random syllables; about one party role and one shipment per transfer, the shipments' places
 * from the gazetteer and their carriers the vessels for sea legs. Where designations are stored, one party in a
 * hundred takes a designation's name and every second one of those has the match confirmed, so that "designated
 * party involved" selects a sparse set as it does in real data; a database generated before any designation was
 * stored gets them from {@link #designate} once the application has loaded the UN list (the benchmark's parties
 * part asks for it). Idempotent: a second run finds parties there and adds nothing.
 */
final class SyntheticParties {

    private SyntheticParties() {
    }

    /** Returns a summary of what is stored. */
    static String generate(Connection connection, int parties) throws SQLException {
        try (var statement = connection.createStatement()) {
            if (count(statement, "select count(*) from party") > 0) {
                return summary(statement);
            }
            statement.execute("select setseed(0.16)");
            statement.execute("""
                    create temporary table party_syllable as
                    select s from unnest(array['kor','ea','tong','hae','ship','ping','an','gar','a','ma','ri','na',
                        'sun','rise','pol','ar','star','vos','tok','dal','ni','neft','trans','marin','ocean','grand',
                        'ha','eun','pyong','chon','son','bong','ki','rim','sa','mar','ko','vla','di','ka','zan','ro',
                        'sib','ir','ural','volga','al','bor','ter','mo','lu','xin','hua','tai','feng','ji']) s""");
            statement.execute("""
                    create function pg_temp.party_word() returns text language sql volatile as $$
                        select initcap(string_agg(s, '')) from (select s from party_syllable order by random()
                                                                limit 2 + (random() * 2)::int) w
                    $$""");
            statement.execute("""
                    create function pg_temp.imo(n bigint) returns text language sql immutable as $$
                        select six || ((substr(six, 1, 1)::int * 7 + substr(six, 2, 1)::int * 6 + substr(six, 3, 1)::int * 5
                                        + substr(six, 4, 1)::int * 4 + substr(six, 5, 1)::int * 3
                                        + substr(six, 6, 1)::int * 2) % 10)::text
                        from (select (100000 + n % 900000)::text as six) d
                    $$""");
            var user = "(select id from app_user where username = 'bench')";
            statement.execute("""
                    insert into party (kind, name, country_code, created_by, updated_by)
                    select case when i %% 10 = 0 then 'vessel' when i %% 10 < 7 then 'company' when i %% 10 = 7 then 'state_body'
                                when i %% 10 = 8 then 'armed_unit' else 'person' end,
                           pg_temp.party_word() || ' ' || case when i %% 10 = 0 then pg_temp.party_word()
                               when i %% 10 < 7 then (array['Shipping Company', 'Trading Co Ltd', 'LLC', 'JSC',
                                                           'General Corporation'])[1 + i %% 5]
                               else pg_temp.party_word() end || ' ' || i,
                           (array['PRK', 'RUS', 'IRN', 'BLR', 'CHN', 'SLE', 'PAN', 'TGO'])[1 + i %% 8], %s, %s
                    from generate_series(1, %d) i""".formatted(user, user, parties));
            statement.execute("""
                    insert into party_name (party_id, position, name)
                    select id, 0, name from party
                    union all
                    select id, 1, pg_temp.party_word() || ' ' || pg_temp.party_word() from party""");
            statement.execute("""
                    insert into party_identifier (party_id, kind, value)
                    select id, 'imo_ship', pg_temp.imo(id) from party where kind = 'vessel'
                    on conflict do nothing""");
            designate(statement);
            if (count(statement, "select count(*) from place where kind = 'port'") < 2
                    || count(statement, "select count(*) from place where kind = 'rail_crossing'") < 1) {
                statement.execute("""
                        insert into place (name, kind, country_code, latitude, longitude, coordinate_source, coordinate_licence)
                        select 'Synthetic place ' || i, case when i % 4 = 0 then 'rail_crossing' else 'port' end,
                               (array['PRK', 'RUS', 'IRN', 'BLR'])[1 + i % 4], 40 + i % 10, 130 + i % 10,
                               'synthetic', 'CC0'
                        from generate_series(1, 12) i""");
            }
            statement.execute("""
                    insert into transfer_party (transfer_id, party_id, role, created_by, updated_by)
                    select t.id, p.id, (array['manufacturer', 'seller', 'broker', 'shipper', 'consignee', 'end_user',
                                              'financier'])[1 + t.id %% 7], t.created_by, t.created_by
                    from transfer t
                    join party p on p.id = (select min(id) from party) + (t.id * 7919) %% %d
                    where p.kind <> 'vessel'
                    on conflict do nothing""".formatted(parties));
            statement.execute("create temporary table synthetic_port as select id, row_number() over (order by id) - 1 "
                    + "as n from place where kind = 'port'");
            statement.execute("create temporary table synthetic_crossing as select id, row_number() over (order by id) - 1 "
                    + "as n from place where kind = 'rail_crossing'");
            statement.execute("create temporary table synthetic_vessel as select id, row_number() over (order by id) - 1 "
                    + "as n from party where kind = 'vessel'");
            var ports = count(statement, "select count(*) from synthetic_port");
            var crossings = count(statement, "select count(*) from synthetic_crossing");
            var vessels = Math.max(1, count(statement, "select count(*) from synthetic_vessel"));
            statement.execute("""
                    insert into shipment (transfer_id, mode, period_start, period_end, period_precision, carrier_party_id,
                                          loading_place_id, discharge_place_id, crossing_place_id, created_by, updated_by)
                    select t.id, t.mode, t.period_start, t.period_end, t.period_precision, vessel.id,
                           case when t.mode <> 'rail' then loading.id end, case when t.mode <> 'rail' then discharge.id end,
                           case when t.mode = 'rail' then crossing.id end, t.created_by, t.created_by
                    from (select t.*, case when t.id %% 20 < 12 then 'sea' when t.id %% 20 < 17 then 'rail'
                                           when t.id %% 20 < 19 then 'air' else 'road' end as mode
                          from transfer t) t
                    left join synthetic_vessel vessel on vessel.n = t.id %% %d and t.mode = 'sea'
                    join synthetic_port loading on loading.n = t.id %% %d
                    join synthetic_port discharge on discharge.n = (t.id + 1) %% %d
                    join synthetic_crossing crossing on crossing.n = t.id %% %d""".formatted(vessels, ports, ports, crossings));
            return summary(statement);
        }
    }

    /**
     * Names one party in a hundred like a designation of its kind and confirms every second of those matches,
     * where designations are stored and no match is confirmed yet: a database generated before the UN list was
     * loaded (the application loads it on its first start) gets its designated parties then. Returns how many
     * matches are confirmed.
     */
    static int designate(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            return designate(statement);
        }
    }

    private static int designate(java.sql.Statement statement) throws SQLException {
        var confirmed = count(statement, "select count(*) from party_designation_match where state = 'confirmed'");
        if (confirmed > 0 || count(statement, "select count(*) from designation where kind = 'entity'") == 0) {
            return confirmed;
        }
        var user = "(select id from app_user where username = 'bench')";
        // One party in a hundred is named like a designation of its kind; half of those, the first among them, are
        // confirmed.
        statement.execute("""
                with named as (
                    select p.id as party_id, d.id as designation_id, d.primary_name, row_number() over () as n
                    from (select id, row_number() over (order by id) as r from party where id %% 100 = 1) p
                    join (select id, primary_name, row_number() over (order by id) as r from designation
                          where kind = 'entity') d
                      on d.r = 1 + (p.r - 1) %% greatest(1, (select count(*) from designation where kind = 'entity')))
                , renamed as (update party_name n set name = named.primary_name from named
                               where n.party_id = named.party_id and n.position = 0 returning n.party_id)
                insert into party_designation_match (party_id, designation_id, basis, score, matched_name, state,
                                                     note, decided_by, decided_at)
                select party_id, designation_id, 'name', 1, primary_name,
                       case when n %% 2 = 1 then 'confirmed' else 'possible' end,
                       case when n %% 2 = 1 then 'Synthetic confirmation' end,
                       case when n %% 2 = 1 then %s end, case when n %% 2 = 1 then now() end
                from named
                on conflict do nothing""".formatted(user));
        statement.execute("update party p set name = n.name from party_name n where n.party_id = p.id "
                + "and n.position = 0 and n.name <> p.name");
        return count(statement, "select count(*) from party_designation_match where state = 'confirmed'");
    }

    private static String summary(java.sql.Statement statement) throws SQLException {
        return String.format("%,d parties (%,d vessels), %,d party roles, %,d shipments, %,d confirmed designated parties",
                count(statement, "select count(*) from party"),
                count(statement, "select count(*) from party where kind = 'vessel'"),
                count(statement, "select count(*) from transfer_party"), count(statement, "select count(*) from shipment"),
                count(statement, "select count(*) from party_designation_match where state = 'confirmed'"));
    }

    private static int count(java.sql.Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

}
