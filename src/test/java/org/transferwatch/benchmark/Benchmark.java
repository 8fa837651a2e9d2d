package org.transferwatch.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transferwatch.Application;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferStatisticsService;

/**
 * Measures the application against the database floor on a database filled by {@link SyntheticData}:
 * the transfers grid (first page of 50 and count) for several filters through the application's service
 * and repository, and the very same SQL over plain JDBC; a deep page; the dashboard's queries together;

 * the time from start to ready (web server included). Prints a table and writes {@code target/benchmark.json}.
 *
 * <pre>
 * ./mvnw -Pbenchmark exec:java -Dexec.args="--url jdbc:postgresql://localhost:5432/transferwatch_bench"
 * </pre>
 */
public final class Benchmark {

    private final ConfigurableApplicationContext context;

    private final String url;

    private final String user;

    private final String password;

    private final int iterations;

    private final List<String> parts;

    private final Map<String, Object> results = new LinkedHashMap<>();

    private Benchmark(ConfigurableApplicationContext context, String url, String user, String password, int iterations,
            List<String> parts) {
        this.parts = parts;
        this.context = context;
        this.url = url;
        this.user = user;
        this.password = password;
        this.iterations = iterations;
    }

    public static void main(String[] args) throws Exception {
        var url = SyntheticData.argument(args, "--url", "jdbc:postgresql://localhost:5432/transferwatch_bench");
        var user = SyntheticData.argument(args, "--user", "postgres");
        var password = SyntheticData.argument(args, "--password", "");
        if (List.of(args).contains("--help")) {
            System.out.println("""
                    Benchmark [--url jdbc:postgresql://localhost:5432/transferwatch_bench] [--user postgres]
                              [--password ""] [--iterations 40] [--json target/benchmark.json]
                              [--parts grid,dashboard,sessions] [--sessions 200]
                      --parts       which parts to run, comma-separated (default: grid,dashboard); sessions
                                    writes a user and its logins: run it on a copy of the database
                      --sessions    UI sessions the sessions part logs in (default 200)""");
            return;
        }
        var iterations = Integer.parseInt(SyntheticData.argument(args, "--iterations", "40"));
        var parts = List.of(SyntheticData.argument(args, "--parts", "grid,dashboard").split(","));
        var output = Path.of(SyntheticData.argument(args, "--json", "target/benchmark.json"));
        var started = System.nanoTime();
        var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
            // Arguments, not default properties: they must win over application.yml and config/.
            .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password, "--transferwatch.demo.enabled=false",
                    "--spring.main.banner-mode=off", "--logging.level.root=warn", "--server.port=0",
                    "--vaadin.devmode.devTools.enabled=false");
        var startup = (System.nanoTime() - started) / 1e6;
        try {
            var benchmark = new Benchmark(context, url, user, password, iterations, parts);
            benchmark.results.put("start_to_ready_ms", Math.round(startup));
            benchmark.run();
            if (parts.contains("sessions")) {
                benchmark.results.put("ui_sessions", SessionHeap.measure(context, url, user, password,
                        Integer.parseInt(SyntheticData.argument(args, "--sessions", "200"))));
            }
            var json = benchmark.json();
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, json);
            System.out.println("Written " + output.toAbsolutePath());
        }
        finally {
            context.close();
        }
    }

    private void run() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null,
                Role.ANALYST.authorities()));
        var transfers = context.getBean(TransferService.class);
        var total = transfers.count(TransferFilter.NONE);
        results.put("transfers", total);
        if (parts.contains("grid")) {
            grid(transfers, total);
        }
        if (!parts.contains("dashboard")) {
            return;
        }

        var statistics = context.getBean(TransferStatisticsService.class);
        var today = LocalDate.now();
        Runnable dashboardQueries = () -> statistics.dashboard(8, 150, today.minusYears(5).withDayOfMonth(1), today, 8);
        Runnable pairQueries = () -> {
            var both = TransferFilter.NONE.withPair("PRK", "RUS", true);
            statistics.periodRange(both, 30);
            statistics.sources(both, 100);
            statistics.provisionsInPlay(both);
            transfers.page(both, TransferSort.PERIOD_DESC, 0, 500);
            transfers.count(TransferFilter.pair("PRK", "RUS"));
            transfers.count(TransferFilter.pair("RUS", "PRK"));
        };
        System.out.printf("%n%-34s %10s %10s %10s %10s %7s %7s%n", "Pages: all their queries together", "app p50",
                "app p95", "floor p50", "floor p95", "ratio", "queries");
        var pages = new LinkedHashMap<String, Object>();
        for (var page : Map.of("dashboard", dashboardQueries, "country-pair page PRK⇄RUS", pairQueries).entrySet()
            .stream().sorted(Map.Entry.comparingByKey()).toList()) {
            var app = time(page.getValue());
            var queries = queriesRunBy(page.getValue());
            var floor = timeFloor(queries);
            pages.put(page.getKey(), row(app, floor, queries.size(), true));
            print(page.getKey(), app, floor, Integer.toString(queries.size()));
        }
        results.put("pages", pages);
    }

    /** The very SQL (with its bind values) that the application runs for an action, for its floor. */
    private List<Query> queriesRunBy(Runnable action) {
        var configuration = context.getBean(DSLContext.class).configuration();
        var before = configuration.executeListenerProviders();
        var recorded = new ArrayList<Query>();
        var providers = Arrays.copyOf(before, before.length + 1);
        providers[before.length] = new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void start(ExecuteContext execution) {
                if (execution.query() != null) {
                    recorded.add(execution.query());
                }
            }
        });
        configuration.set(providers);
        try {
            action.run();
        }
        finally {
            configuration.set(before);
        }
        return recorded;
    }

    /**
     * The transfers grid as it asks for a filter: one call of {@link TransferService#pageWithCount} (the page of
     * 50 and the count up to {@link TransferService#EXACT_COUNT_LIMIT}), against the very statement that call ran
     * (recorded as it ran, with its bind values) over plain JDBC, in turns; the deep page likewise.
     */
    private void grid(TransferService transfers, int total) throws Exception {
        var cold = coldPair();
        var scenarios = new LinkedHashMap<String, TransferFilter>();
        scenarios.put("hot pair PRK→RUS", TransferFilter.pair("PRK", "RUS"));
        scenarios.put("cold pair " + cold[0] + "→" + cold[1], TransferFilter.pair(cold[0], cold[1]));
        scenarios.put("either direction PRK⇄RUS", TransferFilter.NONE.withPair("PRK", "RUS", true));
        scenarios.put("pair + free text 'artillery'", TransferFilter.pair("PRK", "RUS").withText("artillery"));
        scenarios.put("pair + period 2010–2012", TransferFilter.pair("PRK", "RUS")
            .withPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31)));
        scenarios.put("no filter", TransferFilter.NONE);

        System.out.printf("%n%-34s %10s %10s %10s %10s %7s %9s%n", "Transfers grid: page 50 + count", "app p50",
                "app p95", "floor p50", "floor p95", "ratio", "count");
        var grid = new LinkedHashMap<String, Object>();
        for (var scenario : scenarios.entrySet()) {
            var filter = scenario.getValue();
            Runnable call = () -> transfers.pageWithCount(filter, TransferSort.NEWEST, 0, 50);
            var timed = timeAgainstFloor(call, queriesRunBy(call));
            var app = timed[0];
            var floor = timed[1];
            var shown = transfers.pageWithCount(filter, TransferSort.NEWEST, 0, 50).count();
            grid.put(scenario.getKey(), row(app, floor, shown.exact() ? shown.value() : transfers.count(filter),
                    shown.exact()));
            print(scenario.getKey(), app, floor, shown.exact() ? Integer.toString(shown.value()) : "> " + shown.value());
        }
        results.put("grid", grid);

        var deep = TransferFilter.NONE;
        Runnable deepPage = () -> transfers.page(deep, TransferSort.NEWEST, 10_000, 50);
        var deepTimed = timeAgainstFloor(deepPage, queriesRunBy(deepPage));
        var deepApp = deepTimed[0];
        var deepFloor = deepTimed[1];
        var countOnly = time(() -> transfers.count(deep));
        // Without criteria (or with states, kind and review state only) the count reads the pair tally.
        var countFloor = timeFloor(queriesRunBy(() -> transfers.count(deep)));
        print("deep page (offset 10,000), no count", deepApp, deepFloor, "50");
        print("exact count ('Count all'), no filter", countOnly, countFloor, Integer.toString(total));
        results.put("deep_page_offset_10000", row(deepApp, deepFloor, 50, true));
        results.put("count_no_filter", row(countOnly, countFloor, total, true));
    }

    private String[] coldPair() throws Exception {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select supplier_code, recipient_code from transfer "
                     + "group by supplier_code, recipient_code order by count(*), supplier_code, recipient_code limit 1")) {
            return rows.next() ? new String[] { rows.getString(1), rows.getString(2) } : new String[] { "FRA", "BRA" };
        }
    }

    private Map<String, Object> row(double[] app, double[] floor, int rows, boolean countExact) {
        var row = new LinkedHashMap<String, Object>();
        row.put("app_p50_ms", app[0]);
        row.put("app_p95_ms", app[1]);
        row.put("floor_p50_ms", floor[0]);
        row.put("floor_p95_ms", floor[1]);
        row.put("ratio_p95", floor[1] == 0 ? 0 : app[1] / floor[1]);
        row.put("rows", rows);
        row.put("count_shown_exact", countExact ? 1 : 0);
        return row;
    }

    private static void print(String name, double[] app, double[] floor, String count) {
        System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %10.1f %10.1f %7.2f %9s%n", name, app[0], app[1], floor[0],
                floor[1], floor[1] == 0 ? 0 : app[1] / floor[1], count);
    }

    /** p50 and p95 in milliseconds after a warm-up. */
    private double[] time(Runnable action) {
        for (int i = 0; i < 5; i++) {
            action.run();
        }
        var samples = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            var start = System.nanoTime();
            action.run();
            samples[i] = (System.nanoTime() - start) / 1e6;
        }
        return percentiles(samples);
    }

    /**
     * The application's call and the floor (its SQL over plain JDBC) timed in turns, sample by sample: on a
     * shared machine whose load comes and goes, timing one after the other would compare different loads.
     * Returns the application's p50 and p95, then the floor's.
     */
    private double[][] timeAgainstFloor(Runnable action, List<Query> queries) throws Exception {
        var dataSource = context.getBean(DataSource.class);
        try (var connection = dataSource.getConnection()) {
            var floor = floorRun(connection, queries);
            for (int i = 0; i < 5; i++) {
                action.run();
                floor.run();
            }
            var appSamples = new double[iterations];
            var floorSamples = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                var start = System.nanoTime();
                action.run();
                appSamples[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                floor.run();
                floorSamples[i] = (System.nanoTime() - start) / 1e6;
            }
            return new double[][] { percentiles(appSamples), percentiles(floorSamples) };
        }
    }

    /**
     * Runs the queries with their bind values as prepared statements on the connection and reads every column
     * of every row, as the application must.
     */
    private static Runnable floorRun(java.sql.Connection connection, List<Query> queries) {
        return () -> {
            try {
                for (var query : queries) {
                    try (var statement = connection.prepareStatement(query.getSQL())) {
                        var binds = query.getBindValues();
                        for (int i = 0; i < binds.size(); i++) {
                            statement.setObject(i + 1, binds.get(i));
                        }
                        try (var rows = statement.executeQuery()) {
                            var columns = rows.getMetaData().getColumnCount();
                            while (rows.next()) {
                                for (int column = 1; column <= columns; column++) {
                                    rows.getObject(column);
                                }
                            }
                        }
                    }
                }
            }
            catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The same SQL and bind values over one plain JDBC connection from the same pool. */
    private double[] timeFloor(List<Query> queries) throws Exception {
        var dataSource = context.getBean(DataSource.class);
        try (var connection = dataSource.getConnection()) {
            var statements = new ArrayList<java.sql.PreparedStatement>();
            for (var query : queries) {
                var statement = connection.prepareStatement(query.getSQL());
                var binds = query.getBindValues();
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                statements.add(statement);
            }
            Runnable run = () -> {
                try {
                    for (var statement : statements) {
                        try (var rows = statement.executeQuery()) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                    }
                }
                catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            var result = time(run);
            for (var statement : statements) {
                statement.close();
            }
            return result;
        }
    }

    private static double[] percentiles(double[] samples) {
        Arrays.sort(samples);
        return new double[] { round(samples[(int) Math.floor(0.5 * (samples.length - 1))]),
                round(samples[(int) Math.ceil(0.95 * (samples.length - 1))]) };
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private String json() {
        return toJson(results, "") + "\n";
    }

    @SuppressWarnings("unchecked")
    private static String toJson(Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            var inner = indent + "  ";
            var parts = new ArrayList<String>();
            ((Map<String, Object>) map).forEach((key, item) -> parts.add(inner + "\"" + key.replace("\"", "\\\"") + "\": "
                    + toJson(item, inner)));
            return "{\n" + String.join(",\n", parts) + "\n" + indent + "}";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return "\"" + String.valueOf(value).replace("\"", "\\\"") + "\"";
    }

}
