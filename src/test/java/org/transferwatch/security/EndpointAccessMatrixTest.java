package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.UnsupportedEncodingException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.security.AccessMatrixTest.Who;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;

/**
 * Who may use the HTTP endpoints beside the pages: the JSON API (a personal token of the role's demo user)
 * and the CSV export (the logged-in session), for anonymous, viewer, analyst, reviewer and administrator.
 */
@TransferWatchTest
@Transactional
class EndpointAccessMatrixTest {

    /** A transfer's id and a word only its item contains. */
    record Fixture(long published, long draft, String draftWord, long designation) {
    }

    /**
     * An endpoint, the least role allowed, the request, and what a refusal looks like ({@code refused} is asked
     * of the responses to those below {@code least}; {@code allowed} of the others).
     */
    record Endpoint(String name, @Nullable Who least, Function<Fixture, MockHttpServletRequestBuilder> request,
            Predicate<MockHttpServletResponse> allowed, Predicate<MockHttpServletResponse> refused) {

        @Override
        public String toString() {
            return name;
        }

    }

    private static Predicate<MockHttpServletResponse> status(int status) {
        return response -> response.getStatus() == status;
    }

    private static Predicate<MockHttpServletResponse> body(String text, boolean contains) {
        return response -> {
            try {
                return response.getStatus() == 200 && response.getContentAsString().contains(text) == contains;
            }
            catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Anonymous callers of the API get 401; of the export, a redirect to the login page. */
    private static final Predicate<MockHttpServletResponse> API_ANONYMOUS = status(401);

    private static final Predicate<MockHttpServletResponse> TO_LOGIN = response -> response.getStatus() == 302
            && String.valueOf(response.getRedirectedUrl()).endsWith("/login");

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /api/transfers", Who.VIEWER, f -> get("/api/transfers"), status(200), API_ANONYMOUS),
            new Endpoint("GET /api/transfers/{published}", Who.VIEWER, f -> get("/api/transfers/" + f.published()),
                    status(200), API_ANONYMOUS),
            new Endpoint("GET /api/transfers/{draft}", Who.ANALYST, f -> get("/api/transfers/" + f.draft()), status(200),
                    status(404).or(API_ANONYMOUS)),
            new Endpoint("GET /api/transfers?q={draft's word}", Who.ANALYST, f -> get("/api/transfers?q=" + f.draftWord()),
                    f -> true, f -> true),
            new Endpoint("POST /api/transfers (the API is read-only)", null, f -> post("/api/transfers"), status(200),
                    status(403).or(API_ANONYMOUS)),
            new Endpoint("GET /api/provisions", Who.VIEWER, f -> get("/api/provisions"), status(200), API_ANONYMOUS),
            new Endpoint("GET /api/provisions/1", Who.VIEWER, f -> get("/api/provisions/1"), status(200), API_ANONYMOUS),
            new Endpoint("GET /api/designations?q=komid", Who.VIEWER, f -> get("/api/designations?q=komid"),
                    body("KPe.001", true), API_ANONYMOUS),
            new Endpoint("GET /api/designations/{id}", Who.VIEWER, f -> get("/api/designations/" + f.designation()),
                    body("KOREA MINING DEVELOPMENT TRADING CORPORATION", true), API_ANONYMOUS),
            new Endpoint("GET /api/changes", Who.VIEWER, f -> get("/api/changes?limit=1"), status(200), API_ANONYMOUS),
            new Endpoint("GET /v3/api-docs", Who.VIEWER, f -> get("/v3/api-docs"), status(200), API_ANONYMOUS),
            new Endpoint("GET /export/transfers.csv", Who.VIEWER, f -> get("/export/transfers.csv"), status(200), TO_LOGIN),
            new Endpoint("GET /export/transfers.csv?q={draft's word}", Who.ANALYST,
                    f -> get("/export/transfers.csv?q=" + f.draftWord()), f -> true, f -> true));

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DesignationService designations;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    MockMvc mvc;

    Fixture fixture;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var word = "endpointword" + Accounts.uniqueUsername("x").replaceAll("[^a-z]", "");
        var draft = Accounts.as("analyst", Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", "Shells " + word)));
        var published = Accounts.as("analyst", Role.ANALYST,
                () -> transfers.createDraft(TestData.draft("PRK", "RUS", "Published shells")));
        Accounts.as("reviewer", Role.REVIEWER, () -> reviews.publish(published, transfers.version(published).orElseThrow()));
        var designation = Accounts.as("viewer", Role.VIEWER, () -> designations.search("KPe.001", 0, 1).getFirst().id());
        fixture = new Fixture(published, draft, word, designation);
    }

    static Stream<Arguments> checks() {
        return ENDPOINTS.stream().flatMap(endpoint -> Arrays.stream(Who.values()).map(who -> Arguments.of(endpoint, who)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("checks")
    void each_role_gets_from_the_endpoints_what_the_role_model_allows(Endpoint endpoint, Who who) throws Exception {
        var request = endpoint.request().apply(fixture);
        if (who.role != null) {
            request = endpoint.name().contains("/export/") ? request.with(user(who.role.dbValue()).roles(
                    who.role.authorities().stream().map(a -> a.getAuthority().substring("ROLE_".length())).toArray(String[]::new)))
                    : request.header("Authorization", "Bearer "
                            + Accounts.as(who.role.dbValue(), who.role, () -> tokens.create("endpoint matrix").secret()));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        var allowed = endpoint.least() != null && who.atLeast(endpoint.least());
        var expectation = endpoint.name().contains("{draft's word}") ? draftRows(allowed, who)
                : allowed ? endpoint.allowed() : endpoint.refused();
        assertThat(expectation.test(response))
            .as("%s by %s (%s): answered %d %s", endpoint, who, allowed ? "allowed" : "refused", response.getStatus(),
                    response.getContentAsString().lines().limit(3).toList())
            .isTrue();
    }

    /** Anonymous callers are refused outright; viewers get an answer without the draft; analysts and above with it. */
    private Predicate<MockHttpServletResponse> draftRows(boolean allowed, Who who) {
        if (who == Who.ANONYMOUS) {
            return API_ANONYMOUS.or(TO_LOGIN);
        }
        return body(fixture.draftWord(), allowed);
    }

}
