package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.support.TestData.as;
import static org.transferwatch.support.TestData.draft;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
class TransferServiceTest {

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
    DSLContext dsl;

    private int count(String table) {
        return dsl.fetchCount(dsl.selectFrom(table));
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_creates_a_draft_and_the_creation_is_audited() {
        var id = transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles"));
        var details = transfers.details(id);
        assertThat(details.transfer().reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(details.pairLabel()).isEqualTo("North Korea → Russia");
        assertThat(details.createdByName()).isEqualTo("Demo analyst");
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("entity_type = 'transfer' and entity_id = ?"
                + " and action = 'create' and actor_name = 'analyst'", Long.toString(id)))).isEqualTo(1);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_draft_breaking_the_rules_is_refused_in_the_users_terms_and_nothing_is_saved() {
        var before = count("transfer");
        var bad = new TransferDraft("RUS", "RUS", TransferKind.ARMS, null, " ", null,
                new Quantity(new BigDecimal("5"), new BigDecimal("2"), null, false), null, TransferStatus.DELIVERED,
                new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), PeriodPrecision.DAY), null, null, null,
                Confidence.LOW);
        assertThatThrownBy(() -> transfers.createDraft(bad))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).contains(
                    "The supplier and the recipient must differ.",
                    "Describe the item (e.g. \"artillery shells\").",
                    "The lowest quantity must not exceed the highest.",
                    "The period must start on or before its end."));
        assertThat(count("transfer")).isEqualTo(before);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_unknown_country_is_refused_with_its_code() {
        assertThatThrownBy(() -> transfers.createDraft(draft("PRK", "ZZZ", "Shells")))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .containsExactly("The recipient \"ZZZ\" is not a known state or actor."));
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void unknown_codes_are_problems_of_their_fields_for_a_form_to_mark() {
        var unknown = new TransferDraft("ZZX", "ZZY", TransferKind.ARMS, "ZZ9", "Shells", null,
                new Quantity(null, null, null, false), null, TransferStatus.DELIVERED, null, null, null, null,
                Confidence.LOW);
        assertThatThrownBy(() -> transfers.createDraft(unknown))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problemsWithFields()).containsExactly(
                    new Problem(TransferDraft.Field.SUPPLIER, "The supplier \"ZZX\" is not a known state or actor."),
                    new Problem(TransferDraft.Field.RECIPIENT, "The recipient \"ZZY\" is not a known state or actor."),
                    new Problem(TransferDraft.Field.CATEGORY, "The category \"ZZ9\" is not a known category.")));
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_save_over_a_version_someone_else_saved_is_refused_naming_them_and_nothing_is_overwritten() {
        var id = transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles"));
        var loaded = transfers.details(id).transfer().version();
        as(Role.REVIEWER, () -> {
            transfers.update(id, loaded, draft("PRK", "RUS", "KN-24 missiles"));
            return null;
        });
        assertThatThrownBy(() -> transfers.update(id, loaded, draft("PRK", "RUS", "Hwasong-11 missiles")))
            .isInstanceOf(ConcurrentEditException.class)
            .hasMessageStartingWith("This transfer was changed by Demo reviewer at ")
            .hasMessageEndingWith("— reload to see their change.");
        assertThat(transfers.details(id).transfer().fields().item()).isEqualTo("KN-24 missiles");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_edit_is_audited_with_the_row_before_and_after() {
        var id = transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles"));
        transfers.update(id, transfers.details(id).transfer().version(), draft("PRK", "RUS", "KN-24 missiles"));
        var change = dsl.fetchOne("select before->>'item', after->>'item' from audit_event where entity_id = ? "
                + "and entity_type = 'transfer' and action = 'update'", Long.toString(id));
        assertThat(change.get(0)).isEqualTo("KN-23 missiles");
        assertThat(change.get(1)).isEqualTo("KN-24 missiles");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_may_not_edit_or_publish_a_published_transfer_but_a_reviewer_may() {
        var id = transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles"));
        assertThatThrownBy(() -> reviews.publish(id, 0)).isInstanceOf(AccessDeniedException.class);
        as(Role.REVIEWER, () -> {
            reviews.publish(id, transfers.details(id).transfer().version());
            return null;
        });
        var version = transfers.details(id).transfer().version();
        assertThatThrownBy(() -> transfers.update(id, version, draft("PRK", "RUS", "Changed")))
            .isInstanceOf(AccessDeniedException.class);
        as(Role.REVIEWER, () -> {
            transfers.update(id, version, draft("PRK", "RUS", "Changed by the reviewer"));
            return null;
        });
        assertThat(transfers.details(id).transfer().fields().item()).isEqualTo("Changed by the reviewer");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_may_not_create_and_does_not_see_drafts() {
        var id = as(Role.ANALYST, () -> transfers.createDraft(draft("IRN", "RUS", "Shahed-136 drones")));
        assertThatThrownBy(() -> transfers.createDraft(draft("PRK", "RUS", "Shells")))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> transfers.details(id)).isInstanceOf(NotFoundException.class);
        assertThat(listing.page(TransferFilter.NONE, TransferSort.NEWEST, 0, 50))
            .extracting(TransferRow::item).doesNotContain("Shahed-136 drones");
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_caller_is_refused_at_the_service() {
        assertThatThrownBy(() -> listing.page(TransferFilter.NONE, TransferSort.NEWEST, 0, 10))
            .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithDemoUser(Role.REVIEWER)
    void a_retraction_needs_a_reason_and_hides_the_transfer_from_viewers() {
        var id = as(Role.ANALYST, () -> transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles")));
        reviews.publish(id, transfers.details(id).transfer().version());
        var version = transfers.details(id).transfer().version();
        assertThatThrownBy(() -> reviews.retract(id, version, "  ")).isInstanceOf(ValidationException.class)
            .hasMessage("Give the reason for the retraction.");
        reviews.retract(id, version, "The source withdrew the report.");
        assertThat(transfers.details(id).transfer().reviewState()).isEqualTo(ReviewState.RETRACTED);
        assertThat(as(Role.VIEWER, () -> listing.page(TransferFilter.NONE, TransferSort.NEWEST, 0, 50)))
            .extracting(TransferRow::item).doesNotContain("KN-23 missiles");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_provisions_whose_scope_matches_are_suggested_and_a_confirmed_one_is_no_longer_suggested() {
        var id = transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles"));
        var suggestions = transferSanctions.suggestedProvisions(id);
        assertThat(suggestions).extracting(s -> s.provision().citation()).contains("UNSCR 1874 (2009) para 9")
            .doesNotContain("UNSCR 1874 (2009) para 10");
        var para9 = suggestions.stream().filter(s -> s.provision().citation().equals("UNSCR 1874 (2009) para 9"))
            .findFirst().orElseThrow().provision();
        transferSanctions.decideProvision(id, para9.id(), SanctionsLink.Decision.CONFIRMED, null);
        assertThat(transferSanctions.suggestedProvisions(id)).extracting(s -> s.provision().citation()).doesNotContain("UNSCR 1874 (2009) para 9");
        assertThat(transferSanctions.sanctionsLinks(id)).extracting(l -> l.provision().citation() + " " + l.decision())
            .containsExactly("UNSCR 1874 (2009) para 9 CONFIRMED");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void dismissing_a_provision_needs_a_note() {
        var id = transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles"));
        var provision = transferSanctions.suggestedProvisions(id).getFirst().provision();
        assertThatThrownBy(() -> transferSanctions.decideProvision(id, provision.id(), SanctionsLink.Decision.DISMISSED, " "))
            .isInstanceOf(ValidationException.class).hasMessage("Say why this provision does not apply.");
        transferSanctions.decideProvision(id, provision.id(), SanctionsLink.Decision.DISMISSED, "No listed person involved.");
        assertThat(transferSanctions.sanctionsLinks(id)).extracting(SanctionsLink::note).containsExactly("No listed person involved.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_claim_from_a_new_source_is_all_or_nothing() {
        var id = transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles"));
        var sources = count("source");
        var source = new NewSource(SourceKind.NEWS_ARTICLE, "Ukraine finds KN-23 debris", "Reuters", null,
                "https://example.org/kn23", LocalDate.of(2024, 1, 6), "en", null);
        assertThatThrownBy(() -> evidenceService.addClaimFromNewSource(id, source, new NewClaim(0, "", Stance.SUPPORTS, null)))
            .isInstanceOf(ValidationException.class);
        assertThat(count("source")).isEqualTo(sources);
        evidenceService.addClaimFromNewSource(id, source,
                new NewClaim(0, "Debris of KN-23 missiles was found.", Stance.SUPPORTS, AdmiraltyGrade.parse("B2")));
        assertThat(count("source")).isEqualTo(sources + 1);
        assertThat(transfers.details(id).evidence().label()).isEqualTo("1 source, best B2");
        var again = evidenceService.addClaimFromNewSource(id, new NewSource(SourceKind.NEWS_ARTICLE, "Same story",
                null, null, "https://www.example.org/kn23/?utm_source=x", null, null, null),
                new NewClaim(0, "KN-23 debris, denied by Pyongyang.", Stance.DISPUTES, AdmiraltyGrade.parse("C3")));
        assertThat(again.duplicate()).isTrue();
        assertThat(count("source")).isEqualTo(sources + 1);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_confidence_rule_proposes_a_level_from_the_evidence() {
        var id = transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles"));
        assertThat(transfers.details(id).proposedConfidence().level()).isEqualTo(Confidence.LOW);
        for (var publisher : new String[] { "Reuters", "AP" }) {
            evidenceService.addClaimFromNewSource(id, new NewSource(SourceKind.NEWS_ARTICLE, publisher + " report", publisher,
                    null, "https://example.org/" + publisher, null, null, null),
                    new NewClaim(0, publisher + " says so.", Stance.SUPPORTS, AdmiraltyGrade.parse("B2")));
        }
        assertThat(transfers.details(id).proposedConfidence())
            .isEqualTo(new ConfidenceRule.Proposal(Confidence.HIGH, "2 independent sources graded B2 or better, none disputing"));
    }

}
