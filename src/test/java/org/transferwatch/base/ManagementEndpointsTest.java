package org.transferwatch.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.transferwatch.support.DatabaseOutageSimulation;
import org.transferwatch.support.TransferWatchTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Health and metrics: on the management port, for operators and load balancers; not on the public port. */
@TransferWatchTest
class ManagementEndpointsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    DSLContext dsl;

    @Autowired
    DatabaseProbe probe;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(int atPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + atPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        var response = get(managementPort, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void the_public_port_answers_not_found_for_every_actuator_path() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (var path : new String[] { "/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/metrics",
                "/actuator/env", "/actuator/heapdump", "/actuator/prometheus" }) {
            assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void the_management_port_answers_health_with_liveness_and_readiness_groups() throws Exception {
        var health = getJson("/actuator/health");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("groups").values().stream().map(JsonNode::asString)).contains("liveness", "readiness");
        assertThat(getJson("/actuator/health/liveness").get("status").asString()).isEqualTo("UP");
        var readiness = getJson("/actuator/health/readiness");
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").propertyNames()).contains("db", "readinessState");
    }

    @Test
    void the_management_port_never_shows_settings_or_memory() throws Exception {
        for (var path : new String[] { "/actuator/env", "/actuator/heapdump", "/actuator/configprops",
                "/actuator/threaddump", "/actuator/beans", "/actuator/shutdown" }) {
            assertThat(get(managementPort, path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void the_pool_http_login_import_and_export_metrics_exist() throws Exception {
        get(port, "/login");
        var names = getJson("/actuator/metrics").get("names").values().stream().map(JsonNode::asString).toList();
        assertThat(names).contains("hikaricp.connections.active", "hikaricp.connections.pending", "http.server.requests",
                "transferwatch.logins", "transferwatch.export", "transferwatch.export.rows", "transferwatch.import",
                "transferwatch.import.rows");
        var failures = getJson("/actuator/metrics/transferwatch.logins?tag=outcome:failure");
        assertThat(failures.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(getJson("/actuator/metrics/transferwatch.logins?tag=outcome:throttled").get("name").asString())
            .isEqualTo("transferwatch.logins");
        assertThat(get(managementPort, "/actuator/prometheus").body()).contains("hikaricp_connections_active");
    }

    @Test
    void readiness_is_down_while_the_database_is_unreachable_and_up_again_after() throws Exception {
        var database = DatabaseOutageSimulation.databaseOf(dsl);
        try (var outage = DatabaseOutageSimulation.cut(database)) {
            var readiness = get(managementPort, "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(json.readTree(readiness.body()).get("status").asString()).isEqualTo("DOWN");
            assertThat(get(managementPort, "/actuator/health/liveness").statusCode())
                .as("alive all the same: restarting the node would not bring the database back").isEqualTo(200);
        }
        finally {
            probe.forgetPooledConnections();
        }
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

}
