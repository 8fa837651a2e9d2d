package org.transferwatch.designation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.transferwatch.base.ScheduledJobs;
import org.transferwatch.base.ValidationException;

/**
 * Fetches the UN Consolidated List from {@code transferwatch.designations.un-list-url} on the schedule
 * {@code transferwatch.designations.fetch-cron} (off unless set) and imports it without a preview, as the
 * system. The import's advisory lock makes sure that of several nodes only one imports; the others skip the
 * run. A failed fetch or a refused file changes nothing and is logged.
 */
@Component
class UnListFetch {

    private static final Logger log = LoggerFactory.getLogger(UnListFetch.class);

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final DesignationImporter importer;

    private final String url;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final ScheduledJobs jobs;

    UnListFetch(DesignationImporter importer, ScheduledJobs jobs,
            @Value("${transferwatch.designations.un-list-url:}") String url) {
        this.importer = importer;
        this.jobs = jobs;
        this.url = url.strip();
    }

    /** On one node per scheduled time: the others find it started less than a minute ago and skip it. */
    @Scheduled(cron = "${transferwatch.designations.fetch-cron:-}", zone = "UTC")
    void scheduled() {
        jobs.runAtMostOncePerWithoutTransaction("un-list-fetch", Duration.ofMinutes(1), this::fetch);
    }

    /** Fetches and imports the list; the import done, or empty when none was (no URL, a failure, another node). */
    Optional<DesignationImportPlan> fetch() {
        if (url.isEmpty()) {
            log.warn("The UN list fetch is scheduled but transferwatch.designations.un-list-url is not set");
            return Optional.empty();
        }
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                log.warn("The UN list fetch from {} failed: HTTP {}", url, response.statusCode());
                return Optional.empty();
            }
            byte[] data;
            try (var in = response.body()) {
                data = in.readNBytes((int) DesignationService.MAX_FILE_BYTES + 1);
            }
            if (data.length > DesignationService.MAX_FILE_BYTES) {
                log.warn("The UN list fetch from {} was refused: larger than 50 MB", url);
                return Optional.empty();
            }
            var file = importer.read(data);
            var done = DesignationImporter.asSystem(() -> importer.importUnlessBusy(url, file));
            done.ifPresentOrElse(plan -> log.info("Fetched the UN list of {} from {}: {}", plan.generatedOn(), url,
                    plan.summary()), () -> log.info("The UN list fetch skipped: another node is importing"));
            return done;
        }
        catch (ValidationException e) {
            log.warn("The UN list fetched from {} was not imported: {}", url, e.getMessage());
        }
        catch (IOException | IllegalArgumentException e) {
            log.warn("The UN list fetch from {} failed: {}", url, e.toString());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

}
