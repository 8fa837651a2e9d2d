package org.transferwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.draft;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;

/**
 * A feed reader subscribes to a watch's Atom feed with a user name and the API token as the password (HTTP Basic),
 * through the application's whole filter chain (MockMvc with Spring Security), in a transaction rolled back at the end:
 * the shared test database keeps none of its users, tokens or transfers.
 */
@TransferWatchTest
@Transactional
class AtomFeedReaderTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

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

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private MockHttpServletResponse get(String path, @Nullable String authorization) throws Exception {
        var request = MockMvcRequestBuilders.get(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
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
            assertThat(atom.getStatus()).as(username).isEqualTo(200);
            assertThat(atom.getContentType()).startsWith("application/atom+xml");
            assertThat(atom.getContentAsString()).contains("<title>TransferWatch · Feed reader shells</title>",
                    "<title>Retracted by Demo reviewer: the source withdrew the report</title>",
                    "<title>Published by Demo reviewer</title>");
        }
        assertThat(get(feed, "Bearer " + token).getStatus()).isEqualTo(200);

        for (var refused : new String[] { null, basic(owner, "tw_wrong"), "Basic not-base64!" }) {
            var answer = get(feed, refused);
            assertThat(answer.getStatus()).as(refused).isEqualTo(401);
            assertThat(answer.getHeader("WWW-Authenticate")).as(refused).startsWith("Basic realm=\"TransferWatch feeds\"");
        }

        // Someone else's token sees no such watch, as with a bearer token.
        var viewerToken = Accounts.as("viewer", Role.VIEWER, () -> tokens.create("feed reader").secret());
        var foreign = get(feed, basic("viewer", viewerToken));
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).contains("You have no watch numbered " + watch + ".");

        // Basic is for the feeds only: the rest of the API still asks for a bearer token.
        var changes = get("/api/changes", basic(owner, token));
        assertThat(changes.getStatus()).isEqualTo(401);
        assertThat(changes.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }

}
