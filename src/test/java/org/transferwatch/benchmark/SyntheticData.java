package org.transferwatch.benchmark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.transferwatch.base.DatabaseCreator;

/**
 * Fills a database with N synthetic transfers (default 1,000,000), about three claim links each,
 * sources, sanctions links and an audit event per transfer, through COPY, and the parties and shipments of
 * {@link SyntheticParties} (one party record per 20 transfers). The data is skewed as real
 * registers are: a few hot country pairs hold much of it (Zipf over pairs), a long tail holds the rest,
 * and periods spread over 30 years. The same seed gives the same data.
 *
 * <pre>
 * ./mvnw -Pbenchmark exec:java -Dexec.mainClass=org.transferwatch.benchmark.SyntheticData \
 *     -Dexec.args="--url jdbc:postgresql://localhost:5432/transferwatch_bench --transfers 1000000 --seed 42"
 * </pre>
 */
public final class SyntheticData {

    static final String[] ARMS = { "artillery shells", "122mm rockets", "T-72B3 tanks", "Shahed-136 drones",
            "KN-23 ballistic missiles", "small arms ammunition", "Su-35 combat aircraft", "Mi-17 helicopters",
            "anti-tank guided missiles", "air defence systems", "armoured personnel carriers", "naval mines" };

    static final String[] RAW = { "coal", "iron ore", "crude oil", "refined petroleum", "copper", "rare earths",
            "titanium", "vanadium ore", "timber", "gold" };

    static final String[] DUAL = { "machine tools", "integrated circuits", "GNSS receivers", "ball bearings",
            "carbon fibre", "drone engines", "thermal imagers", "satellite components" };

    static final String[] STATUSES = { "reported", "under_negotiation", "agreed", "in_delivery", "delivered", "denied",
            "disputed" };

    private final Random random;

    private final int transfers;

    private SyntheticData(long seed, int transfers) {
        this.random = new Random(seed);
        this.transfers = transfers;
    }

    public static void main(String[] args) throws Exception {
        var url = argument(args, "--url", "jdbc:postgresql://localhost:5432/transferwatch_bench");
        var user = argument(args, "--user", "postgres");
        var password = argument(args, "--password", "");
        var count = Integer.parseInt(argument(args, "--transfers", "1000000"));
        var seed = Long.parseLong(argument(args, "--seed", "42"));
        var started = System.nanoTime();
        var summary = fill(url, user, password, count, seed);
        System.out.printf("Generated %s in %.1f s%n", summary, (System.nanoTime() - started) / 1e9);
    }

    static String argument(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** Creates the database if needed, migrates it and appends the synthetic data; returns counts. */
    public static String fill(String url, String user, String password, int transfers, long seed) throws SQLException {
        DatabaseCreator.createIfMissing(url, user, password);
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            var generator = new SyntheticData(seed, transfers);
            var result = generator.generate(connection);
            connection.commit();
            try (var statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("vacuum analyze");
            }
            return result;
        }
    }

    private String generate(Connection connection) throws SQLException {
        var userId = ensureUser(connection);
        var states = strings(connection, "select code from country where kind = 'state' order by code");
        var provisions = longs(connection, "select id from sanctions_provision order by id");
        var pairs = pairs(states, 3000);
        var zipf = new Zipf(pairs.size(), 1.07, random);

        var sources = Math.max(10, transfers / 20);
        var firstSource = nextId(connection, "source");
        copy(connection, "copy source (kind, title, publisher, url, normalised_url, published_on, language, created_by, "
                + "updated_by) from stdin with (format csv)", sources, (i, out) -> {
                    var published = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(11_000));
                    out.csv("news_article", "Synthetic report " + i + " on transfers", "Publisher " + (i % 400),
                            "https://example.org/bench/" + i, "https://example.org/bench/" + i, published.toString(), "en",
                            Long.toString(userId), Long.toString(userId));
                });

