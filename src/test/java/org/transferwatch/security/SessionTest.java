package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.MovableClock;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TestDatabase;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.support.TransferWatchTest;

/** Sessions over real HTTP against Tomcat: what a browser's cookie is worth before and after. */
@TransferWatchTest
class SessionTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    UserSessions sessions;

    @Autowired
    WebApplicationContext context;

    @Autowired
    MovableClock clock;

    @Autowired
    TransferService transfers;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    /** A browser without JavaScript: keeps its cookies, does not follow redirects. */
    private final class Browser {

        final CookieManager cookies = new CookieManager();

        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** What an open page sends every few minutes to say that it is still open. */
        HttpResponse<String> heartbeat() throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=0")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
            var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        }

        Optional<String> sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
        }

    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void the_login_page_is_the_applications_own_view_and_not_a_generated_form() throws Exception {
        var page = new Browser().get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Please sign in").contains("window.Vaadin");
    }

    @Test
    void logging_in_gives_the_browser_a_new_session_id() throws Exception {
        var browser = new Browser();
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        var before = browser.sessionId();
        assertThat(before).as("the login page starts a session").isPresent();

        var login = browser.logIn("viewer", TestDatabase.demoPassword());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).doesNotContain("error");
        assertThat(browser.sessionId()).isPresent().isNotEqualTo(before);
    }

    @Test
    void disabling_a_user_ends_all_their_sessions() throws Exception {
        var id = idOf("viewer");
        var laptop = new Browser();
        var phone = new Browser();
        laptop.logIn("viewer", TestDatabase.demoPassword());
        phone.logIn("viewer", TestDatabase.demoPassword());
        assertThat(laptop.get("/transfers").statusCode()).isEqualTo(200);
        assertThat(sessions.of("viewer")).hasSizeGreaterThanOrEqualTo(2);
        try {
            Accounts.as("admin", Role.ADMIN, () -> users.disable(id, version(id)));

            for (var browser : new Browser[] { laptop, phone }) {
                var page = browser.get("/transfers");
                assertThat(page.statusCode()).isEqualTo(302);
                assertThat(location(page)).endsWith("/login");
            }
            assertThat(sessions.of("viewer")).isEmpty();
        }
        finally {
            // The demo viewer is shared with the other tests of this application context.
            Accounts.as("admin", Role.ADMIN, () -> users.enable(id, version(id)));
        }
    }

    @Test
    void changing_a_users_role_ends_their_sessions_so_that_they_log_in_with_the_new_rights() throws Exception {
        var id = idOf("reviewer");
        var browser = new Browser();
        browser.logIn("reviewer", TestDatabase.demoPassword());
        assertThat(browser.get("/transfers").statusCode()).isEqualTo(200);
        try {
            Accounts.as("admin", Role.ADMIN, () -> users.changeRole(id, version(id), Role.ANALYST));

            assertThat(location(browser.get("/transfers"))).endsWith("/login");
        }
        finally {
            Accounts.as("admin", Role.ADMIN, () -> users.changeRole(id, version(id), Role.REVIEWER));
        }
    }

    /**
     * What another node does: it changes the row, and only its own sessions end there. This node learns of it
     * from the database alone.
     */
    private void elsewhere(String sql, Object... arguments) {
        try (var otherNode = DriverManager.getConnection(databaseUrl, "postgres", "");
             var statement = otherNode.prepareStatement(sql)) {
            for (var i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_analyst_demoted_to_viewer_on_another_node_sees_no_drafts_from_the_next_request_on() throws Exception {
        var username = Accounts.uniqueUsername("demoted");
        Accounts.create(users, username, Role.ANALYST);
        var item = "Draft missiles " + username;
        TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", item)));
        var browser = new Browser();
        browser.logIn(username, Accounts.PASSWORD);
        var query = "/export/transfers.csv?q=" + URLEncoder.encode(item, StandardCharsets.UTF_8);
        assertThat(browser.get(query).body()).contains(item);

        elsewhere("update app_user set role = 'viewer', version = version + 1 where username = ?", username);
        clock.advance(CurrentRoles.MAX_AGE.plusSeconds(1));

        var export = browser.get(query);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).doesNotContain(item);
    }

    @Test
    void a_user_disabled_on_another_node_is_logged_out_on_the_next_request() throws Exception {
        var username = Accounts.uniqueUsername("disabled");
        Accounts.create(users, username, Role.ANALYST);
        var browser = new Browser();
        browser.logIn(username, Accounts.PASSWORD);
        assertThat(browser.get("/transfers").statusCode()).isEqualTo(200);

        elsewhere("update app_user set enabled = false, version = version + 1 where username = ?", username);
        clock.advance(CurrentRoles.MAX_AGE.plusSeconds(1));

        var page = browser.get("/transfers");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).endsWith("/login");
        assertThat(sessions.of(username)).as("the session ended, not only the request").isEmpty();
    }

    @Test
    void thirty_idle_minutes_end_the_login_although_the_open_page_keeps_sending_heartbeats() throws Exception {
        var browser = new Browser();
        browser.logIn("viewer", TestDatabase.demoPassword());
        assertThat(browser.get("/transfers").statusCode()).isEqualTo(200);
        // Half an hour with the page open and nobody using it: six heartbeats, five minutes apart.
        for (var heartbeat = 1; heartbeat <= 6; heartbeat++) {
            clock.advance(Duration.ofMinutes(5));
            browser.heartbeat();
        }
        clock.advance(Duration.ofMinutes(1));

        var page = browser.get("/transfers");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).endsWith("/login");
    }

    @Test
    void a_user_who_keeps_working_stays_logged_in() throws Exception {
        var browser = new Browser();
        browser.logIn("viewer", TestDatabase.demoPassword());
        for (var step = 1; step <= 3; step++) {
            clock.advance(Duration.ofMinutes(25));
            assertThat(browser.get("/transfers").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void logging_out_ends_the_session() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", "viewer").param("password", TestDatabase.demoPassword()));
        assertThat(session.isInvalid()).isFalse();

        mvc.perform(post("/logout").session(session).with(csrf()));

        assertThat(session.isInvalid()).isTrue();
    }

    private UserAccount account(Predicate<UserAccount> which) {
        return Accounts.as("admin", Role.ADMIN, () -> users.accounts().stream().filter(which).findFirst().orElseThrow());
    }

    private long idOf(String username) {
        return account(account -> account.user().username().equals(username)).user().id();
    }

    private int version(long id) {
        return account(account -> account.user().id() == id).version();
    }

}
