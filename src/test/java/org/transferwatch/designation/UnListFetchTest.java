package org.transferwatch.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.DriverManager;

import com.sun.net.httpserver.HttpServer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.base.ScheduledJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.support.TransferWatchTest;

/** The scheduled fetch against a server in this JVM that serves the UN list as the UN's site would. */
@TransferWatchTest
@Transactional
class UnListFetchTest {

    @Autowired
    DesignationImporter importer;

    @Autowired
    ScheduledJobs jobs;

    @Autowired
    DSLContext dsl;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    HttpServer server;

    volatile byte[] served = UnListFiles.bytes(UnListFiles.without(UnListFiles.shipped(), "KPe.020"));

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/consolidated.xml", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, served.length);
            try (var out = exchange.getResponseBody()) {
                out.write(served);
            }
        });
        server.createContext("/missing.xml", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private UnListFetch fetchFrom(String path) {
        return new UnListFetch(importer, jobs, "http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private Object delistedOn(String reference) {
        return dsl.fetchValue("select delisted_on::text from designation where reference = ?", reference);
    }

    @Test
    void the_fetch_downloads_the_list_and_imports_what_changed() {
        var done = fetchFrom("/consolidated.xml").fetch();
        assertThat(done).isPresent();
        assertThat(done.get().summary()).isEqualTo("0 added, 0 amended, 1 delisted, 874 unchanged");
        assertThat(delistedOn("KPe.020")).isEqualTo("2024-09-26");
        assertThat(fetchFrom("/consolidated.xml").fetch().get().nothingChanged()).as("the same file again").isTrue();
    }

    @Test
    void a_failed_download_or_a_file_that_is_not_the_list_changes_nothing() {
        assertThat(fetchFrom("/missing.xml").fetch()).isEmpty();
        served = UnListFiles.bytes("<html><body>Service unavailable</body></html>");
        assertThat(fetchFrom("/consolidated.xml").fetch()).isEmpty();
        assertThat(new UnListFetch(importer, jobs, "").fetch()).as("no URL configured").isEmpty();
        assertThat(delistedOn("KPe.020")).isNull();
    }

    @Test
    void a_node_skips_the_fetch_while_another_node_imports() throws Exception {
        try (var otherNode = DriverManager.getConnection(databaseUrl, "postgres", "")) {
            otherNode.setAutoCommit(false);
            try (var lock = otherNode.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(" + 0x7477_6465_7369_676EL + ")");
            }
            assertThat(fetchFrom("/consolidated.xml").fetch()).isEmpty();
            assertThat(delistedOn("KPe.020")).isNull();
            otherNode.rollback();
        }
    }

}
