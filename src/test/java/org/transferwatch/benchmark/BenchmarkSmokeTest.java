package org.transferwatch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transferwatch.support.TestDatabase;

/** Keeps the benchmark working: runs it on a tiny database with few iterations; its figures mean nothing here. */
class BenchmarkSmokeTest {

    @Test
    void the_benchmark_runs_on_a_tiny_database_and_writes_its_figures() throws Exception {
        var url = TestDatabase.url(TestDatabase.create());
        SyntheticData.fill(url, "postgres", "", 500, 1);
        var json = Path.of("target", "benchmark-smoke.json");
        Files.deleteIfExists(json);
        // The benchmark starts an application of its own; Vaadin puts its security context holder strategy
        // into Spring Security's static holder, so the test context's strategy is restored afterwards.
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            Benchmark.main(new String[] { "--url", url, "--iterations", "3", "--json", json.toString(), "--parts",
                    "grid,dashboard,export,import,parties,sessions", "--sessions", "2", "--import-rows", "300" });
        }
        finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        assertThat(Files.readString(json)).contains("\"transfers\": 500").contains("\"hot pair PRK→RUS\"")
            .contains("\"floor_p95_ms\"").contains("\"dashboard\"").contains("\"country-pair page PRK⇄RUS\"")
            .contains("\"kb_per_session\"").contains("\"app_rows_per_second\"").contains("\"floor_rows_per_second\"")
            .contains("\"import\"").contains("\"rows\": 300")
            .contains("\"parties\"").contains("\"designated party involved\"").contains("\"party_page\"")
            .contains("\"dashboard_designated_count\"").contains("\"recheck\"").contains("\"target_met\"");
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var rows = connection.createStatement().executeQuery("select count(*) from transfer")) {
            rows.next();
            assertThat(rows.getInt(1)).as("the import part rolls back what it wrote").isEqualTo(500);
        }
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var rows = connection.createStatement().executeQuery("select count(*) filter (where state = 'confirmed'), "
                     + "(select count(*) from audit_event where action = 'recheck' and entity_id = 'recheck UN "
                     + LocalDate.now() + "') from party_designation_match")) {
            rows.next();
            assertThat(rows.getInt(1)).as("the parties part confirms designated parties").isPositive();
            assertThat(rows.getInt(2)).as("the parties part rolls its re-check back").isZero();
        }
    }

}
