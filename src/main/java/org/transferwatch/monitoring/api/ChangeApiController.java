package org.transferwatch.monitoring.api;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferwatch.monitoring.ChangeFeed;
import org.transferwatch.monitoring.ChangeFeedService;

/**
 * {@code GET /api/changes?since=<cursor>}: every change the token's holder may see, in order, retractions
 * included, with the cursor to resume from; {@code GET /api/watches/{id}/atom}: one of the holder's watches as an
 * Atom feed.
 */
@RestController
class ChangeApiController {

    private static final String ATOM = "application/atom+xml";

    private final ChangeFeedService feeds;

    private final String appUrl;

    ChangeApiController(ChangeFeedService feeds,
            @Value("${transferwatch.notifications.app-url:http://localhost:8080}") String appUrl) {
        this.feeds = feeds;
        this.appUrl = appUrl.endsWith("/") ? appUrl : appUrl + "/";
    }

    @GetMapping(path = "/api/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every change to a transfer the token may see, oldest first",
            description = "Pass next back as since to resume; next stays the same while there is nothing new. A "
                    + "viewer's token sees changes to published transfers and retractions only.")
    ChangeFeed changes(
            @Parameter(description = "The next value of the previous answer; none to start from the first change")
            @RequestParam(required = false) @Nullable String since,
            @Parameter(description = "At most this many changes (1 to 1000)")
            @RequestParam(defaultValue = "200") int limit) {
        return feeds.changes(since, limit);
    }

    @GetMapping(path = "/api/watches/{id}/atom", produces = ATOM)
    @Operation(summary = "One of your watches as an Atom feed: its newest notifications")
    ResponseEntity<String> atom(@PathVariable long id) {
        var feed = feeds.watchFeed(id);
        var updated = feed.items().isEmpty() ? feed.watch().createdAt() : feed.items().getFirst().occurredAt();
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
            .append("  <id>").append(escape(appUrl + "api/watches/" + id + "/atom")).append("</id>\n")
            .append("  <title>").append(escape("TransferWatch · " + feed.watch().name())).append("</title>\n")
            .append("  <updated>").append(time(updated)).append("</updated>\n")
            .append("  <link rel=\"alternate\" href=\"").append(escape(appUrl + "inbox")).append("\"/>\n");
        for (var item : feed.items()) {
            var link = appUrl + "transfers/" + item.transferId();
            xml.append("  <entry>\n")
                .append("    <id>").append(escape(appUrl + "notifications/" + item.id())).append("</id>\n")
                .append("    <title>").append(escape(item.sentence())).append("</title>\n")
                .append("    <updated>").append(time(item.occurredAt())).append("</updated>\n")
                .append("    <link rel=\"alternate\" href=\"").append(escape(link)).append("\"/>\n")
                .append("    <summary>").append(escape(item.transferLabel())).append("</summary>\n")
                .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ATOM + ";charset=UTF-8")).body(xml.toString());
    }

    private static String time(java.time.OffsetDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC).withNano(0));
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot carry are dropped. */
    static String escape(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

}
