package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.transferwatch.support.TransferWatchTest;

/** The headers real HTTP responses carry, whoever writes the response (Vaadin, a static file, Spring Security). */
@TransferWatchTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    /** Pages Vaadin renders (the login view, plain and with an error), a refusal (a view without login), a static file. */
    @ParameterizedTest
    @ValueSource(strings = { "/login", "/login?error=throttled", "/transfers", "/styles/app.css" })
    void every_response_carries_the_security_headers(String path) throws Exception {
        // Asked for the way a browser asks for a page: Vaadin answers that with its bootstrap page.
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Sec-Fetch-Dest", "document")
                    .header("Sec-Fetch-Mode", "navigate")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        var headers = response.headers();

        var policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(policy).contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }

}
