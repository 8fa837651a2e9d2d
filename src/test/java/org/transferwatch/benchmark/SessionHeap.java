package org.transferwatch.benchmark;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.management.ObjectName;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Live heap per logged-in UI session with the Transfers view open: real HTTP sessions against the running
 * application, each with its own cookies, doing what the browser does without the browser (two cores cannot
 * run 200 Chromium tabs): the login form's POST, the bootstrap page, Vaadin's init request that creates the UI
 * and renders the Transfers view on the server, and the grid's request for its first rows. Heap is read after
 * full collections before and after; the sessions stay referenced by the servlet container meanwhile.
 *
 * <p>It writes to the database: one user ({@value #USERNAME}) and the login records of its logins. Run it on a
 * copy of the benchmark database.
 */
final class SessionHeap {

    static final String USERNAME = "bench-sessions";

    static final String TRANSFERS = "transfers";

    private static final String PASSWORD = "Benchmark sessions only, not a real login 1";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");

    private static final Pattern GRID_NODE = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"transfers-grid\"\\}");

    private SessionHeap() {
    }

    /**
     * @param route the view each session opens: {@value #TRANSFERS} (the figure), or e.g. a route that does not
     *              exist, for the floor (the main layout around the not-found view)
     * @param histograms where to write the class histograms before and after, or null for none
     */
    static Map<String, Object> measure(ConfigurableApplicationContext context, String url, String user, String password,
            int sessions, String route, @Nullable Path histograms) throws Exception {
        createUser(context, url, user, password);
        var port = context.getEnvironment().getProperty("local.server.port");
        var base = "http://127.0.0.1:" + port + "/";
        // One session first: warms the code paths and checks that the view really opened.
        openSession(base, route, true);
        var before = liveHeap();
        if (histograms != null) {
            writeHistogram(histograms.resolve("sessions-histogram-before.txt"));
        }
        var started = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            openSession(base, route, false);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var after = liveHeap();
        if (histograms != null) {
            writeHistogram(histograms.resolve("sessions-histogram-after.txt"));
            System.out.println("Class histograms before and after written to " + histograms.toAbsolutePath());
        }
        var perSession = (after - before) / (double) sessions / 1024;
        var result = new LinkedHashMap<String, Object>();
        result.put("sessions", sessions);
        result.put("route", route);
        result.put("heap_before_mb", Math.round(before / 1024.0 / 1024 * 10) / 10.0);
        result.put("heap_after_mb", Math.round(after / 1024.0 / 1024 * 10) / 10.0);
        result.put("kb_per_session", Math.round(perSession * 10) / 10.0);
        result.put("seconds_to_open", Math.round(seconds * 10) / 10.0);
        System.out.printf("%nUI sessions with the view /%s open: %d sessions, %.1f KB live heap each (%.1f → %.1f MB), "
                + "opened in %.1f s%n", route, sessions, perSession, before / 1048576.0, after / 1048576.0, seconds);
        return result;
    }

    private static void createUser(ConfigurableApplicationContext context, String url, String user, String password)
            throws Exception {
        var hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.prepareStatement("insert into app_user (username, display_name, password_hash, role)"
                     + " values (?, 'Benchmark sessions', ?, 'analyst') on conflict (username) do update"
                     + " set password_hash = excluded.password_hash, enabled = true")) {
            statement.setString(1, USERNAME);
            statement.setString(2, hash);
            statement.executeUpdate();
        }
    }

    /**
     * Logs in and opens the Transfers view in a session of its own. The client is closed afterwards, so that
     * only what the server keeps for the session stays on the heap (client and server share this JVM).
     */
    private static void openSession(String base, String route, boolean check) throws Exception {
        try (var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build()) {
            openSession(client, base, route, check);
        }
    }

    private static void openSession(HttpClient client, String base, String route, boolean check) throws Exception {
        var loginPage = get(client, base + "login");
        var csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        var form = "username=" + enc(USERNAME) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        var login = client.send(HttpRequest.newBuilder(URI.create(base + "login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.uri().toString().contains("error")) {
            throw new IllegalStateException("Login refused: " + login.uri());
        }
        get(client, base + route);
        var init = get(client, base + "?v-r=init&location=" + enc(route) + "&query=");
        var key = SECURITY_KEY.matcher(init);
        var uiId = UI_ID.matcher(init);
        if (!key.find() || !uiId.find()) {
            throw new IllegalStateException("No UI in the init response: " + init.substring(0, Math.min(500, init.length())));
        }
        // The browser's router then tells the server where it is; the server navigates to the view.
        var uidl = base + "?v-r=uidl&v-uiId=" + uiId.group(1);
        var navigated = post(client, uidl, "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\","
                + "\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}");
        var grid = GRID_NODE.matcher(navigated);
        var syncId = SYNC_ID.matcher(navigated);
        var response = navigated;
        if (grid.find() && syncId.find()) {
            // The grid asks for its first rows, as the browser's grid does once it is attached.
            response = post(client, uidl, "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":"
                    + "\"publishedEventHandler\",\"node\":" + grid.group(1) + ",\"templateEventMethodName\":"
                    + "\"setViewportRange\",\"templateEventMethodArgs\":[0,50],\"promise\":0}],\"syncId\":"
                    + syncId.group(1) + ",\"clientId\":1}");
        }
        else if (!check && route.equals(TRANSFERS)) {
            throw new IllegalStateException("The Transfers view did not open: "
                    + navigated.substring(0, Math.min(500, navigated.length())));
        }
        if (check) {
            System.out.println("Session check: grid after navigation: " + GRID_NODE.matcher(navigated).find()
                    + "; rows sent: " + ((navigated + response).contains("→") || (navigated + response).contains("\\u2192")) + "; response starts "
                    + response.substring(0, Math.min(300, response.length())));
        }
    }

    private static String post(HttpClient client, String uri, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String get(HttpClient client, String uri) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString())
            .body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The JVM's class histogram (live objects: it runs a full collection first), as {@code jcmd GC.class_histogram}
     * prints it: what the sessions are made of is the difference between the one before and the one after.
     */
    private static void writeHistogram(Path file) throws Exception {
        var histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, histogram);
    }

    /** Heap in use after full collections, until it stops shrinking. */
    static long liveHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            var used = memory.getHeapMemoryUsage().getUsed();
            if (used >= previous * 0.99) {
                return Math.min(used, previous);
            }
            previous = used;
        }
        return previous;
    }

}
