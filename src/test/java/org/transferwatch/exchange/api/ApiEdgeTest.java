package org.transferwatch.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.transferwatch.base.DatabaseProbe;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.security.Role;
import org.transferwatch.support.DatabaseOutageSimulation;
import org.transferwatch.support.RawHttp;
import org.transferwatch.support.TransferWatchTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API at its edges, over real HTTP to the running server (MockMvc would skip the container's
 * parsing and error pages): whatever a client sends, the answer is JSON with an {@code error} sentence
 * and a fitting status, never the container's HTML page, a redirect to the login page or Vaadin's page.
 * Not in a test transaction: the server's threads must see the token.
 */
@TransferWatchTest
class ApiEdgeTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DSLContext dsl;

    @Autowired
    DatabaseProbe probe;

    @Autowired
    JsonMapper json;

    String token;

    @BeforeEach
    void createToken() {
        token = as(Role.VIEWER, () -> tokens.create("edge test").secret());
    }

    @AfterEach
    void revokeToken() {
        as(Role.VIEWER, () -> {
            tokens.mine().stream().filter(t -> t.revokedAt() == null).forEach(t -> tokens.revoke(t.id()));
            return null;
        });
    }

    private RawHttp.Answer send(String target, String... headers) throws IOException {
        return RawHttp.get(port, target, headers);
    }

    private RawHttp.Answer withToken(String target) throws IOException {
        return send(target, "Authorization: Bearer " + token);
    }

    private void assertJsonError(RawHttp.Answer answer, int low, int high) {
        assertThat(answer.status()).as(answer.headers()).isBetween(low, high);
        assertThat(answer.headers().toLowerCase(Locale.ROOT)).contains("content-type: application/json");
        assertThat(json.readTree(answer.body()).path("error").asString()).as(answer.body()).isNotBlank();
    }

    @Test
    void a_valid_request_still_answers_200() throws IOException {
        assertThat(withToken("/api/transfers").status()).isEqualTo(200);
    }

    @Test
    void api_answers_and_their_errors_carry_a_content_security_policy_and_a_referrer_policy() throws IOException {
        for (var answer : List.of(withToken("/api/transfers"), withToken("/api/transfers?q=%zz"), send("/api/transfers"))) {
            assertThat(answer.headers()).contains("Content-Security-Policy: default-src 'none'; frame-ancestors 'none'")
                .contains("Referrer-Policy: strict-origin-when-cross-origin");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/transfers?q=%zz", "/api/transfers?q=%", "/api/transfers?from=%C0%AF",
            "/api/transfers?from=2020-01-01&from=2021-01-01", "/api/transfers?limit=10&limit=20",
            "/api/designations?offset=-1", "/api/transfers?limit=99999999999999999999", "/api/transfers/abc",
            "/api/transfers/99999999999999999999", "/api/provisions?kind=arms&kind=dual_use",
            "/api/transfers?from=2020-13-45" })
    void bad_parameters_get_a_json_error_with_a_400_class_status(String target) throws IOException {
        assertJsonError(withToken(target), 400, 499);
    }

    @Test
    void more_parameters_than_the_container_takes_get_a_json_error() throws IOException {
        assertJsonError(withToken("/api/transfers?" + "a=1&".repeat(1500)), 400, 499);
    }

    @Test
    void an_over_long_parameter_gets_a_json_error() throws IOException {
        assertJsonError(withToken("/api/transfers?q=" + "a".repeat(6000)), 400, 499);
    }

    @Test
    void a_ten_kilobyte_bearer_header_gets_a_json_error() throws IOException {
        assertJsonError(send("/api/transfers", "Authorization: Bearer tw_" + "x".repeat(10 * 1024)), 400, 499);
    }

    @Test
    void an_unknown_api_path_with_a_valid_token_is_a_json_404() throws IOException {
        var answer = withToken("/api/no-such-thing");
        assertJsonError(answer, 404, 404);
        assertJsonError(withToken("/api/transfers/1/nothing-here"), 404, 404);
    }

    @Test
    void during_a_database_outage_the_api_answers_503_in_json() throws IOException {
        var database = DatabaseOutageSimulation.databaseOf(dsl);
        try (var outage = DatabaseOutageSimulation.cut(database)) {
            assertJsonError(withToken("/api/transfers"), 503, 503);
        }
        finally {
            probe.forgetPooledConnections();
        }
    }

}
