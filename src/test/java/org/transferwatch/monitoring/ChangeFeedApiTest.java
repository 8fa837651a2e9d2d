package org.transferwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.transferwatch.support.TestData.as;
import static org.transferwatch.support.TestData.draft;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;

/** The change feed and the Atom feed, over HTTP with API tokens. */
@TransferWatchTest
@Transactional
class ChangeFeedApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    WatchService watches;

    @Autowired
    NotificationMatcher matcher;

    @Autowired
    UserService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String token(Role role) {
        return "Bearer " + as(role, () -> tokens.create("feed reader").secret());
    }

    private String body(String url, String token) throws Exception {
        return mvc.perform(get(url).header("Authorization", token)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    }

    /** The cursor after every change so far. */
    private String end(String token) throws Exception {
        String cursor = null;
        while (true) {
            var page = body("/api/changes?limit=1000" + (cursor == null ? "" : "&since=" + cursor), token);
            List<Object> changes = JsonPath.read(page, "$.changes");
            cursor = JsonPath.read(page, "$.next");
            if (changes.isEmpty()) {
                return cursor;
            }
        }
    }

    private long publishedThenRetracted(String item, String reason) {
        var id = as(Role.ANALYST, () -> transfers.createDraft(draft("PRK", "RUS", item)));
        as(Role.REVIEWER, () -> {
            reviews.publish(id, transfers.version(id).orElseThrow());
            reviews.retract(id, transfers.version(id).orElseThrow(), reason);
            return null;
        });
        return id;
    }

    @Test
    void the_change_feed_gives_every_change_in_order_with_a_cursor_and_a_viewer_no_draft() throws Exception {
        var analyst = token(Role.ANALYST);
        var viewer = token(Role.VIEWER);
        var analystFrom = end(analyst);
        var viewerFrom = end(viewer);
        var id = publishedThenRetracted("KN-25 launchers", "the source withdrew the report");

        var page = body("/api/changes?since=" + analystFrom, analyst);
        List<String> kinds = JsonPath.read(page, "$.changes[?(@.transferId == " + id + ")].kind");
        assertThat(kinds).containsExactly("created", "published", "retracted");
        List<String> sentences = JsonPath.read(page, "$.changes[?(@.kind == 'retracted')].sentence");
        assertThat(sentences).containsExactly("Retracted by Demo reviewer: the source withdrew the report");
        String next = JsonPath.read(page, "$.next");
        mvc.perform(get("/api/changes?since=" + next).header("Authorization", analyst))
            .andExpect(jsonPath("$.changes").isEmpty())
            .andExpect(jsonPath("$.next").value(next));

        List<String> seenByViewer = JsonPath.read(body("/api/changes?since=" + viewerFrom, viewer),
                "$.changes[?(@.transferId == " + id + ")].kind");
        assertThat(seenByViewer).containsExactly("published", "retracted");
    }

    @Test
    void a_cursor_the_feed_did_not_give_out_or_no_token_is_refused_in_words() throws Exception {
        mvc.perform(get("/api/changes?since=yesterday").header("Authorization", token(Role.VIEWER)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value("The cursor \"yesterday\" is not one this feed gave out; pass the "
                    + "\"next\" value of the previous answer, or no cursor to start from the beginning."));
        mvc.perform(get("/api/changes")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_watch_is_an_atom_feed_for_its_owner_only() throws Exception {
        var owner = Accounts.uniqueUsername("analyst");
        Accounts.create(users, owner, Role.ANALYST);
        var watch = Accounts.as(owner, Role.ANALYST, () -> watches.watch(WatchKind.PAIR, "PRK/RUS", "DPRK & Russia"));
        var ownersToken = "Bearer " + Accounts.as(owner, Role.ANALYST, () -> tokens.create("feed reader").secret());
        var id = publishedThenRetracted("Atom shells", "duplicate <record>");
        matcher.matchPending();

        var atom = mvc.perform(get("/api/watches/" + watch + "/atom").header("Authorization", ownersToken))
            .andExpect(status().isOk())
            .andReturn().getResponse();
        assertThat(atom.getContentType()).startsWith("application/atom+xml");
        assertThat(atom.getContentAsString()).contains("<title>TransferWatch · DPRK &amp; Russia</title>",
                "<title>Retracted by Demo reviewer: duplicate &lt;record&gt;</title>",
                "<link rel=\"alternate\" href=\"http://localhost:8080/transfers/" + id + "\"/>");

        mvc.perform(get("/api/watches/" + watch + "/atom").header("Authorization", token(Role.VIEWER)))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.error").value("You have no watch numbered " + watch + "."));
    }

}
