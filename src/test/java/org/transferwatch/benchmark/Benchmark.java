package org.transferwatch.benchmark;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
import org.jooq.conf.ParamType;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jspecify.annotations.Nullable;
import org.postgresql.jdbc.PgConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.transferwatch.Application;
import org.transferwatch.designation.DesignationListImported;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.dashboard.BriefingService;
import org.transferwatch.exchange.ExchangeService;
import org.transferwatch.party.BenchmarkRecheck;
import org.transferwatch.party.PartyMatchService;
import org.transferwatch.party.PartyService;
import org.transferwatch.party.PartyTransfers;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferStatisticsService;
import org.transferwatch.transfer.TransferStatus;
import org.transferwatch.transfer.bulk.BenchmarkQueries;

/**
 * Measures the application against the database floor on a database filled by {@link SyntheticData}:
 * the transfers grid (first page of 50 and count) for several filters through the application's service
 * and repository, and the very same SQL over plain JDBC; a deep page; the dashboard's queries together;
 * the CSV export of every transfer against its COPY statement, with the heap; the CSV import of a generated
 * file (rolled back); the parties of issue 16: the grid filtered by parties, the party page, the dashboard's count
 * of transfers with a designated party and the re-check of every party (rolled back); the live heap per UI
 * session (on a copy: it writes); the time from start to ready (web server included). Prints a table and writes {@code target/benchmark.json}.
 *
 * <pre>
 * ./mvnw -Pbenchmark exec:java -Dexec.args="--url jdbc:postgresql://localhost:5432/transferwatch_bench"
 * </pre>
 */
public final class Benchmark {

    /** Vaadin's pre-compiled production bundle, put on the class path by {@code ./mvnw -Pproduction test-compile}. */
    private static final String PRODUCTION_BUNDLE = "/META-INF/VAADIN/webapp/index.html";

    private final ConfigurableApplicationContext context;

    private final String url;

    private final String user;

    private final String password;

    private final int iterations;

    private final List<String> parts;

    private final Map<String, Object> results = new LinkedHashMap<>();

    private int importRows;

    /** Samples of the pages (the pair page takes seconds at a million transfers); the grid's are {@link #iterations}. */
    private int pageIterations;

