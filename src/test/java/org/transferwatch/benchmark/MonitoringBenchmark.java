package org.transferwatch.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.context.ConfigurableApplicationContext;
import org.transferwatch.exchange.ExchangeService;
import org.transferwatch.monitoring.NotificationMatcher;
import org.transferwatch.monitoring.WatchKind;
import org.transferwatch.monitoring.WatchService;
import org.transferwatch.security.Role;
import org.transferwatch.support.Accounts;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferService;

/**
 * Monitoring (issue 17): 1,000 watches of mixed kinds (pairs, filtered lists, provisions, designations, parties,
 * single transfers) for 50 generated analysts over the benchmark database, then
 * <ol>
 * <li>a 10,000-transfer CSV import through the app's import (the rows of an earlier import of the same file with
 * their status and confidence changed), timed without the watches and with them, and the time from its commit
 * until the matcher (run as the scheduler runs it) has stored its last notification;</li>
 * <li>1,000 single edits (a confidence change through the transfer service, as a reviewer saves the form) and the
 * time until their last notification is stored.</li>
 * </ol>
 * Afterwards it deletes what it created: the imported transfers, the users (their watches and notifications go
 * with them), and puts the edited confidences back. The audit keeps its records of all of it (it is append-only).
 */
final class MonitoringBenchmark {

    static final int USERS = 50;

    static final int WATCHES = 1_000;

    static final int IMPORT_ROWS = 10_000;

    static final int EDITS = 1_000;

    /** The import with the watches may take at most this much longer than without them (issue 17). */
    static final double IMPORT_TARGET_RATIO = 1.10;

    private static final String USER_PREFIX = "bench-monitoring-";

    private static final String KEY_PREFIX = "bench-monitoring:";

    /** The states of {@link SyntheticCsv}'s rows, whose pairs the pair and filter watches follow. */
    private static final List<String> STATES = List.of("RUS", "PRK", "IRN", "CHN", "BLR", "UKR", "USA", "FRA", "DEU",
            "TUR", "ISR", "IND", "PAK", "SYR", "EGY", "BRA", "ZAF", "SAU", "ARE", "KOR");

    private static final List<String> STATUSES = List.of("reported", "agreed", "in_delivery", "delivered", "disputed");

    private final ConfigurableApplicationContext context;

    private final String url;

    private final String user;

    private final String password;

    private final NotificationMatcher matcher;

    private final Random random = new Random(17);

    private MonitoringBenchmark(ConfigurableApplicationContext context, String url, String user, String password) {
        this.context = context;
        this.url = url;
        this.user = user;
        this.password = password;
        this.matcher = context.getBean(NotificationMatcher.class);
    }

    static Map<String, Object> run(ConfigurableApplicationContext context, String url, String user, String password)
            throws SQLException {
        return new MonitoringBenchmark(context, url, user, password).run();
    }

    private Map<String, Object> run() throws SQLException {
        var figures = new LinkedHashMap<String, Object>();
        cleanUp();
        var drained = drain();
        figures.put("pending_events_matched_first_ms", drained);
        var edited = new LinkedHashMap<Long, Confidence>();
        try {
            // The import's first revision creates the drafts; what is measured is an import over them.
            importRevision(0);
            drain();
            var without = importRevision(1);
            drain();

            var users = createUsers();
            var watchesCreated = System.nanoTime();
            var kinds = createWatches(users);
            figures.put("watches", kinds);
            figures.put("watches_created_ms", ms(System.nanoTime() - watchesCreated));

            var with = importRevision(2);
            var notified = countNotifications();
            var matched = drain();
            var importNotifications = countNotifications() - notified;
            var importFigures = new LinkedHashMap<String, Object>();
            importFigures.put("rows", IMPORT_ROWS);
            importFigures.put("without_watches_ms", ms(without));
            importFigures.put("with_watches_ms", ms(with));
            importFigures.put("ratio", Math.round(with * 1000.0 / without) / 1000.0);
            importFigures.put("target_ratio", IMPORT_TARGET_RATIO);
            importFigures.put("notifications", importNotifications);
            importFigures.put("commit_to_last_notification_ms", matched);
            figures.put("import", importFigures);
            System.out.printf(Locale.ROOT, "%nMonitoring, %,d watches: import of %,d changed transfers %.0f ms without the "
                    + "watches, %.0f ms with them (x%.2f, target x%.2f); %,d notifications, the last stored %.0f ms after "
                    + "the import's commit%n", WATCHES, IMPORT_ROWS, ms(without), ms(with), with / (double) without,
                    IMPORT_TARGET_RATIO, importNotifications, matched);

            var editFigures = editAndMatch(edited);
            figures.put("edits", editFigures);
        }
        finally {
            restore(edited);
            cleanUp();
        }
        return figures;
    }