        var firstTransfer = nextId(connection, "transfer");
        execute(connection, "alter table transfer disable trigger transfer_search_document_on_change");
        execute(connection, "alter table claim_link disable trigger claim_link_quote_changes_transfer_search");
        var kinds = new String[transfers];
        copy(connection, "copy transfer (supplier_code, recipient_code, kind, item, quantity_low, quantity_high, "
                + "quantity_unit, quantity_estimate, status, period_start, period_end, period_precision, "
                + "first_reported_on, notes, confidence, review_state, review_note, created_by, updated_by, created_at) "
                + "from stdin with (format csv)", transfers, (i, out) -> {
                    var pair = pairs.get(zipf.next());
                    var roll = random.nextInt(100);
                    var kind = roll < 70 ? "arms" : roll < 88 ? "raw_material" : "dual_use";
                    kinds[i] = kind;
                    var items = kind.equals("arms") ? ARMS : kind.equals("raw_material") ? RAW : DUAL;
                    var item = items[random.nextInt(items.length)];
                    var start = LocalDate.of(1995 + random.nextInt(31), 1 + random.nextInt(12), 1);
                    var precisionRoll = random.nextInt(10);
                    String precision;
                    LocalDate periodStart;
                    LocalDate periodEnd;
                    if (precisionRoll < 4) {
                        precision = "year";
                        periodStart = start.withMonth(1);
                        periodEnd = periodStart.plusYears(1 + (random.nextInt(10) == 0 ? random.nextInt(4) : 0)).minusDays(1);
                    }
                    else if (precisionRoll < 7) {
                        precision = "quarter";
                        periodStart = start.withMonth((start.getMonthValue() - 1) / 3 * 3 + 1);
                        periodEnd = periodStart.plusMonths(3).minusDays(1);
                    }
                    else if (precisionRoll < 9) {
                        precision = "month";
                        periodStart = start;
                        periodEnd = start.plusMonths(1).minusDays(1);
                    }
                    else {
                        precision = "day";
                        periodStart = start.plusDays(random.nextInt(28));
                        periodEnd = periodStart;
                    }
                    var low = random.nextInt(4) == 0 ? "" : Integer.toString(1 + random.nextInt(5000));
                    var high = low.isEmpty() || random.nextBoolean() ? "" : Integer.toString(Integer.parseInt(low) * 2);
                    var reviewRoll = random.nextInt(100);
                    var review = reviewRoll < 70 ? "published" : reviewRoll < 95 ? "draft" : "retracted";
                    var created = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
                    out.csv(pair[0], pair[1], kind, item, low, high, low.isEmpty() ? "" : "units",
                            Boolean.toString(random.nextBoolean()), STATUSES[random.nextInt(STATUSES.length)],
                            periodStart.toString(), periodEnd.toString(), precision, periodEnd.plusMonths(2).toString(),
                            "Synthetic transfer of " + item + " reported by several outlets", confidence(),
                            review, review.equals("retracted") ? "Source withdrew the report" : "", Long.toString(userId),
                            Long.toString(userId), created + "T10:00:00Z");
                });

        var claims = new int[] { 0 };
        copy(connection, "copy claim_link (transfer_id, source_id, quote, stance, reliability, credibility, created_by, "
                + "updated_by) from stdin with (format csv)", transfers, (i, out) -> {
                    var links = 1 + random.nextInt(5);
                    var used = new HashSet<String>();
                    for (int link = 0; link < links; link++) {
                        var source = firstSource + random.nextInt(sources);
                        var stance = random.nextInt(100) < 88 ? "supports" : "disputes";
                        if (!used.add(source + stance)) {
                            continue;
                        }
                        out.csv(Long.toString(firstTransfer + i), Long.toString(source),
                                "Officials said the " + kinds[i].replace('_', ' ') + " shipment number " + i + " was observed.",
                                stance, String.valueOf("ABBCCCDEF".charAt(random.nextInt(9))),
                                Integer.toString(1 + random.nextInt(6)), Long.toString(userId), Long.toString(userId));
                        claims[0]++;
                    }
                });

        var sanctioned = new int[] { 0 };
        copy(connection, "copy sanctions_link (transfer_id, provision_id, decision, note, created_by, updated_by) "
                + "from stdin with (format csv)", transfers, (i, out) -> {
                    if (random.nextInt(5) == 0) {
                        out.csv(Long.toString(firstTransfer + i), Long.toString(provisions.get(random.nextInt(provisions.size()))),
                                "confirmed", "", Long.toString(userId), Long.toString(userId));
                        sanctioned[0]++;
                    }
                });

        copy(connection, "copy audit_event (actor_id, actor_name, entity_type, entity_id, action, transfer_id, after) "
                + "from stdin with (format csv)", transfers, (i, out) -> out.csv(Long.toString(userId), "bench",
                        "transfer", Long.toString(firstTransfer + i), "create", Long.toString(firstTransfer + i),
                        "{\"generated\": true}"));

