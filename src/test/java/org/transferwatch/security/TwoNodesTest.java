package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.transferwatch.Application;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.MovableClock;
import org.transferwatch.support.TestClockConfiguration;
import org.transferwatch.support.TestData;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.support.TransferWatchTest;

/**
 * Two nodes on one database, as behind a load balancer: this test's application context is node A, and a
 * second application started here on the same database is node B. Sessions, session registries and
 * caches are each node's own; only the database is shared.
 */
@TransferWatchTest
class TwoNodesTest {

    private static ConfigurableApplicationContext nodeB;

    @Autowired
    Environment environment;

    @Autowired
    UserService users;

    @Autowired
    TransferService transfers;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    LoginAttemptCleanup cleanup;

    @Autowired
    MovableClock clock;

    @BeforeEach
    void startNodeB() {
        if (nodeB != null) {
            return;
        }
        var settings = new ArrayList<String>();
        for (var key : new String[] { "spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "spring.flyway.user", "spring.flyway.password", "transferwatch.database.setup-user",
                "transferwatch.database.setup-password", "transferwatch.demo.password" }) {
            settings.add("--" + key + "=" + environment.getProperty(key, ""));
        }
        assertThat(settings).as("node B on this test's database, never on a user's").anySatisfy(setting ->
                assertThat(setting).startsWith("--spring.datasource.url=").contains("/transferwatch_test_"));
        settings.addAll(List.of("--server.port=0", "--management.server.port=0", "--vaadin.devmode.devTools.enabled=false",
                "--transferwatch.designations.load-on-start=false", "--spring.main.banner-mode=off"));
        // Command-line arguments, which outrank application.yml. Vaadin installs its holder strategy into Spring Security's static holder at start; node A's beans keep
        // using node A's, so the static one is put back (see onNodeB for calls into node B).
        var nodeAs = SecurityContextHolder.getContextHolderStrategy();
        try {
            nodeB = new SpringApplicationBuilder(Application.class, TestClockConfiguration.class).run(settings.toArray(String[]::new));
        }
        finally {
            SecurityContextHolder.setContextHolderStrategy(nodeAs);
        }
        // Both nodes' clocks at the same time, as NTP keeps them.
        nodeB.getBean(MovableClock.class).advance(Duration.between(Instant.now(), clock.instant()));
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            var nodeAs = SecurityContextHolder.getContextHolderStrategy();
            nodeB.close();
            SecurityContextHolder.setContextHolderStrategy(nodeAs);
        }
    }

    /**
     * Runs a call into node B (its beans, or a request it serves meanwhile) with node B's security context
     * holder in Spring Security's static one, which some of the application's code reads; one per JVM in
     * production, one per node here.
     */
    private static <T> T onNodeB(Supplier<T> action) {
        var nodeAs = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(nodeB.getBean(SecurityContextHolderStrategy.class));
        try {
            return action.get();
        }
        finally {
            SecurityContextHolder.setContextHolderStrategy(nodeAs);
        }
    }

    private static void advanceBothClocks(MovableClock nodeA, Duration duration) {
        nodeA.advance(duration);
        nodeB.getBean(MovableClock.class).advance(duration);
    }

    /** A browser without JavaScript, on node B: keeps its cookies, does not follow redirects. */
    private static final class BrowserOnNodeB {

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String... headers) {
            var request = HttpRequest.newBuilder(uri(path)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            return send(request.build());
        }

        void logIn(String username, String password) {
            var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            var response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        private HttpResponse<String> send(HttpRequest request) {
            return onNodeB(() -> {
                try {
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        }

        private static URI uri(String path) {
            return URI.create("http://localhost:" + nodeB.getEnvironment().getProperty("local.server.port") + path);
        }

    }

    private long idOf(String username) {
        return account(username).user().id();
    }

    private UserAccount account(String username) {
        return Accounts.as("admin", Role.ADMIN, () -> users.accounts().stream()
            .filter(account -> account.user().username().equals(username)).findFirst().orElseThrow());
    }

    @Test
    void a_user_demoted_on_node_a_loses_the_rights_on_node_b_with_the_next_request() throws Exception {
        var username = Accounts.uniqueUsername("two-nodes");
        var id = Accounts.create(users, username, Role.ANALYST);
        var item = "Draft rockets " + username;
        TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", item)));
        var browser = new BrowserOnNodeB();
        browser.logIn(username, Accounts.PASSWORD);
        var export = "/export/transfers.csv?q=" + URLEncoder.encode(item, StandardCharsets.UTF_8);
        assertThat(browser.get(export).body()).as("an analyst sees drafts").contains(item);

        Accounts.as("admin", Role.ADMIN, () -> users.changeRole(id, account(username).version(), Role.VIEWER));
        advanceBothClocks(clock, CurrentRoles.MAX_AGE.plusSeconds(1));

        var after = browser.get(export);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).as("a viewer does not").doesNotContain(item);
    }

    @Test
    void a_user_disabled_on_node_a_is_logged_out_on_node_b_and_their_api_token_refused() throws Exception {
        var username = Accounts.uniqueUsername("two-nodes");
        var id = Accounts.create(users, username, Role.ANALYST);
        var secret = Accounts.as(username, Role.ANALYST, () -> tokens.create("two nodes")).secret();
        var browser = new BrowserOnNodeB();
        browser.logIn(username, Accounts.PASSWORD);
        assertThat(browser.get("/transfers").statusCode()).isEqualTo(200);
        var api = new BrowserOnNodeB();
        assertThat(api.get("/api/transfers?limit=1", "Authorization", "Bearer " + secret).statusCode()).isEqualTo(200);

        Accounts.as("admin", Role.ADMIN, () -> users.disable(id, account(username).version()));
        advanceBothClocks(clock, CurrentRoles.MAX_AGE.plusSeconds(1));

        var page = browser.get("/transfers");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(api.get("/api/transfers?limit=1", "Authorization", "Bearer " + secret).statusCode()).isEqualTo(401);
    }

    @Test
    void a_nightly_job_runs_on_one_node_per_night() {
        var cleanupOnB = nodeB.getBean(LoginAttemptCleanup.class);
        advanceBothClocks(clock, Duration.ofDays(1));

        assertThat(cleanup.nightly()).as("node A, first").isTrue();
        assertThat(cleanupOnB.nightly()).as("node B, a moment later").isFalse();
        advanceBothClocks(clock, Duration.ofMinutes(30));
        assertThat(cleanupOnB.nightly()).as("node B, half an hour later").isFalse();

        advanceBothClocks(clock, Duration.ofDays(1));
        assertThat(cleanupOnB.nightly()).as("node B, the next night, first").isTrue();
        assertThat(cleanup.nightly()).as("node A, the next night, a moment later").isFalse();
    }

    @Test
    void an_edit_on_node_b_makes_a_concurrent_edit_on_node_a_a_conflict() {
        var item = "Draft shells " + Accounts.uniqueUsername("two-nodes");
        var id = TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", item)));
        var transfersOnB = nodeB.getBean(TransferService.class);
        int versionSeenOnA = TestData.as(Role.ANALYST, () -> transfers.version(id).orElseThrow());
        int versionSeenOnB = onNodeB(() -> TestData.as(Role.ANALYST, () -> transfersOnB.version(id).orElseThrow()));
        assertThat(versionSeenOnB).isEqualTo(versionSeenOnA);

        onNodeB(() -> TestData.as(Role.ANALYST, () -> {
            transfersOnB.update(id, versionSeenOnB, TestData.draft("PRK", "RUS", item + ", edited on node B"));
            return null;
        }));

        assertThatThrownBy(() -> TestData.as(Role.ANALYST, () -> {
            transfers.update(id, versionSeenOnA, TestData.draft("PRK", "RUS", item + ", edited on node A"));
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThat(TestData.as(Role.ANALYST, () -> transfers.details(id)).toString()).contains("edited on node B")
            .doesNotContain("edited on node A");
    }

}
