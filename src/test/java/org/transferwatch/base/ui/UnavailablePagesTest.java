package org.transferwatch.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.transferwatch.support.TestDatabase;
import org.transferwatch.support.TransferWatchTest;

/**
 * An address that names no page, or one the user's role may not open, answers with our page "This page is not
 * available" in the application's shell, never with the servlet container's "HTTP ERROR 403" or 404 page.
 */
@TransferWatchTest
class UnavailablePagesTest {

    @LocalServerPort
    int port;

    private HttpClient loggedInAs(String username) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
        client.send(page("/login").build(), HttpResponse.BodyHandlers.discarding());
        var form = "username=" + username + "&password=" + URLEncoder.encode(TestDatabase.demoPassword(), StandardCharsets.UTF_8);
        var login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", "http://localhost:" + port)
            .header("Sec-Fetch-Site", "same-origin")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.uri().getPath()).as("logged in").isNotEqualTo("/login");
        return client;
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .header("Sec-Fetch-Dest", "document")
            .header("Sec-Fetch-Mode", "navigate");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/admin", "/nonsense", "/admin/anything", "/admin/users", "/export", "/a/b/c.php" })
    void a_viewer_asking_for_an_unknown_or_forbidden_address_gets_our_page(String path) throws Exception {
        var client = loggedInAs("viewer");
        var answer = client.send(page(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).as(path).doesNotContain("HTTP ERROR").doesNotContain("Whitelabel");
        // Vaadin's bootstrap page, which then renders NotFoundView in the shell.
        assertThat(answer.body()).as(path).contains("<!doctype html>".toLowerCase()).contains("window.Vaadin");
    }

}