    /** Imports the benchmark's rows at this revision as the benchmark's analyst; the import's own time in ns. */
    private long importRevision(int revision) {
        var exchange = context.getBean(ExchangeService.class);
        var csv = SyntheticCsv.transfers(IMPORT_ROWS, KEY_PREFIX, revision);
        return Accounts.as("bench", Role.ANALYST, () -> {
            var started = System.nanoTime();
            var preview = exchange.preview("monitoring.csv", csv, share -> {
            });
            if (!preview.problems().isEmpty()) {
                throw new IllegalStateException("The generated file has problems: " + preview.problems());
            }
            exchange.importPreview(preview, written -> {
            });
            return System.nanoTime() - started;
        });
    }

    /**
     * Runs the matcher as the scheduler does until no committed event is left unmatched (the application's own
     * scheduled run may take batches meanwhile: it skips the locked ones, and so does this); the time in ms.
     */
    private double drain() throws SQLException {
        var started = System.nanoTime();
        try (var connection = connection()) {
            while (true) {
                matcher.matchPending();
                if (single(connection, "select count(*) from change_event where matched_at is null") == 0) {
                    return ms(System.nanoTime() - started);
                }
                Thread.onSpinWait();
            }
        }
    }

    private Map<String, Object> editAndMatch(Map<Long, Confidence> edited) throws SQLException {
        var transfers = context.getBean(TransferService.class);
        List<Long> ids;
        try (var connection = connection();
             var statement = connection.prepareStatement("""
                     select id from transfer
                     where review_state = 'published' and supplier_code = any (?) and recipient_code = any (?)
                     order by id limit ?""")) {
            var states = connection.createArrayOf("text", STATES.toArray());
            statement.setArray(1, states);
            statement.setArray(2, states);
            statement.setInt(3, EDITS);
            ids = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        var notified = countNotifications();
        var started = System.nanoTime();
        for (var id : ids) {
            Accounts.as("bench", Role.REVIEWER, () -> {
                var transfer = transfers.details(id).transfer();
                var fields = transfer.fields();
                edited.putIfAbsent(id, fields.confidence());
                transfers.update(id, transfer.version(), withConfidence(fields,
                        fields.confidence() == Confidence.LOW ? Confidence.MODERATE : Confidence.LOW));
            });
        }
        var editing = System.nanoTime() - started;
        var matched = drain();
        var notifications = countNotifications() - notified;
        var figures = new LinkedHashMap<String, Object>();
        figures.put("edits", ids.size());
        figures.put("edits_ms", ms(editing));
        figures.put("notifications", notifications);
        figures.put("last_edit_to_last_notification_ms", matched);
        figures.put("first_edit_to_last_notification_ms", ms(System.nanoTime() - started));
        System.out.printf(Locale.ROOT, "Monitoring: %,d single edits in %.0f ms; %,d notifications, the last stored %.0f ms "
                + "after the last edit%n", ids.size(), ms(editing), notifications, matched);
        return figures;
    }

    private static TransferDraft withConfidence(TransferDraft d, Confidence confidence) {
        return new TransferDraft(d.supplierCode(), d.recipientCode(), d.kind(), d.categoryCode(), d.item(),
                d.designation(), d.quantity(), d.valueUsdEstimate(), d.status(), d.period(), d.firstReportedOn(),
                d.routeNotes(), d.notes(), confidence);
    }

    /** Puts the edited transfers' confidence back, through the service as the edits went. */
    private void restore(Map<Long, Confidence> edited) {
        var transfers = context.getBean(TransferService.class);
        edited.forEach((id, confidence) -> Accounts.as("bench", Role.REVIEWER, () -> {
            var transfer = transfers.details(id).transfer();
            transfers.update(id, transfer.version(), withConfidence(transfer.fields(), confidence));
        }));
    }

    private List<String> createUsers() throws SQLException {
        var names = new ArrayList<String>();
        try (var connection = connection();
             var insert = connection.prepareStatement("""
                     insert into app_user (username, display_name, password_hash, role)
                     values (?, ?, '!', 'analyst')""")) {
            for (int i = 0; i < USERS; i++) {
                var name = USER_PREFIX + i;
                insert.setString(1, name);
                insert.setString(2, "Benchmark watcher " + i);
                insert.addBatch();
                names.add(name);
            }
            insert.executeBatch();
        }
        return names;
    }

    /**
     * 1,000 watches through the watch service, round robin over the users: 30 % pairs and 15 % filtered lists of
     * the import's states, 15 % provisions, 10 % designations and 15 % parties found in the data, 15 % single
     * transfers. Returns how many of each kind were created.
     */
    private Map<String, Object> createWatches(List<String> users) throws SQLException {
        List<Long> provisions;
        List<Long> designations;
        List<Long> parties;
        List<Long> transfers;
        try (var connection = connection()) {
            provisions = ids(connection, "select distinct provision_id from sanctions_link where decision = 'confirmed' limit 500");
            designations = ids(connection, """
                    select distinct designation_id from party_designation_match where state = 'confirmed'
                    union select id from designation limit 500""");
            parties = ids(connection, "select distinct party_id from transfer_party order by party_id limit 2000");
            transfers = ids(connection, """
                    select id from transfer where review_state = 'published' and supplier_code = any (array['RUS','PRK','IRN','CHN'])
                    order by id limit 2000""");
        }
        var service = context.getBean(WatchService.class);
        var counts = new LinkedHashMap<String, Object>();
        var created = new HashSet<Long>();
        // A target drawn twice for the same user is one watch: draw again until there are 1,000.
        for (int i = 0; created.size() < WATCHES; i++) {
            var slot = i % 20;
            WatchKind kind;
            String target;
            if (slot < 6) {
                kind = WatchKind.PAIR;
                var a = random.nextInt(STATES.size());
                var b = (a + 1 + random.nextInt(STATES.size() - 1)) % STATES.size();
                target = STATES.get(a) + "/" + STATES.get(b);
            }
            else if (slot < 9) {
                kind = WatchKind.FILTER;
                var state = STATES.get(random.nextInt(STATES.size()));
                target = switch (i % 3) {
                    case 0 -> "supplier=" + state + "&status=" + STATUSES.get(random.nextInt(STATUSES.size()));
                    case 1 -> "recipient=" + state + "&kind=arms";
                    default -> "supplier=" + state + "&confidence=low";
                };
            }
            else if (slot < 12 && !provisions.isEmpty()) {
                kind = WatchKind.PROVISION;
                target = Long.toString(provisions.get(random.nextInt(provisions.size())));
            }
            else if (slot < 14 && !designations.isEmpty()) {
                kind = WatchKind.DESIGNATION;
                target = Long.toString(designations.get(random.nextInt(designations.size())));
            }
            else if (slot < 17 && !parties.isEmpty()) {
                kind = WatchKind.PARTY;
                target = Long.toString(parties.get(random.nextInt(parties.size())));
            }
            else {
                kind = WatchKind.TRANSFER;
                target = Long.toString(transfers.get(random.nextInt(transfers.size())));
            }
            var owner = users.get(i % users.size());
            var id = Accounts.as(owner, Role.ANALYST, () -> service.watch(kind, target, kind.label() + " " + target));
            if (created.add(id)) {
                counts.merge(kind.code(), 1, (x, y) -> (Integer) x + (Integer) y);
            }
        }
        return counts;
    }

    /** Deletes the benchmark's users (their watches and notifications with them) and the imported transfers. */
    private void cleanUp() throws SQLException {
        try (var connection = connection(); var statement = connection.createStatement()) {
            statement.execute("delete from app_user where username like '" + USER_PREFIX + "%'");
            statement.execute("delete from transfer where natural_key like '" + KEY_PREFIX + "%'");
        }
    }

    private long countNotifications() throws SQLException {
        try (var connection = connection()) {
            return single(connection, "select count(*) from notification");
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }

}
