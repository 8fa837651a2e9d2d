package org.transferwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.draft;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;

/**
 * A feed reader subscribes to a watch's Atom feed with a user name and the API token as the password (HTTP Basic),
 * over real HTTP to the running server. Not in a test transaction: the server's threads must see the data.
 */
@TransferWatchTest
class AtomFeedReaderTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    WatchService watches;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    NotificationMatcher matcher;

    @Autowired
    UserService users;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_feed_reader_reads_a_watch_with_the_token_as_its_password_and_is_asked_for_one_without() throws Exception {
        var owner = Accounts.uniqueUsername("analyst");
        Accounts.create(users, owner, Role.ANALYST);
        var id = Accounts.as(owner, Role.ANALYST, () -> transfers.createDraft(draft("PRK", "RUS", "Feed reader shells")));
        var watch = Accounts.as(owner, Role.ANALYST, () -> watches.watch(WatchKind.TRANSFER, String.valueOf(id), "Feed reader shells"));
        var token = Accounts.as(owner, Role.ANALYST, () -> tokens.create("feed reader").secret());
        Accounts.as("reviewer", Role.REVIEWER, () -> {
            reviews.publish(id, transfers.version(id).orElseThrow());
            reviews.retract(id, transfers.version(id).orElseThrow(), "the source withdrew the report");
        });
        matcher.matchPending();
        var feed = "/api/watches/" + watch + "/atom";

        for (var username : new String[] { owner, "anything", "" }) {
            var atom = get(feed, basic(username, token));
            assertThat(atom.statusCode()).as(username).isEqualTo(200);
            assertThat(atom.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
            assertThat(atom.body()).contains("<title>TransferWatch · Feed reader shells</title>",
                    "<title>Retracted by Demo reviewer: the source withdrew the report</title>",
                    "<title>Published by Demo reviewer</title>");
        }
        assertThat(get(feed, "Bearer " + token).statusCode()).isEqualTo(200);

        for (var refused : new String[] { null, basic(owner, "tw_wrong"), "Basic not-base64!" }) {
            var answer = get(feed, refused);
            assertThat(answer.statusCode()).as(refused).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as(refused)
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm=\"TransferWatch feeds\""));
        }

        // Someone else's token sees no such watch, as with a bearer token.
        var viewerToken = Accounts.as("viewer", Role.VIEWER, () -> tokens.create("feed reader").secret());
        var foreign = get(feed, basic("viewer", viewerToken));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).contains("You have no watch numbered " + watch + ".");

        // Basic is for the feeds only: the rest of the API still asks for a bearer token.
        var changes = get("/api/changes", basic(owner, token));
        assertThat(changes.statusCode()).isEqualTo(401);
        assertThat(changes.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

}
