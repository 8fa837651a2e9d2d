package org.transferwatch.benchmark;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Fills the designation tables with a synthetic list beside the UN's, at the scale of all public sanctions
 * lists together: designations of source {@code SYN}, each with a primary name and two aliases made of random
 * syllables, so that names share trigrams the way real transliterated names do. Idempotent: a second run finds
 * the list there and adds nothing.
 */
final class SyntheticDesignations {

    static final String SOURCE = "SYN";

    private SyntheticDesignations() {
    }

    /** Adds {@code names} names (a third of them primary names) unless the synthetic list exists; returns the names stored. */
    static int generate(Connection connection, int names) throws SQLException {
        try (var statement = connection.createStatement()) {
            var existing = statement.executeQuery("select count(*) from designation_name n join designation d on d.id = "
                    + "n.designation_id where d.source = '" + SOURCE + "'");
            existing.next();
            if (existing.getInt(1) > 0) {
                return existing.getInt(1);
            }
            var designations = names / 3;
            statement.execute("select setseed(0.15)");
            statement.execute("""
                    create temporary table syllable as
                    select s from unnest(array['kim','park','lee','choi','jong','sung','ali','hassan','moham','mad','abdul',
                        'rah','man','al','ibn','sha','rif','ivan','ov','petr','enko','serg','ei','vlad','imir','jos','e',
                        'mar','ia','lu','is','ka','zu','ro','ta','na','be','ko','mi','ra','do','han','yu','wei','chen',
                        'zhang','ng','uy','en','tran','ba','ker','smi','th','kha','lid','omar','far','uk','zai','di']) s""");
            statement.execute("""
                    create function pg_temp.syn_word() returns text language sql volatile as $$
                        select initcap(string_agg(s, '')) from (select s from syllable order by random() limit 1 + (random() * 2)::int) w
                    $$""");
            statement.execute("""
                    create function pg_temp.syn_name() returns text language sql volatile as $$
                        select pg_temp.syn_word() || ' ' || pg_temp.syn_word() || case when random() < 0.5 then ' ' || pg_temp.syn_word() else '' end
                    $$""");
            statement.execute("insert into designation (source, reference, kind, issuer_code, programme, primary_name, listed_on)"
                    + " select '" + SOURCE + "', 'SYN-' || i, case when i % 5 = 0 then 'entity' else 'individual' end, 'UNSC',"
                    + " 'SYN', pg_temp.syn_name(), date '2000-01-01' + (i % 8000) from generate_series(1, " + designations + ") i");
            statement.execute("insert into designation_name (designation_id, position, name, quality)"
                    + " select d.id, p, case when p = 0 then d.primary_name else pg_temp.syn_name() end,"
                    + " case p when 0 then 'primary' when 1 then 'good' else 'low' end"
                    + " from designation d cross join generate_series(0, 2) p where d.source = '" + SOURCE + "'");
            statement.execute("vacuum (analyze) designation, designation_name, designation_identifier");
            var count = statement.executeQuery("select count(*) from designation_name");
            count.next();
            return count.getInt(1);
        }
    }

}
