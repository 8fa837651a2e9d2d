package org.transferwatch.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.transferwatch.Application;
import org.transferwatch.support.DatabaseOutageSimulation;
import org.transferwatch.support.TestDatabase;
import org.transferwatch.support.TransferWatchTest;

/**
 * The backup and restore of docs/operations.md, as an operator runs them: {@code pg_dump} of the demo
 * database, {@code pg_restore} into a new database as its owner role, and the application opened on it.
 */
@TransferWatchTest
class BackupRestoreTest {

    @Autowired
    DSLContext dsl;

    @Test
    void a_dump_of_the_demo_database_restored_into_a_new_one_opens_with_the_demo_transfers() throws Exception {
        var dump = Files.createTempFile("transferwatch-", ".dump");
        run("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file=" + dump,
                "--host=127.0.0.1", "--username=postgres", "--dbname=" + DatabaseOutageSimulation.databaseOf(dsl));

        // The new database and its roles, as the application creates them on a first start.
        var restored = TestDatabase.reserve();
        var settings = TestDatabase.settings(restored);
        DatabaseCreator.prepare(new DatabaseCreator.Accounts(TestDatabase.url(restored), TestDatabase.applicationRole(restored),
                "", TestDatabase.ownerRole(restored), "", "postgres", ""));
        run("pg_restore", "--no-owner", "--no-privileges", "--no-comments", "--exit-on-error", "--single-transaction",
                "--host=127.0.0.1", "--username=" + TestDatabase.ownerRole(restored), "--dbname=" + restored, dump.toString());
        Files.delete(dump);

        var arguments = new ArrayList<String>();
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.addAll(List.of("--server.port=0", "--management.server.port=0", "--transferwatch.demo.enabled=false",
                "--transferwatch.designations.load-on-start=false", "--vaadin.devmode.devTools.enabled=false",
                "--spring.main.banner-mode=off"));
        var before = SecurityContextHolder.getContextHolderStrategy();
        var application = new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
        try {
            SecurityContextHolder.setContextHolderStrategy(application.getBean(SecurityContextHolderStrategy.class));
            var restoredDsl = application.getBean(DSLContext.class);
            assertThat(restoredDsl.fetchValue("select current_user")).isEqualTo(TestDatabase.applicationRole(restored));
            assertThat(((Number) restoredDsl.fetchValue("select count(*) from audit_event")).longValue())
                .as("the audit trail came along").isPositive();
            assertThatThrownBy(() -> restoredDsl.execute("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");

            var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
            var base = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
            var login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=viewer&password="
                        + URLEncoder.encode(TestDatabase.demoPassword(), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
            var export = browser.send(HttpRequest.newBuilder(URI.create(base + "/export/transfers.csv")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.body()).contains("Infantry artillery shells and rockets");
        }
        finally {
            application.close();
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }


}
