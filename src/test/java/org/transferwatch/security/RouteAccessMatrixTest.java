package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ui.AccessDeniedView;
import org.transferwatch.base.ui.NotFoundView;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyKind;
import org.transferwatch.party.PartyService;
import org.transferwatch.security.AccessMatrixTest.Who;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;

/**
 * Who may open which page: every route of the application (found by scanning for {@code @Route} and
 * {@code @RouteAlias}, so a new page fails this test until it is placed in the table), opened through Vaadin's
 * navigation access control by anonymous, viewer, analyst, reviewer and administrator. Allowed: the page
 * opens. Refused: anonymous callers land on the login page, logged-in ones on the page that says it does not
 * exist (it reveals nothing). What the pages then show is the services' business (see {@link AccessMatrixTest}).
 */
@TransferWatchTest
@Transactional
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    /** The ids a route's parameters are filled with. */
    record Ids(long published, long draft, long source, long designation, long party) {
    }

    /** A route template, the least role that may open it ({@code ANONYMOUS}: anyone), and a location of it. */
    record Page(String template, Who least, Function<Ids, String> location) {

        @Override
        public String toString() {
            return "/" + template;
        }

    }

    static final Map<String, Page> PAGES = new LinkedHashMap<>();

    private static void page(String template, Who least, Function<Ids, String> location) {
        PAGES.put(template, new Page(template, least, location));
    }

    static {
        page("login", Who.ANONYMOUS, ids -> "login");
        page("", Who.VIEWER, ids -> "");
        page("dashboard", Who.VIEWER, ids -> "dashboard");
        page("briefings", Who.VIEWER, ids -> "briefings");
        page("briefings/new", Who.VIEWER, ids -> "briefings/new");
        page("pairs/:a([A-Za-z0-9-]{3,16})/:b([A-Za-z0-9-]{3,16})", Who.VIEWER, ids -> "pairs/PRK/RUS");
        page("transfers", Who.VIEWER, ids -> "transfers");
        page("transfers/:id(\\d+)", Who.VIEWER, ids -> "transfers/" + ids.published());
        page("transfers/new", Who.ANALYST, ids -> "transfers/new");
        page("review", Who.REVIEWER, ids -> "review");
        page("my-drafts", Who.ANALYST, ids -> "my-drafts");
        page("inbox", Who.VIEWER, ids -> "inbox");
        page("watching", Who.VIEWER, ids -> "watching");
        page("transfers/:id(\\d+)/edit", Who.ANALYST, ids -> "transfers/" + ids.draft() + "/edit");
        page("sources", Who.VIEWER, ids -> "sources");
        page("sources/:id(\\d+)", Who.VIEWER, ids -> "sources/" + ids.source());
        page("sources/new", Who.ANALYST, ids -> "sources/new");
        page("sources/:id(\\d+)/intake", Who.ANALYST, ids -> "sources/" + ids.source() + "/intake");
        page("import", Who.ANALYST, ids -> "import");
        page("account", Who.VIEWER, ids -> "account");
        page("account/tokens", Who.VIEWER, ids -> "account/tokens");
        page("account/password", Who.VIEWER, ids -> "account/password");
        page("admin/users", Who.ADMIN, ids -> "admin/users");
        page("admin/reference", Who.ADMIN, ids -> "admin/reference");
        // The catalogue's first instrument and provision, loaded by the migrations.
        page("sanctions", Who.VIEWER, ids -> "sanctions");
        page("sanctions/provisions/:id(\\d+)", Who.VIEWER, ids -> "sanctions/provisions/1");
        page("sanctions/instruments/:id(\\d+)", Who.VIEWER, ids -> "sanctions/instruments/1");
        page("sanctions/provisions/:id(\\d+)/edit", Who.ADMIN, ids -> "sanctions/provisions/1/edit");
        page("sanctions/provisions/new", Who.ADMIN, ids -> "sanctions/provisions/new");
        page("designations", Who.VIEWER, ids -> "designations");
        page("designations/:id(\\d+)", Who.VIEWER, ids -> "designations/" + ids.designation());
        page("designations/import", Who.ADMIN, ids -> "designations/import");
        page("places", Who.VIEWER, ids -> "places");
        page("parties", Who.VIEWER, ids -> "parties");
        page("parties/:id(\\d+)", Who.VIEWER, ids -> "parties/" + ids.party());
        page("parties/new", Who.ANALYST, ids -> "parties/new");
        page("parties/:id(\\d+)/edit", Who.ANALYST, ids -> "parties/" + ids.party() + "/edit");
    }

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    SourceService sources;

    @Autowired
    DesignationService designations;

    @Autowired
    PartyService parties;

    Ids ids;

    @BeforeEach
    void createRows() {
        var draft = Accounts.as("analyst", Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", "Route draft")));
        var published = Accounts.as("analyst", Role.ANALYST,
                () -> transfers.createDraft(TestData.draft("PRK", "RUS", "Route published")));
        Accounts.as("reviewer", Role.REVIEWER, () -> reviews.publish(published, transfers.version(published).orElseThrow()));
        var source = Accounts.as("analyst", Role.ANALYST, () -> sources.add(new NewSource(SourceKind.NEWS_ARTICLE,
                "Route source", "Route Wire", null, null, null, "en",
                "North Korea delivered 500 artillery shells to Russia in January 2024.")).source().id());
        var designation = Accounts.as("viewer", Role.VIEWER, () -> designations.search("KPe.001", 0, 1).getFirst().id());
        var party = Accounts.as("analyst", Role.ANALYST, () -> parties.create(new PartyDraft(PartyKind.VESSEL, "Route vessel",
                List.of(), "RUS", null, List.of(), List.of())));
        ids = new Ids(published, draft, source, designation, party);
    }

    static Stream<Arguments> checks() {
        return PAGES.values().stream().flatMap(page -> Arrays.stream(Who.values()).map(who -> Arguments.of(page, who)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("checks")
    void each_role_opens_the_pages_the_role_model_allows_and_no_other(Page page, Who who) {
        logIn(who);
        var expected = routeClass(page.template());
        UI.getCurrent().navigate(page.location().apply(ids));
        var view = getCurrentView();
        if (who.atLeast(page.least())) {
            assertThat(view).as("%s by %s opens", page, who).isInstanceOf(expected);
        }
        else if (who == Who.ANONYMOUS) {
            assertThat(view).as("%s by %s: the login page", page, who).isInstanceOf(LoginView.class);
        }
        else {
            assertThat(view).as("%s by %s: refused as a page that does not exist", page, who)
                .isInstanceOfAny(AccessDeniedView.class, NotFoundView.class)
                .isNotInstanceOf(expected);
        }
    }

    @Test
    void every_route_is_in_the_table() {
        var discovered = new TreeSet<String>();
        routes().forEach((template, type) -> discovered.add(template));
        assertThat(discovered).as("routes of the application (add a new one to PAGES)")
            .containsExactlyInAnyOrderElementsOf(PAGES.keySet());
        System.out.printf("Route access matrix: %d routes, %d role x route checks%n", PAGES.size(),
                PAGES.size() * Who.values().length);
    }

    private static void logIn(Who who) {
        var context = SecurityContextHolder.createEmptyContext();
        if (who.role == null) {
            context.setAuthentication(new AnonymousAuthenticationToken("routes", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        }
        else {
            var principal = User.withUsername(who.role.dbValue())
                .password("unused")
                .authorities(who.role.authorities())
                .build();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, who.role.authorities()));
        }
        SecurityContextHolder.setContext(context);
    }

    private static Class<?> routeClass(String template) {
        var type = routes().get(template);
        assertThat(type).as("a route class for /%s", template).isNotNull();
        return type;
    }

    /** Every route template and alias of the application, with its view class. */
    static Map<String, Class<?>> routes() {
        var routes = new LinkedHashMap<String, Class<?>>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("org.transferwatch")) {
            var type = load(candidate.getBeanClassName());
            routes.put(type.getAnnotation(Route.class).value(), type);
            for (var alias : type.getAnnotationsByType(RouteAlias.class)) {
                routes.put(alias.value(), type);
            }
        }
        return routes;
    }

    private static Class<?> load(@Nullable String name) {
        try {
            return Class.forName(name);
        }
        catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

}