    private boolean explain;

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
                              [--password ""] [--iterations 60] [--json target/benchmark.json]
                              [--parts grid,dashboard,export,import,parties,sessions,designations,briefing,monitoring]
                              [--sessions 200]
                              [--import-rows 100000] [--page-iterations 60] [--session-route transfers]
                              [--histograms] [--explain]
                      --parts       which parts to run, comma-separated (default: grid,dashboard,export,import,
                                    parties); import writes its rows in a transaction it rolls back; parties
                                    confirms designated parties once if none is, and rolls its re-check back;
                                    sessions writes a
                                    user and its logins: run it on a copy of the database; designations
                                    adds a synthetic list of 300,000 names (source SYN) once
                                    monitoring imports, edits and matches 1,000 watches, and deletes
                                    what it created afterwards (docs/performance.md, Monitoring)
                      --sessions    UI sessions the sessions part logs in (default 200)
                      --import-rows rows of the CSV the import part reads and writes (default 100000)
                      --page-iterations samples of the dashboard and the pair page (default: --iterations)
                      --session-route  the view each session opens (default transfers; a route that does
                                    not exist measures the floor: the main layout around the not-found view)
                      --explain     the grid's rows are followed by the plan (EXPLAIN ANALYZE) of each statement
                      --histograms  the sessions part also writes the JVM's class histograms before and after
                                    (sessions-histogram-before.txt, -after.txt) next to the JSON""");
            return;
        }
        var iterations = Integer.parseInt(SyntheticData.argument(args, "--iterations", "60"));
        var parts = List.of(SyntheticData.argument(args, "--parts", "grid,dashboard,export,import,parties").split(","));
        var output = Path.of(SyntheticData.argument(args, "--json", "target/benchmark.json"));
        // The production jar runs Vaadin in production mode; measured in development mode, start to ready and the
        // heap per UI session are development figures: there Vaadin's component tracker keeps a stack trace per
        // component created and attached, most of a Transfers session's heap (docs/performance.md, UI sessions).
        var production = Benchmark.class.getResource(PRODUCTION_BUNDLE) != null;
        if (!production) {
            System.out.println("""
                    Vaadin in DEVELOPMENT mode (no production bundle on the class path): start to ready and the heap
                    per UI session are not production figures. For those, first: ./mvnw -Pproduction test-compile""");
        }
        var started = System.nanoTime();
        var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
            // Arguments, not default properties: they must win over application.yml and config/.
            .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password, "--spring.flyway.user=" + user,
                    "--spring.flyway.password=" + password, "--transferwatch.demo.enabled=false",
                    "--spring.main.banner-mode=off", "--logging.level.root=warn", "--server.port=0", "--management.server.port=0",
                    "--vaadin.devmode.devTools.enabled=false", "--vaadin.productionMode=" + production);
        var startup = (System.nanoTime() - started) / 1e6;
        try {
            var benchmark = new Benchmark(context, url, user, password, iterations, parts);
            benchmark.importRows = Integer.parseInt(SyntheticData.argument(args, "--import-rows", "100000"));
            benchmark.pageIterations = Integer.parseInt(SyntheticData.argument(args, "--page-iterations",
                    Integer.toString(iterations)));
            benchmark.explain = List.of(args).contains("--explain");
            benchmark.results.put("vaadin_mode", production ? "production" : "development");
            benchmark.results.put("start_to_ready_ms", Math.round(startup));
            benchmark.run();
            if (parts.contains("sessions")) {
                benchmark.results.put("ui_sessions", SessionHeap.measure(context, url, user, password,
                        Integer.parseInt(SyntheticData.argument(args, "--sessions", "200")),
                        SyntheticData.argument(args, "--session-route", SessionHeap.TRANSFERS),
                        List.of(args).contains("--histograms") ? output.toAbsolutePath().getParent() : null));
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

    /** The viewer the grid and the pages are measured as too: a viewer sees published transfers only. */
    private static final String VIEWER = "bench-viewer";

    private void run() throws Exception {
        actAs("bench", Role.ANALYST);
        var listing = context.getBean(TransferListService.class);
        var total = listing.count(TransferFilter.NONE);
        results.put("transfers", total);
        if (iterations < 60) {
            System.out.println("Fewer than 60 iterations: the p95 is close to the slowest sample.");
        }
        if (parts.contains("grid") || parts.contains("dashboard")) {
            try (var connection = DriverManager.getConnection(url, user, password);
                 var statement = connection.createStatement()) {
                statement.execute("insert into app_user (username, display_name, password_hash, role) values ('" + VIEWER
                        + "', 'Benchmark viewer', '{noop}not-a-login', 'viewer') on conflict (username) do nothing");
            }
            for (var role : List.of(Role.ANALYST, Role.VIEWER)) {
                actAs(role == Role.VIEWER ? VIEWER : "bench", role);
                var suffix = role == Role.VIEWER ? "_as_viewer" : "";
                System.out.printf("%n=== As %s ===%n", role == Role.VIEWER ? "a viewer (published transfers only)"
                        : "an analyst (every transfer)");
                if (parts.contains("grid")) {
                    grid(listing, total, suffix);
                }
                if (parts.contains("dashboard")) {
                    pages(listing, suffix);
                }
            }
            actAs("bench", Role.ANALYST);
        }
        if (parts.contains("export")) {
            export(total);
        }
        if (parts.contains("import")) {
            importFile();
        }
        if (parts.contains("parties")) {
            parties(listing);
        }
        if (parts.contains("designations")) {
            designations();
        }
        if (parts.contains("briefing")) {
            results.put("briefing", BriefingBenchmark.run(context, iterations));
        }
        if (parts.contains("monitoring")) {
            results.put("monitoring", MonitoringBenchmark.run(context, url, user, password));
        }
    }

    private static void actAs(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, role.authorities()));
    }

    /** The grid's target for a page of 50 with its count at p95, in milliseconds (issue 16). */
    private static final double PARTIES_GRID_TARGET_MS = 50;

    /** The target for the re-check of every party after a designation list import, in milliseconds (issue 16). */
    private static final double RECHECK_TARGET_MS = 30_000;

    /**
     * Parties (issue 16): the grid filtered by a party's name (a common and a rare one), by a vessel (name, IMO
     * number), by a place and by "designated party involved", alone and with the hot pair; the party page's
     * queries for a designated company and for a vessel; the dashboard's count of the transfers with a designated
     * party, with its plan; and the re-check of every party against a new designation list, rolled back. A
     * database generated before the UN list was loaded first gets its designated parties
     * ({@link SyntheticParties#designate}).
     */
    private void parties(TransferListService listing) throws Exception {
        var result = new LinkedHashMap<String, Object>();
        Sample sample;
        try (var connection = DriverManager.getConnection(url, user, password)) {
            result.put("confirmed_designated_parties", SyntheticParties.designate(connection));
            sample = sample(connection);
        }
        result.put("parties", sample.parties());
        var scenarios = new LinkedHashMap<String, TransferFilter>();
        scenarios.put("party, common: '" + COMMON_PARTY_NAME + "'", TransferFilter.NONE.withParty(COMMON_PARTY_NAME));
        scenarios.put("party, rare: one company's name", TransferFilter.NONE.withParty(sample.companyName()));
        scenarios.put("vessel by name", TransferFilter.NONE.withVessel(sample.vesselName()));
        scenarios.put("vessel by IMO number", TransferFilter.NONE.withVessel("IMO " + sample.vesselImo()));
        scenarios.put("place " + sample.placeName(), TransferFilter.NONE.withPlace(sample.placeId()));
        scenarios.put("designated party involved", TransferFilter.NONE.withDesignatedParty(true));
        scenarios.put("designated + hot pair PRK→RUS", TransferFilter.pair("PRK", "RUS").withDesignatedParty(true));
        result.put("grid", gridRows(listing, "Grid by parties: page 50 + count", scenarios, TransferSort.NEWEST,
                PARTIES_GRID_TARGET_MS));

        var parties = context.getBean(PartyService.class);
        var matches = context.getBean(PartyMatchService.class);
        var involvements = context.getBean(PartyTransfers.class);
        System.out.printf("%n%-34s %10s %10s %10s %10s %7s %9s%n", "Party page: all its queries", "app p50", "app p95",
                "floor p50", "floor p95", "ratio", "rows");
        var pages = new LinkedHashMap<String, Object>();
        for (var page : Map.of("designated company", sample.designatedPartyId(), "vessel", sample.vesselId()).entrySet()
            .stream().sorted(Map.Entry.comparingByKey()).toList()) {
            long id = page.getValue();
            Runnable call = () -> {
                parties.party(id);
                matches.matchesOf(id);
                involvements.transfersOf(id);
                involvements.shipmentsOf(id);
            };
            var timed = timeAgainstFloor(call, queriesRunBy(call));
            var shown = involvements.transfersOf(id).size() + involvements.shipmentsOf(id).size();
            pages.put(page.getKey(), row(timed[0], timed[1], shown, true));
            print(page.getKey() + " #" + id, timed[0], timed[1], Integer.toString(shown));
        }
        result.put("party_page", pages);

        var designated = TransferFilter.NONE.withDesignatedParty(true);
        Runnable count = () -> listing.count(designated);
        var countQueries = queriesRunBy(count);
        var countTimed = timeAgainstFloor(count, countQueries);
        var designatedCount = listing.count(designated);
        result.put("dashboard_designated_count", row(countTimed[0], countTimed[1], designatedCount, true));
        print("dashboard: designated count", countTimed[0], countTimed[1], Integer.toString(designatedCount));
        System.out.println("\nPlan of the dashboard's count of transfers with a designated party:");
        printPlan(countQueries.getLast());
        result.put("recheck", recheck(sample));
        results.put("parties", result);
    }

    /** A name a few thousand synthetic companies share (one in ten parties): the grid's common party filter. */
    private static final String COMMON_PARTY_NAME = "Shipping Company";

    /** What the parties part filters and opens, taken from the middle of the generated parties. */
    private record Sample(int parties, String companyName, long vesselId, String vesselName, String vesselImo,
            long placeId, String placeName, long designatedPartyId, List<Long> designations) {
    }

    private static Sample sample(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            var parties = SyntheticData.longs(connection, "select count(*) from party").getFirst().intValue();
            var company = statement.executeQuery("select name from party where kind = 'company' order by id offset "
                    + parties / 2 + " limit 1");
            company.next();
            var companyName = company.getString(1);
            var vessel = statement.executeQuery("select p.id, p.name, i.value from party p join party_identifier i on "
                    + "i.party_id = p.id and i.kind = 'imo_ship' where p.kind = 'vessel' order by p.id offset "
                    + parties / 20 + " limit 1");
            vessel.next();
            var vesselId = vessel.getLong(1);
            var vesselName = vessel.getString(2);
            var vesselImo = vessel.getString(3);
            // Rajin, the first port of the gazetteer, is where the generator loads or discharges one sea leg in 14.
            var place = statement.executeQuery("select id, name from place where kind = 'port' order by name = 'Rajin' "
                    + "desc, id limit 1");
            place.next();
            var placeId = place.getLong(1);
            var placeName = place.getString(2);
            var designated = SyntheticData.longs(connection, "select party_id from party_designation_match where state = "
                    + "'confirmed' order by party_id limit 1");
            return new Sample(parties, companyName, vesselId, vesselName, vesselImo, placeId, placeName,
                    designated.isEmpty() ? vesselId : designated.getFirst(),
                    SyntheticData.longs(connection, "select id from designation where source = 'UN' and delisted_on is "
                            + "null order by id limit 30"));
        }
    }

    /**
     * The re-check of every party that runs after a designation list import committed, for a new UN list that
     * amends 20 stored designations and delists 10: through the application in a transaction rolled back, and its
     * statements (inlined) over plain JDBC, rolled back too; in turns, a few runs each.
     */
    private Map<String, Object> recheck(Sample sample) throws Exception {
        var ids = sample.designations();
        var amended = new LinkedHashMap<Long, List<String>>();
        ids.stream().limit(Math.min(20, ids.size())).forEach(id -> amended.put(id, List.of("aliases")));
        var imported = new DesignationListImported("UN", LocalDate.now(), List.of(), amended,
                ids.subList(Math.min(20, ids.size()), ids.size()));
        var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        var outcome = new BenchmarkRecheck.Outcome[1];
        Runnable app = () -> transactions.executeWithoutResult(status -> {
            outcome[0] = BenchmarkRecheck.recheck(context, imported);
            status.setRollbackOnly();
        });
        var statements = queriesRunBy(app).stream().map(query -> query.getSQL(ParamType.INLINED)).toList();
        var runs = Math.max(1, Math.min(iterations, 5));
        var appSamples = new double[runs];
        var floorSamples = new double[runs];
        long listed;
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            for (var i = 0; i < runs; i++) {
                var start = System.nanoTime();
                app.run();
                appSamples[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                try (var statement = connection.createStatement()) {
                    for (var sql : statements) {
                        statement.execute(sql);
                    }
                }
                connection.rollback();
                floorSamples[i] = (System.nanoTime() - start) / 1e6;
            }
            listed = SyntheticData.longs(connection, "select count(*) from designation_name n join designation d on "
                    + "d.id = n.designation_id where d.delisted_on is null").getFirst();
        }
        var appTimes = percentiles(appSamples);
        var floorTimes = percentiles(floorSamples);
        System.out.printf("%n%-34s %10s %10s %10s %10s %7s %9s%n", "Re-check of every party, " + runs + " runs",
                "app p50", "app p95", "floor p50", "floor p95", "ratio", "found");
        print(String.format(Locale.ROOT, "%,d parties × %,d names", sample.parties(), listed), appTimes, floorTimes,
                Integer.toString(outcome[0].found()));
        var row = withTarget(row(appTimes, floorTimes, sample.parties(), true), appTimes, RECHECK_TARGET_MS);
        row.put("listed_names", listed);
        row.put("matches_found", outcome[0].found());
        row.put("matches_noted", outcome[0].noted());
        row.put("runs", runs);
        return row;
    }

    /** Search phrases as sanctions staff type them: a partial name, a common name, accents left out, an alias. */
    private static final List<String> DESIGNATION_SEARCHES = List.of("korea mining dev", "kim jong", "jerome kakwavu",
            "komid", "hassan ali rahman");

    /**
     * Designations: the Designations grid's search (page of 50 and count) through the service against the same SQL
     * over plain JDBC, over the UN list and then over a synthetic list of 300,000 names beside it; and the import of
     * the shipped UN list into an empty designation table (rolled back).
     */
    private void designations() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null,
                Role.ADMIN.authorities()));
        var service = context.getBean(DesignationService.class);
        var result = new LinkedHashMap<String, Object>();
        result.put("un_list", designationSearches(service, "UN list"));
        int names;
        try (var connection = DriverManager.getConnection(url, user, password)) {
            names = SyntheticDesignations.generate(connection, 300_000);
        }
        result.put("names_with_synthetic", names);
        result.put("with_synthetic", designationSearches(service, String.format(Locale.ROOT, "%,d names", names)));

        var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        byte[] file;
        try (var in = new org.springframework.core.io.ClassPathResource("designations/un-consolidated-2024-09-26.xml")
            .getInputStream()) {
            file = in.readAllBytes();
        }
        var samples = new double[5];
        for (var i = 0; i < samples.length; i++) {
            var index = i;
            transactions.executeWithoutResult(status -> {
                context.getBean(DSLContext.class).execute("delete from designation where source = 'UN'");
                var start = System.nanoTime();
                var plan = service.apply(service.preview("un.xml", file));
                samples[index] = (System.nanoTime() - start) / 1e6;
                if (plan.added().size() != 875) {
                    throw new IllegalStateException("The UN list import added " + plan.added().size() + ", not 875");
                }
                status.setRollbackOnly();
            });
        }
        var importTimes = percentiles(samples);
        System.out.printf(Locale.ROOT, "%nUN list import (875 entries, preview + apply, rolled back): p50 %.0f ms, max %.0f ms%n",
                importTimes[0], samples[samples.length - 1]);
        result.put("un_import_p50_ms", importTimes[0]);
        result.put("un_import_max_ms", samples[samples.length - 1]);
        results.put("designations", result);
    }

    private Map<String, Object> designationSearches(DesignationService service, String over) throws Exception {
        System.out.printf("%n%-34s %10s %10s %10s %10s %7s %9s%n", "Designation search, " + over, "app p50", "app p95",
                "floor p50", "floor p95", "ratio", "found");
        var rows = new LinkedHashMap<String, Object>();
        for (var text : DESIGNATION_SEARCHES) {
            Runnable call = () -> service.searchWithTotal(text, 0, 50);
            var timed = timeAgainstFloor(call, queriesRunBy(call));
            var found = service.count(text);
            rows.put(text, row(timed[0], timed[1], found, true));
            print("'" + text + "'", timed[0], timed[1], Integer.toString(found));
        }
        return rows;
    }

    /** Every one-click path's target at p95 on the quiet machine: the grid's, and the pair page's and dashboard's (issue 22). */
    private static final double GRID_TARGET_MS = 50;

    private static final double PAGE_TARGET_MS = 300;

    /**
     * The dashboard's queries, and the country-pair page of the hottest pair exactly as {@code PairView} asks for it
     * (the briefing and its timeline), each timed in turns against its statements over plain JDBC.
     */
    private void pages(TransferListService listing, String suffix) throws Exception {
        var statistics = context.getBean(TransferStatisticsService.class);
        var briefings = context.getBean(BriefingService.class);
        var today = LocalDate.now();
        Runnable dashboardQueries = () -> statistics.dashboard(8, 150, today.minusYears(5).withDayOfMonth(1), today, 8);
        Runnable pairQueries = () -> {
            briefings.pairPage("PRK", "RUS");
            briefings.timeline("PRK", "RUS");
            // The lazy grid's first fetch.
            listing.page(TransferFilter.NONE.withPair("PRK", "RUS", true), TransferSort.NEWEST, 0, 50);
        };
        System.out.printf("%n%-34s %10s %10s %10s %10s %7s %7s%n", "Pages: all their queries together", "app p50",
                "app p95", "floor p50", "floor p95", "ratio", "queries");
        var pages = new LinkedHashMap<String, Object>();
        for (var page : Map.of("dashboard", dashboardQueries, "country-pair page PRK⇄RUS", pairQueries).entrySet()
            .stream().sorted(Map.Entry.comparingByKey()).toList()) {
            var queries = queriesRunBy(page.getValue());
            var timed = timeAgainstFloor(page.getValue(), queries, pageIterations);
            pages.put(page.getKey(), withTarget(row(timed[0], timed[1], queries.size(), true), timed[0], PAGE_TARGET_MS));
            print(page.getKey(), timed[0], timed[1], Integer.toString(queries.size()));
            if (explain) {
                for (var query : queries) {
                    printPlan(query);
                }
            }
        }
        results.put("pages" + suffix, pages);
    }

    /**
     * The CSV export of every transfer through the application (the CSV download's service call, its bytes
     * counted and dropped), against its COPY statement over plain JDBC; the heap used after full collections
     * before and after, and the peak while it ran.
     */
    private void export(int total) throws Exception {
        var exchange = context.getBean(ExchangeService.class);
        var bytes = new ByteCounter();
        var before = HeapMeter.usedAfterGc();
        var peak = new HeapMeter.Peak();
        var started = System.nanoTime();
        var rows = exchange.export(TransferFilter.NONE, bytes);
        var app = (System.nanoTime() - started) / 1e9;
        var peakUsed = peak.stop();
        var after = HeapMeter.usedAfterGc();

        var statement = BenchmarkQueries.exportStatement(context, TransferFilter.NONE);
        double floor;
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            try (var settings = connection.createStatement()) {
                for (var setting : BenchmarkQueries.exportSettings()) {
                    settings.execute(setting);
                }
            }
            started = System.nanoTime();
            connection.unwrap(PgConnection.class).getCopyAPI().copyOut(statement, OutputStream.nullOutputStream());
            floor = (System.nanoTime() - started) / 1e9;
            connection.rollback();
        }
        System.out.printf(Locale.ROOT, "%nCSV export, %,d rows (%,.0f MB): app %.1f s = %,.0f rows/s; floor (its COPY over "
                + "JDBC) %.1f s = %,.0f rows/s; ratio %.2f%n", rows, bytes.bytes() / 1e6, app, rows / app, floor,
                rows / floor, app / floor);
        System.out.printf(Locale.ROOT, "  heap used after GC %,d MB before, %,d MB after (growth %+,d MB); peak while "
                + "exporting %,d MB%n", before >> 20, after >> 20, (after - before) >> 20, peakUsed >> 20);
        var export = new LinkedHashMap<String, Object>();
        export.put("rows", rows);
        export.put("transfers", total);
        export.put("megabytes", round(bytes.bytes() / 1e6));
        export.put("app_seconds", round(app));
        export.put("app_rows_per_second", Math.round(rows / app));
        export.put("floor_seconds", round(floor));
        export.put("floor_rows_per_second", Math.round(rows / floor));
        export.put("heap_growth_mb", (after - before) >> 20);
        export.put("heap_peak_mb", peakUsed >> 20);
        results.put("export", export);
    }

    /**
     * The CSV import of a generated file through the application: read and checked (the preview), then written,
     * inside a transaction that is rolled back at the end, so that the database is left as it was.
     */
    private void importFile() throws SQLException {
        var exchange = context.getBean(ExchangeService.class);
        var csv = SyntheticCsv.transfers(importRows, "benchmark-import:" + System.currentTimeMillis() + ":");
        var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        var figures = new LinkedHashMap<String, Object>();
        transactions.executeWithoutResult(transaction -> {
            var started = System.nanoTime();
            var preview = exchange.preview("benchmark.csv", csv, share -> {
            });
            var read = (System.nanoTime() - started) / 1e9;
            if (!preview.problems().isEmpty()) {
                throw new IllegalStateException("The generated file has problems: " + preview.problems());
            }
            var outcome = exchange.importPreview(preview, written -> {
            });
            var all = (System.nanoTime() - started) / 1e9;
            transaction.setRollbackOnly();
            var rows = preview.rowsToImport().size();
            System.out.printf(Locale.ROOT, "%nCSV import, %,d rows (%,.1f MB): read and checked %.1f s (%,.0f rows/s), "
                    + "written %.1f s (%,.0f rows/s); in all %.1f s = %,.0f rows/s (%s; rolled back)%n", rows,
                    csv.length / 1e6, read, rows / read, all - read, rows / (all - read), all, rows / all,
                    outcome.label());
            figures.put("rows", rows);
            figures.put("megabytes", round(csv.length / 1e6));
            figures.put("read_seconds", round(read));
            figures.put("write_seconds", round(all - read));
            figures.put("seconds", round(all));
            figures.put("rows_per_second", Math.round(rows / all));
        });
        results.put("import", figures);
        // The rolled-back rows are dead rows in the tables and their indexes: cleared now, they do not weigh on
        // the next run's figures.
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) transfer, claim_link, transfer_evidence, source, audit_event, transfer_figure_tally, "
                    + "transfer_pair_tally, transfer_day_tally, transfer_month_tally");
        }
    }

    /** The very SQL (with its bind values) that the application runs for an action, for its floor. */
    private List<Query> queriesRunBy(Runnable action) {
        var configuration = context.getBean(DSLContext.class).configuration();
        var before = configuration.executeListenerProviders();
        var recorded = new ArrayList<Query>();
        var providers = Arrays.copyOf(before, before.length + 1);
        // Only this thread's statements: the application's scheduled jobs run meanwhile on threads of their own.
        var caller = Thread.currentThread();
        providers[before.length] = new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void start(ExecuteContext execution) {
                if (execution.query() != null && Thread.currentThread() == caller) {
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
     * The transfers grid as it asks for a filter: one call of {@link TransferListService#pageWithCount} (the page of
     * 50 and the count up to {@link TransferListService#EXACT_COUNT_LIMIT}), against the very statement that call ran
     * (recorded as it ran, with its bind values) over plain JDBC, in turns; the deep page likewise.
     */
    private void grid(TransferListService listing, int total, String suffix) throws Exception {
        var cold = coldPair();
        var hot = TransferFilter.pair("PRK", "RUS");
        var scenarios = new LinkedHashMap<String, TransferFilter>();
        scenarios.put("hot pair PRK→RUS", hot);
        scenarios.put("cold pair " + cold[0] + "→" + cold[1], TransferFilter.pair(cold[0], cold[1]));
        scenarios.put("either direction PRK⇄RUS", TransferFilter.NONE.withPair("PRK", "RUS", true));
        scenarios.put("pair + free text 'artillery'", hot.withText("artillery"));
        scenarios.put("pair + period 2010–2012", hot.withPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31)));
        scenarios.put("pair + status delivered", hot.withStatus(TransferStatus.DELIVERED));
        scenarios.put("pair + kind dual-use", hot.withKind(TransferKind.DUAL_USE));
        scenarios.put("no filter", TransferFilter.NONE);
        // Filters that name no pair and match few transfers: the count capped at 10,001 must not read them all.
        scenarios.put("category ML4 (none has it)", TransferFilter.NONE.withCategory("ML4"));
        scenarios.put("kind + status + confidence", TransferFilter.NONE.withKind(TransferKind.DUAL_USE)
            .withStatus(TransferStatus.REPORTED).withConfidence(Confidence.HIGH));
        scenarios.put("period 2015 + kind + status", TransferFilter.NONE.withPeriod(LocalDate.of(2015, 1, 1),
                LocalDate.of(2015, 12, 31)).withKind(TransferKind.DUAL_USE).withStatus(TransferStatus.AGREED));
        scenarios.put("status delivered", TransferFilter.NONE.withStatus(TransferStatus.DELIVERED));
        scenarios.put("text 'artillery'", TransferFilter.NONE.withText("artillery"));
        results.put("grid" + suffix, gridRows(listing, "Transfers grid: page 50 + count", scenarios, TransferSort.NEWEST,
                GRID_TARGET_MS));

        // A click on a column header: every sortable column, both ways. The list offers them once a filter leaves
        // 10,000 transfers or fewer (TransferGrid.offerSorts): here the hot pair narrowed by text to about 9,000.
        var narrowed = hot.withText("artillery");
        var sorted = new LinkedHashMap<String, Object>();
        for (var sort : TransferSort.values()) {
            var sorts = new LinkedHashMap<String, TransferFilter>();
            sorts.put("sort " + sort.name().toLowerCase(Locale.ROOT) + ", pair + text", narrowed);
            sorted.putAll(gridRows(listing, sort == TransferSort.values()[0] ? "Sorted by a column: page 50 + count" : null,
                    sorts, sort, GRID_TARGET_MS));
        }
        results.put("grid_sorted" + suffix, sorted);

        var deep = TransferFilter.NONE;
        Runnable deepPage = () -> listing.page(deep, TransferSort.NEWEST, 10_000, 50);
        var deepTimed = timeAgainstFloor(deepPage, queriesRunBy(deepPage));
        Runnable deepPairPage = () -> listing.page(hot, TransferSort.NEWEST, 10_000, 50);
        var deepPairTimed = timeAgainstFloor(deepPairPage, queriesRunBy(deepPairPage));
        Runnable countAll = () -> listing.count(deep);
        var countTimed = timeAgainstFloor(countAll, queriesRunBy(countAll));
        print("deep page (offset 10,000), no count", deepTimed[0], deepTimed[1], "50");
        print("deep page of the hot pair", deepPairTimed[0], deepPairTimed[1], "50");
        print("exact count ('Count all'), no filter", countTimed[0], countTimed[1], Integer.toString(total));
        results.put("deep_page_offset_10000" + suffix, withTarget(row(deepTimed[0], deepTimed[1], 50, true), deepTimed[0],
                GRID_TARGET_MS));
        results.put("deep_page_hot_pair" + suffix, withTarget(row(deepPairTimed[0], deepPairTimed[1], 50, true),
                deepPairTimed[0], GRID_TARGET_MS));
        results.put("count_no_filter" + suffix, row(countTimed[0], countTimed[1], total, true));
    }

    /**
     * The grid's call for each filter, timed against its statement over plain JDBC, printed under the title; with
     * a target, each row says whether its p95 met it.
     */
    private Map<String, Object> gridRows(TransferListService listing, @Nullable String title,
            Map<String, TransferFilter> scenarios, TransferSort sort, @Nullable Double targetP95) throws Exception {
        if (title != null) {
            System.out.printf("%n%-34s %10s %10s %10s %10s %7s %9s%n", title, "app p50", "app p95", "floor p50",
                    "floor p95", "ratio", "count");
        }
        var rows = new LinkedHashMap<String, Object>();
        for (var scenario : scenarios.entrySet()) {
            var filter = scenario.getValue();
            Runnable call = () -> listing.pageWithCount(filter, sort, 0, 50);
            var queries = queriesRunBy(call);
            var timed = timeAgainstFloor(call, queries);
            var app = timed[0];
            var floor = timed[1];
            var shown = listing.pageWithCount(filter, sort, 0, 50).count();
            var row = row(app, floor, shown.exact() ? shown.value() : listing.count(filter), shown.exact());
            if (targetP95 != null) {
                withTarget(row, app, targetP95);
            }
            rows.put(scenario.getKey(), row);
            print(scenario.getKey(), app, floor, shown.exact() ? Integer.toString(shown.value()) : "> " + shown.value());
            if (explain) {
                for (var query : queries) {
                    printPlan(query);
                }
            }
        }
        return rows;
    }

    /** The statement's plan as it runs (EXPLAIN ANALYZE, with buffers), indented under the row it belongs to. */
    private void printPlan(Query query) throws SQLException {
        try (var connection = context.getBean(DataSource.class).getConnection();
             var statement = connection.createStatement();
             var plan = statement.executeQuery("explain (analyze, buffers) " + query.getSQL(ParamType.INLINED))) {
            while (plan.next()) {
                System.out.println("    " + plan.getString(1));
            }
        }
    }

    private static Map<String, Object> withTarget(Map<String, Object> row, double[] app, double targetP95) {
        row.put("target_p95_ms", targetP95);
        row.put("target_met", app[1] <= targetP95 ? 1 : 0);
        return row;
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
        return timeAgainstFloor(action, queries, iterations);
    }

    private double[][] timeAgainstFloor(Runnable action, List<Query> queries, int iterations) throws Exception {
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
    private static Runnable floorRun(Connection connection, List<Query> queries) {
        return () -> {
            try {
                for (var query : queries) {
                    try (var statement = connection.prepareStatement(query.getSQL())) {
                        var binds = query.getBindValues();
                        for (int i = 0; i < binds.size(); i++) {
                            statement.setObject(i + 1, binds.get(i));
                        }
                        readAll(statement);
                    }
                }
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Runs the statement and reads every column of every row of every result, as the application must. */
    private static void readAll(PreparedStatement statement) throws SQLException {
        var results = statement.execute();
        while (true) {
            if (results) {
                try (var rows = statement.getResultSet()) {
                    var columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rows.getObject(column);
                        }
                    }
                }
            }
            else if (statement.getUpdateCount() == -1) {
                return;
            }
            results = statement.getMoreResults();
        }
    }

    /** The same SQL and bind values over one plain JDBC connection from the same pool. */
    private double[] timeFloor(List<Query> queries) throws Exception {
        var dataSource = context.getBean(DataSource.class);
        try (var connection = dataSource.getConnection()) {
            var statements = new ArrayList<PreparedStatement>();
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
                        readAll(statement);
                    }
                }
                catch (SQLException e) {
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
        // Nearest rank: the smallest sample that at least half (95 %) of the samples do not exceed.
        return new double[] { round(samples[(int) Math.ceil(0.5 * samples.length) - 1]),
                round(samples[(int) Math.ceil(0.95 * samples.length) - 1]) };
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