        // One set-based pass instead of a trigger per row: the same document the triggers would compute. It
        // changes no tallied field, so the tallies' update trigger is off for it: its check would only compare a
        // million old rows with a million new ones to find nothing to count (before V043 that check was a
        // nested loop over the transition tables, and a million rows never finished).
        execute(connection, "alter table transfer disable trigger transfer_tally_update");
        execute(connection, """
                update transfer t set search_document =
                    setweight(to_tsvector('english', coalesce(t.item, '') || ' ' || coalesce(t.designation, '')), 'A')
                    || setweight(to_tsvector('english', coalesce(t.notes, '') || ' ' || coalesce(t.route_notes, '')), 'B')
                    || setweight(to_tsvector('english', coalesce(q.quotes, '')), 'C')
                from (select transfer_id, string_agg(quote, ' ') as quotes from claim_link
                      where transfer_id >= %d group by transfer_id) q
                where q.transfer_id = t.id""".formatted(firstTransfer));
        execute(connection, "alter table transfer enable trigger transfer_tally_update");
        execute(connection, "alter table transfer enable trigger transfer_search_document_on_change");
        execute(connection, "alter table claim_link enable trigger claim_link_quote_changes_transfer_search");
        var parties = SyntheticParties.generate(connection, Math.max(100, transfers / 20));
        return String.format("%,d transfers, %,d claim links, %,d sources, %,d sanctions links, %,d audit events; %s",
                transfers, claims[0], sources, sanctioned[0], transfers, parties);
    }

    private String confidence() {
        var roll = random.nextInt(10);
        return roll < 2 ? "high" : roll < 7 ? "moderate" : "low";
    }

    private List<String[]> pairs(List<String> states, int count) {
        var pairs = new ArrayList<String[]>();
        // The hottest pairs are the ones sanctions analysts watch.
        pairs.add(new String[] { "PRK", "RUS" });
        pairs.add(new String[] { "IRN", "RUS" });
        pairs.add(new String[] { "RUS", "BLR" });
        pairs.add(new String[] { "CHN", "RUS" });
        pairs.add(new String[] { "RUS", "PRK" });
        var seen = new HashSet<String>();
        pairs.forEach(pair -> seen.add(pair[0] + pair[1]));
        while (pairs.size() < count) {
            var supplier = states.get(random.nextInt(states.size()));
            var recipient = states.get(random.nextInt(states.size()));
            if (!supplier.equals(recipient) && seen.add(supplier + recipient)) {
                pairs.add(new String[] { supplier, recipient });
            }
        }
        return pairs;
    }

    private static long ensureUser(Connection connection) throws SQLException {
        execute(connection, "insert into app_user (username, display_name, password_hash, role) values "
                + "('bench', 'Benchmark', '{noop}not-a-login', 'analyst') on conflict (username) do nothing");
        return longs(connection, "select id from app_user where username = 'bench'").getFirst();
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        return longs(connection, "select coalesce(max(id), 0) + 1 from " + table).getFirst();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static List<Long> longs(Connection connection, String sql) throws SQLException {
        var values = new ArrayList<Long>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    interface RowWriter {

        void write(int index, CsvOut out);

    }

    /** CSV rows for COPY, flushed to the server in 1 MB chunks. */
    static final class CsvOut {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);

        private final CopyIn copy;

        CsvOut(CopyIn copy) {
            this.copy = copy;
        }

        void csv(String... cells) {
            var line = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                var cell = cells[i];
                if (!cell.isEmpty()) {
                    line.append('"').append(cell.replace("\"", "\"\"")).append('"');
                }
            }
            line.append('\n');
            buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            if (buffer.size() > (1 << 20)) {
                flush();
            }
        }

        void flush() {
            try {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                buffer.reset();
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

    }

    private static void copy(Connection connection, String sql, int rows, RowWriter writer) throws SQLException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        var out = new CsvOut(copy);
        for (int i = 0; i < rows; i++) {
            writer.write(i, out);
        }
        out.flush();
        copy.endCopy();
    }

    /** Zipf-distributed ranks: rank 0 is the hottest. */
    static final class Zipf {

        private final double[] cumulative;

        private final Random random;

        Zipf(int size, double exponent, Random random) {
            this.random = random;
            cumulative = new double[size];
            double sum = 0;
            for (int rank = 0; rank < size; rank++) {
                sum += 1 / Math.pow(rank + 1, exponent);
                cumulative[rank] = sum;
            }
            for (int rank = 0; rank < size; rank++) {
                cumulative[rank] /= sum;
            }
        }

        int next() {
            var index = Arrays.binarySearch(cumulative, random.nextDouble());
            return index >= 0 ? index : Math.min(-index - 1, cumulative.length - 1);
        }

    }

}
