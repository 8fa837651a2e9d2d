package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.transferwatch.db.Tables.APP_USER;
import static org.transferwatch.db.Tables.PARTY;
import static org.transferwatch.db.Tables.PARTY_NAME;
import static org.transferwatch.db.Tables.PLACE;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.ActorKind;
import org.transferwatch.country.CountryService;
import org.transferwatch.dashboard.BriefingDocumentService;
import org.transferwatch.dashboard.BriefingRequest;
import org.transferwatch.dashboard.BriefingScope;
import org.transferwatch.dashboard.BriefingService;
import org.transferwatch.designation.DesignationParties;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.monitoring.ChangeFeedService;
import org.transferwatch.monitoring.EmailMode;
import org.transferwatch.monitoring.InboxService;
import org.transferwatch.monitoring.ListVisitService;
import org.transferwatch.monitoring.WatchKind;
import org.transferwatch.monitoring.WatchService;
import org.transferwatch.party.PartyService;
import org.transferwatch.designation.TestFiles;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.sanctions.Binding;
import org.transferwatch.sanctions.CatalogueService;
import org.transferwatch.sanctions.Conduct;
import org.transferwatch.sanctions.Instrument;
import org.transferwatch.sanctions.InstrumentDraft;
import org.transferwatch.sanctions.IssuerDraft;
import org.transferwatch.sanctions.ProvisionDraft;
import org.transferwatch.sanctions.ProvisionQuery;
import org.transferwatch.sanctions.ScopeRow;
import org.transferwatch.exchange.ExchangeService;
import org.transferwatch.intake.IntakeService;
import org.transferwatch.intake.Proposal;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceDraft;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.place.PlaceService;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.sanctions.TransferScope;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.source.SourceSort;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyIdentifierKind;
import org.transferwatch.party.PartyKind;
import org.transferwatch.party.PartyLinks;
import org.transferwatch.party.PartyMatch;
import org.transferwatch.party.PartyMatchService;
import org.transferwatch.party.PartyService;
import org.transferwatch.party.PartyTransfers;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.place.PlaceService;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.NewTransferParty;
import org.transferwatch.transfer.PartyRole;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ShipmentDraft;
import org.transferwatch.transfer.ShipmentMode;
import org.transferwatch.transfer.ShipmentService;
import org.transferwatch.transfer.TransferPartyService;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.ClaimCorrection;
import org.transferwatch.transfer.ImportedTransfer;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferHistoryService;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.ListColumnsService;
import org.transferwatch.transfer.ReviewQueueService;
import org.transferwatch.transfer.TransferCommentService;
import org.transferwatch.transfer.TransferMergeService;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferSanctionsService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferRouteService;
import org.transferwatch.transfer.TransferStatisticsService;
import org.transferwatch.transfer.bulk.BulkTransferService;

/**
 * Who may do what, at the service: every public method of every {@code @Service} that reads or changes data,
 * called through its Spring proxy by anonymous, viewer, analyst, reviewer and administrator, with arguments
 * that make the call succeed for whoever may make it. A role that may not is refused by the service itself
 * ({@link AccessDeniedException} or {@link AuthenticationCredentialsNotFoundException}), or, for the rules on
 * single rows ("viewers see published transfers only", "analysts change drafts only"), does not get to see or
 * change the row. The table is the product's role model (viewer reads published transfers, analyst
 * records and edits drafts, reviewer publishes and retracts and edits any transfer, administrator manages
 * users); a service method missing from it fails the build, so a new one must be placed in it.
 * <p>
 * Each check runs in a transaction that is rolled back.
 */
@TransferWatchTest
@Transactional
class AccessMatrixTest {

    /** The services that read one transfer for its page, by method. */
    private static final Map<String, String> READ_OWNERS = new TreeMap<>(Map.of("details", "TransferService",
            "evidence", "EvidenceService", "claims", "EvidenceService", "history", "TransferHistoryService",
            "sanctionsLinks", "TransferSanctionsService", "suggestedProvisions", "TransferSanctionsService"));

    /** Who calls: anonymous, or the demo user of a role. */
    enum Who {

        ANONYMOUS(null), VIEWER(Role.VIEWER), ANALYST(Role.ANALYST), REVIEWER(Role.REVIEWER), ADMIN(Role.ADMIN);

        final @Nullable Role role;

        Who(@Nullable Role role) {
            this.role = role;
        }

        boolean atLeast(Who least) {
            return compareTo(least) >= 0;
        }

    }

    /** A prepared call, run as {@code username} (the demo user of the role when null). */
    record Prepared(@Nullable String username, Attempt attempt) {
    }

    @FunctionalInterface
    interface Attempt {

        @Nullable Object run() throws Exception;

    }

    @FunctionalInterface
    interface Setup {

        /** Prepares what the call needs with the rights of whoever may create it, then returns the call. */
        Prepared prepare(AccessMatrixTest fixture, Who who) throws Exception;

    }

    /**
     * One row of the matrix: a service method, what it is done to, and the least role that may do it ({@code
     * ANONYMOUS}: anyone, also before logging in; null: nobody). Row-level actions count "not found" and
     * "not in the result" as denied.
     */
    record Action(String method, String on, @Nullable Who least, boolean rowLevel, Setup setup) {

        @Override
        public String toString() {
            return method + (on.isEmpty() ? "" : " " + on);
        }

    }

    /** What a row-level action returns when the caller did not get to see the row. */
    static final Object HIDDEN = new Object() {
        @Override
        public String toString() {
            return "hidden";
        }
    };

    /** Public service methods that neither read nor change data: they build query expressions or compute from the clock. */
    static final Map<String, String> NOT_DATA = Map.ofEntries(
            Map.entry("SourceService.titlesAndUrls(String)", "a table expression for another feature's query"),
            Map.entry("SanctionsService.hasConfirmedLink(Field)", "a condition for another feature's query"),
            Map.entry("PartyService.named(String,Field)", "a condition for another feature's query"),
            Map.entry("PartyService.designated(Field)", "a condition for another feature's query"),
            Map.entry("PartyService.designatedAs(long,Field)", "a condition for another feature's query"),
            Map.entry("PartyService.designatedUnder(String,Field)", "a condition for another feature's query"),
            Map.entry("DesignationService.idsOfRegime(String)", "a subquery for another feature's query"),
            Map.entry("DesignationService.listedNames()", "a table expression for another feature's query"),
            Map.entry("DesignationService.listedNumbers()", "a table expression for another feature's query"),
            Map.entry("TransferPartyService.involvesDesignatedParty(Field)", "a condition for another feature's query"),
            Map.entry("SanctionsService.hasConfirmedLinkFromIssuer(String,Field)", "a condition for another feature's query"),
            Map.entry("SanctionsService.hasDecision(long,Decision,Field)", "a condition for another feature's query"),
            Map.entry("TransferStatisticsService.newSince()", "a date 30 days before today"),
            Map.entry("PartyService.ofKind(PartyKind,Field)", "a condition for another feature's query"),
            Map.entry("PartyService.namedIds(String)", "a table expression for another feature's query"),
            Map.entry("PartyService.labels(String)", "a table expression for another feature's query"),
            Map.entry("PartyService.confirmedDesignationKeys(Select)", "a subquery for another feature's query"),
            Map.entry("SanctionsService.confirmedLinkKeys(Select)", "a subquery for another feature's query"),
            Map.entry("PlaceService.names(String)", "a table expression for another feature's query"));

    static final List<Action> ACTIONS = new ArrayList<>();

    private static void allow(String method, @Nullable Who least, Setup setup) {
        ACTIONS.add(new Action(method, "", least, false, setup));
    }

    private static void allowOn(String method, String on, @Nullable Who least, Setup setup) {
        ACTIONS.add(new Action(method, on, least, true, setup));
    }

    private static Prepared call(Attempt attempt) {
        return new Prepared(null, attempt);
    }

    private static Object seen(boolean seen) {
        return seen ? "seen" : HIDDEN;
    }

    static {
        transferListsAndDrafts();
        transferReads();
        transferEdits();
        reviewQueues();
        claimsOfSources();
        statisticsAndBriefings();
        sources();
        sanctions();
        intake();
        exchange();
        apiTokens();
        monitoring();
        audit();
        accounts();
        loggingIn();
        referenceData();
        designations();
        transferParts();
        partiesAndPlaces();
        places();
        partyRecords();
    }

    private static void transferListsAndDrafts() {
        // Transfers: viewers read published ones; analysts record and edit drafts; reviewers publish, retract and
        // edit any transfer.
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        allow("TransferListService.page(TransferFilter,TransferSort,int,int)", viewer,
                (f, who) -> call(() -> f.listing.page(TransferFilter.NONE, TransferSort.NEWEST, 0, 10)));
        allowOn("TransferListService.page(TransferFilter,TransferSort,int,int)", "listing a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.listing.page(f.only(draft), TransferSort.NEWEST, 0, 10).stream()
                .anyMatch(row -> row.id() == draft.id())));
        });
        allow("TransferListService.pageWithCount(TransferFilter,TransferSort,int,int)", viewer,
                (f, who) -> call(() -> f.listing.pageWithCount(TransferFilter.NONE, TransferSort.NEWEST, 0, 10)));
        allowOn("TransferListService.pageWithCount(TransferFilter,TransferSort,int,int)", "listing a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.listing.pageWithCount(f.only(draft), TransferSort.NEWEST, 0, 10).rows().stream()
                .anyMatch(row -> row.id() == draft.id())));
        });
        allow("TransferListService.count(TransferFilter)", viewer, (f, who) -> call(() -> f.listing.count(TransferFilter.NONE)));
        allowOn("TransferListService.count(TransferFilter)", "counting a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.listing.count(f.only(draft)) == 1));
        });
        allow("TransferListService.pageAfter(TransferFilter,Long,int)", viewer,
                (f, who) -> call(() -> f.listing.pageAfter(TransferFilter.NONE, null, 10)));
        allowOn("TransferListService.pageAfter(TransferFilter,Long,int)", "listing a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.listing.pageAfter(f.only(draft), null, 10).stream().anyMatch(row -> row.id() == draft.id())));
        });
        allow("BulkTransferService.exportCsv(TransferFilter,OutputStream)", viewer,
                (f, who) -> call(() -> f.bulk.exportCsv(TransferFilter.NONE, new ByteArrayOutputStream())));
        allowOn("BulkTransferService.exportCsv(TransferFilter,OutputStream)", "exporting a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.bulk.exportCsv(f.only(draft), new ByteArrayOutputStream()) == 1));
        });
        allow("BulkTransferService.importTransfers(List,IntConsumer)", analyst, (f, who) -> call(() -> f.bulk.importTransfers(
                List.of(new ImportedTransfer("matrix:" + f.token(), TestData.draft("IRN", "RUS", "Imported " + f.token()), null)),
                written -> { })));
        allow("BulkTransferService.editableIdsByNaturalKey(Collection)", analyst,
                (f, who) -> call(() -> f.bulk.editableIdsByNaturalKey(List.of("matrix:" + f.token()))));
        allow("TransferService.createDraft(TransferDraft)", analyst,
                (f, who) -> call(() -> f.transfers.createDraft(TestData.draft("PRK", "RUS", "Shells " + f.token()))));
        allow("TransferService.createDraftOnce(String,TransferDraft)", analyst, (f, who) -> call(
                () -> f.transfers.createDraftOnce("matrix:" + f.token(), TestData.draft("PRK", "RUS", "Shells " + f.token()))));
    }

    private static void transferReads() {
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        for (var read : READ_OWNERS.keySet()) {
            var method = READ_OWNERS.get(read) + "." + read + "(long)";
            allow(method, viewer, (f, who) -> {
                var published = f.published();
                return call(() -> f.readTransfer(read, published.id()));
            });
            allowOn(method, "of a draft", analyst, (f, who) -> {
                var draft = f.draft();
                return call(() -> f.readTransfer(read, draft.id()));
            });
        }
        allow("TransferService.version(long)", viewer, (f, who) -> {
            var published = f.published();
            return call(() -> f.transfers.version(published.id()).orElseThrow());
        });
        allowOn("TransferService.version(long)", "of a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.transfers.version(draft.id()).isPresent()));
        });
    }

    private static void transferEdits() {
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        var reviewer = Who.REVIEWER;
        allow("TransferService.update(long,int,TransferDraft)", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> {
                f.transfers.update(draft.id(), draft.version(), TestData.draft("PRK", "RUS", "Edited " + f.token()));
                return null;
            });
        });
        allowOn("TransferService.update(long,int,TransferDraft)", "of a published transfer", reviewer, (f, who) -> {
            var published = f.published();
            return call(() -> {
                f.transfers.update(published.id(), published.version(), TestData.draft("PRK", "RUS", "Edited " + f.token()));
                return null;
            });
        });
        allow("EvidenceService.addClaim(long,NewClaim)", analyst, (f, who) -> {
            var draft = f.draft();
            var source = f.source();
            return call(() -> f.evidenceService.addClaim(draft.id(), f.claim(source)));
        });
        allowOn("EvidenceService.addClaim(long,NewClaim)", "to a published transfer", reviewer, (f, who) -> {
            var published = f.published();
            var source = f.source();
            return call(() -> f.evidenceService.addClaim(published.id(), f.claim(source)));
        });
        allow("EvidenceService.addClaimFromNewSource(long,NewSource,NewClaim)", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> f.evidenceService.addClaimFromNewSource(draft.id(), f.newSource(), f.claim(0)));
        });
        allowOn("EvidenceService.addClaimFromNewSource(long,NewSource,NewClaim)", "to a published transfer", reviewer,
                (f, who) -> {
                    var published = f.published();
                    return call(() -> f.evidenceService.addClaimFromNewSource(published.id(), f.newSource(), f.claim(0)));
                });
        allow("TransferSanctionsService.countsFor(long)", viewer, (f, who) -> {
            var provision = f.provision();
            return call(() -> f.transferSanctions.countsFor(provision));
        });
        allow("TransferSanctionsService.decideProvision(long,long,Decision,String)", analyst, (f, who) -> {
            var draft = f.draft();
            var provision = f.provision();
            return call(() -> f.transferSanctions.decideProvision(draft.id(), provision, SanctionsLink.Decision.CONFIRMED, null));
        });
        allowOn("TransferSanctionsService.decideProvision(long,long,Decision,String)", "for a published transfer", reviewer,
                (f, who) -> {
                    var published = f.published();
                    var provision = f.provision();
                    return call(() -> f.transferSanctions.decideProvision(published.id(), provision, SanctionsLink.Decision.CONFIRMED,
                            null));
                });
        allow("EvidenceService.correctClaim(long,int,ClaimCorrection,String)", analyst, (f, who) -> {
            var claim = f.newClaimOn(f.draft().id());
            return call(() -> f.evidenceService.correctClaim(claim, 0,
                    new ClaimCorrection("Corrected quote.", Stance.SUPPORTS, AdmiraltyGrade.parse("C3")), "Typo."));
        });
        allowOn("EvidenceService.correctClaim(long,int,ClaimCorrection,String)", "of a retracted transfer", reviewer,
                (f, who) -> {
                    var claim = f.newClaimOn(f.retracted().id());
                    return call(() -> f.evidenceService.correctClaim(claim, 0,
                            new ClaimCorrection("Corrected quote.", Stance.SUPPORTS, AdmiraltyGrade.parse("C3")), "Typo."));
                });
        allow("EvidenceService.removeClaim(long,int,String)", analyst, (f, who) -> {
            var claim = f.newClaimOn(f.draft().id());
            return call(() -> f.evidenceService.removeClaim(claim, 0, "Wrong article."));
        });
        allowOn("EvidenceService.removeClaim(long,int,String)", "of a retracted transfer", reviewer, (f, who) -> {
            var claim = f.newClaimOn(f.retracted().id());
            return call(() -> f.evidenceService.removeClaim(claim, 0, "Wrong article."));
        });
        allow("TransferService.corroborated(TransferDraft,int)", analyst,
                (f, who) -> call(() -> f.transfers.corroborated(TestData.draft("PRK", "RUS", "Shells " + f.token()), 3)));
        allow("TransferService.possibleDuplicates(TransferDraft)", analyst,
                (f, who) -> call(() -> f.transfers.possibleDuplicates(TestData.draft("PRK", "RUS", "Shells " + f.token()))));
        allow("TransferService.deleteDraft(long,int)", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> {
                f.transfers.deleteDraft(draft.id(), draft.version());
                return null;
            });
        });
        allowOn("TransferService.deleteDraft(long,int)", "of someone else's draft", reviewer, (f, who) -> {
            var token = f.token();
            var id = Accounts.as("reviewer", Role.REVIEWER, () -> f.transfers.createDraft(
                    TestData.draft("PRK", "RUS", "Matrix reviewer's shells " + token)));
            return call(() -> {
                f.transfers.deleteDraft(id, 0);
                return null;
            });
        });
        allow("TransferService.mergedInto(long)", viewer, (f, who) -> {
            var published = f.published();
            return call(() -> f.transfers.mergedInto(published.id()));
        });
        allow("TransferMergeService.merge(long,int,long,String)", reviewer, (f, who) -> {
            var merged = f.draft();
            var kept = f.draft();
            return call(() -> f.merges.merge(merged.id(), merged.version(), kept.id(), "The same delivery."));
        });
        allow("SanctionsService.moveDecisions(long,long)", reviewer, (f, who) -> {
            var merged = f.draft();
            var kept = f.draft();
            return call(() -> f.sanctions.moveDecisions(merged.id(), kept.id()));
        });
        allow("TransferReviewService.publish(long,int)", reviewer, (f, who) -> {
            var draft = f.draft();
            return call(() -> {
                f.reviews.publish(draft.id(), draft.version());
                return null;
            });
        });
        allow("TransferReviewService.retract(long,int,String)", reviewer, (f, who) -> {
            var published = f.published();
            return call(() -> {
                f.reviews.retract(published.id(), published.version(), "Sourced from a fabricated report.");
                return null;
            });
        });
    }

    private static void reviewQueues() {
        // The review: analysts submit drafts, comment and read their queue; reviewers read theirs, preview a
        // publication and send drafts back; viewers see none of it. Every user chooses the list's columns.
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        var reviewer = Who.REVIEWER;
        allow("TransferReviewService.submit(long)", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> {
                f.reviews.submit(draft.id());
                return null;
            });
        });
        allow("TransferReviewService.sendBack(long,String)", reviewer, (f, who) -> {
            var draft = f.submitted();
            return call(() -> {
                f.reviews.sendBack(draft.id(), "Grade the claim B2.");
                return null;
            });
        });
        allow("TransferReviewService.reviewStatus(long)", analyst, (f, who) -> {
            var draft = f.submitted();
            return call(() -> f.reviews.reviewStatus(draft.id()).orElseThrow());
        });
        allow("TransferReviewService.publicationPreview(long)", reviewer, (f, who) -> {
            var draft = f.draft();
            return call(() -> f.reviews.publicationPreview(draft.id()));
        });
        allow("TransferCommentService.comments(long)", analyst, (f, who) -> {
            var published = f.published();
            return call(() -> f.comments.comments(published.id()));
        });
        allow("TransferCommentService.addComment(long,String)", analyst, (f, who) -> {
            var published = f.published();
            return call(() -> f.comments.addComment(published.id(), "Is the photo dated?"));
        });
        allow("ReviewQueueService.waitingForReview(int,int)", reviewer, (f, who) -> call(() -> f.queues.waitingForReview(0, 10)));
        allow("ReviewQueueService.waitingCount()", reviewer, (f, who) -> call(() -> f.queues.waitingCount()));
        allow("ReviewQueueService.ownQueue()", analyst, (f, who) -> call(() -> f.queues.ownQueue()));
        allow("ReviewQueueService.returnedCount()", analyst, (f, who) -> call(() -> f.queues.returnedCount()));
        allow("ListColumnsService.chosenColumns()", viewer, (f, who) -> call(() -> f.listColumns.chosenColumns()));
        allow("ListColumnsService.chooseColumns(List)", viewer, (f, who) -> call(() -> {
            f.listColumns.chooseColumns(List.of("number", "item"));
            return null;
        }));
    }

    private static void claimsOfSources() {
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        allow("EvidenceService.countsFor(Collection)", viewer, (f, who) -> {
            var published = f.published();
            var source = f.claimOn(published.id());
            return call(() -> f.evidenceService.countsFor(List.of(source)).get(source).supporting());
        });
        allowOn("EvidenceService.countsFor(Collection)", "of a draft's source", analyst, (f, who) -> {
            var source = f.claimOn(f.draft().id());
            return call(() -> seen(f.evidenceService.countsFor(List.of(source)).containsKey(source)));
        });
        allow("EvidenceService.evidenceOf(Collection)", viewer, (f, who) -> {
            var published = f.published();
            f.claimOn(published.id());
            return call(() -> f.evidenceService.evidenceOf(List.of(published.id())).get(published.id()).getFirst());
        });
        allowOn("EvidenceService.evidenceOf(Collection)", "of a draft", analyst, (f, who) -> {
            var draft = f.draft();
            f.claimOn(draft.id());
            return call(() -> seen(f.evidenceService.evidenceOf(List.of(draft.id())).containsKey(draft.id())));
        });
        allow("EvidenceService.citationsOf(long)", viewer, (f, who) -> {
            var source = f.claimOn(f.published().id());
            return call(() -> f.evidenceService.citationsOf(source).getFirst());
        });
        allowOn("EvidenceService.citationsOf(long)", "citing a draft", analyst, (f, who) -> {
            var source = f.claimOn(f.draft().id());
            return call(() -> seen(!f.evidenceService.citationsOf(source).isEmpty()));
        });
        allow("EvidenceService.claimsOfSource(long)", viewer, (f, who) -> {
            var source = f.claimOn(f.published().id());
            return call(() -> f.evidenceService.claimsOfSource(source).getFirst());
        });
        allowOn("EvidenceService.claimsOfSource(long)", "citing a draft", analyst, (f, who) -> {
            var source = f.claimOn(f.draft().id());
            return call(() -> seen(!f.evidenceService.claimsOfSource(source).isEmpty()));
        });
    }

    private static void statisticsAndBriefings() {
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        allow("TransferStatisticsService.dashboard(int,int,LocalDate,LocalDate,int)", viewer,
                (f, who) -> call(() -> f.statistics.dashboard(8, 150, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31), 8)));
        allow("TransferStatisticsService.overview(TransferFilter)", viewer,
                (f, who) -> call(() -> f.statistics.overview(TransferFilter.NONE)));
        allow("TransferStatisticsService.matrix(TransferFilter,int)", viewer,
                (f, who) -> call(() -> f.statistics.matrix(TransferFilter.NONE, 5)));
        allow("TransferStatisticsService.flows(TransferFilter,int)", viewer,
                (f, who) -> call(() -> f.statistics.flows(TransferFilter.NONE, 5)));
        allow("TransferStatisticsService.months(TransferFilter,LocalDate,LocalDate)", viewer, (f, who) -> call(
                () -> f.statistics.months(TransferFilter.NONE, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31))));
        allow("TransferStatisticsService.periodRange(TransferFilter,int)", viewer,
                (f, who) -> call(() -> f.statistics.periodRange(TransferFilter.NONE, 5)));
        allow("TransferStatisticsService.count(TransferFilter)", viewer,
                (f, who) -> call(() -> f.statistics.count(TransferFilter.NONE)));
        allowOn("TransferStatisticsService.count(TransferFilter)", "counting a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.statistics.count(f.only(draft)) == 1));
        });
        allow("TransferRouteService.routes(TransferFilter)", viewer,
                (f, who) -> call(() -> f.routes.routes(TransferFilter.NONE)));
        allow("TransferRouteService.parties(TransferFilter,int)", viewer,
                (f, who) -> call(() -> f.routes.parties(TransferFilter.NONE, 5)));
        allow("TransferRouteService.shipments(TransferFilter,int)", viewer,
                (f, who) -> call(() -> f.routes.shipments(TransferFilter.NONE, 5)));
        allow("TransferRouteService.parties(TransferFilter,Collection,int)", viewer,
                (f, who) -> call(() -> f.routes.parties(TransferFilter.NONE, List.of(0L), 5)));
        allow("TransferRouteService.shipments(TransferFilter,Collection,int)", viewer,
                (f, who) -> call(() -> f.routes.shipments(TransferFilter.NONE, List.of(0L), 5)));
        allow("PartyService.confirmedDesignationsByParty(Collection)", viewer,
                (f, who) -> call(() -> f.partyService.confirmedDesignationsByParty(List.of(0L))));
        allow("DesignationService.references(Collection)", viewer,
                (f, who) -> call(() -> f.designations.references(List.of(0L))));
        allow("TransferStatisticsService.sources(TransferFilter,int)", viewer,
                (f, who) -> call(() -> f.statistics.sources(TransferFilter.NONE, 5)));
        allow("TransferStatisticsService.provisionsInPlay(TransferFilter)", viewer,
                (f, who) -> call(() -> f.statistics.provisionsInPlay(TransferFilter.NONE)));

        allow("TransferStatisticsService.periodSpans(TransferFilter,int)", viewer,
                (f, who) -> call(() -> f.statistics.periodSpans(TransferFilter.NONE, 5)));
        allowOn("TransferStatisticsService.periodSpans(TransferFilter,int)", "of a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.statistics.periodSpans(f.only(draft), 5).size() == 1));
        });
        allow("TransferStatisticsService.outcomes(TransferFilter)", viewer,
                (f, who) -> call(() -> f.statistics.outcomes(TransferFilter.NONE)));
        allowOn("TransferStatisticsService.outcomes(TransferFilter)", "of a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.statistics.outcomes(f.only(draft)).earliestStart() != null));
        });
        allow("TransferStatisticsService.confirmedLinks(TransferFilter,Collection)", viewer,
                (f, who) -> call(() -> f.statistics.confirmedLinks(TransferFilter.NONE, List.of(0L))));

        // Briefings: whoever reads the pair page builds, saves and re-generates briefings; drafts only for analysts.
        allow("BriefingDocumentService.markings()", viewer, (f, who) -> call(() -> f.documents.markings().getFirst()));
        allow("BriefingDocumentService.describe(BriefingScope)", viewer, (f, who) -> call(() -> f.documents.describe(
                BriefingScope.ofList(TransferFilter.NONE.withText("shells"))).getFirst()));
        allow("BriefingDocumentService.document(BriefingRequest,DoubleConsumer)", viewer,
                (f, who) -> call(() -> f.documents.document(f.briefingRequest(false), share -> {
                })));
        allowOn("BriefingDocumentService.document(BriefingRequest,DoubleConsumer)", "with drafts", analyst,
                (f, who) -> call(() -> f.documents.document(f.briefingRequest(true), share -> {
                })));
        allow("BriefingDocumentService.save(BriefingRequest)", viewer,
                (f, who) -> call(() -> f.documents.save(f.briefingRequest(false))));
        allow("BriefingDocumentService.savedBriefings()", viewer, (f, who) -> call(() -> f.documents.savedBriefings()));
        allow("BriefingDocumentService.savedBriefing(long)", viewer, (f, who) -> {
            var id = TestData.as(Role.VIEWER, () -> f.documents.save(f.briefingRequest(false)));
            return call(() -> f.documents.savedBriefing(id));
        });
        allow("BriefingDocumentService.regenerate(long,DoubleConsumer)", viewer, (f, who) -> {
            var id = TestData.as(Role.VIEWER, () -> f.documents.save(f.briefingRequest(false)));
            return call(() -> f.documents.regenerate(id, share -> {
            }));
        });

        allow("BriefingService.briefing(String,String)", viewer, (f, who) -> call(() -> f.briefings.briefing("PRK", "RUS")));
        allowOn("BriefingService.briefing(String,String)", "with a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.briefings.briefing("PRK", "RUS").transfers().stream().anyMatch(row -> row.id() == draft.id())));
        });
        allow("BriefingService.pairPage(String,String)", viewer, (f, who) -> call(() -> f.briefings.pairPage("PRK", "RUS")));
        allow("BriefingService.timeline(String,String)", viewer, (f, who) -> call(() -> f.briefings.timeline("PRK", "RUS")));
    }

    private static void sources() {
        // Sources: everyone logged in reads the library; analysts add to it.
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        allow("SourceService.findById(long)", viewer, (f, who) -> {
            var source = f.source();
            return call(() -> f.sources.findById(source).orElseThrow());
        });
        allow("SourceService.findByIds(Collection)", viewer, (f, who) -> {
            var source = f.source();
            return call(() -> f.sources.findByIds(List.of(source)).get(source).id());
        });
        allow("SourceService.search(String,int)", viewer, (f, who) -> call(() -> f.sources.search("Yonhap", 5).getFirst()));
        allow("SourceService.findByTitle(String)", viewer, (f, who) -> call(
                () -> f.sources.findByTitle("US says Russia-North Korea arms negotiations are actively advancing").orElseThrow()));
        allow("SourceService.page(String,SourceSort,int,int)", viewer,
                (f, who) -> call(() -> f.sources.page("", SourceSort.NEWEST, 0, 10).getFirst()));
        allow("SourceService.count(String)", viewer, (f, who) -> call(() -> f.sources.count("")));
        allow("SourceService.add(NewSource)", analyst, (f, who) -> call(() -> f.sources.add(f.newSource())));
        allow("SourceService.captures(long)", viewer, (f, who) -> {
            var source = f.source();
            return call(() -> f.sources.captures(source));
        });
        allow("SourceService.sameText(long)", viewer, (f, who) -> {
            var source = f.source();
            return call(() -> f.sources.sameText(source));
        });
    }

    private static void sanctions() {
        // Sanctions: reference data everyone reads; decisions by analysts (the transfer feature adds the rule on
        // drafts, see TransferService.decideProvision above).
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        allow("SanctionsService.suggestions(TransferScope,String,String)", viewer,
                (f, who) -> call(() -> f.sanctions.suggestions(new TransferScope("PRK", "RUS", "arms", "ML3", "shells",
                        null, null), "North Korea", "Russia").getFirst()));
        allow("SanctionsService.covers(long,Fields)", viewer, (f, who) -> call(() -> f.sanctions.covers(f.provision(),
                new TransferScope.Fields(DSL.val("PRK"), DSL.val("RUS"), DSL.val("arms"), DSL.val((String) null),
                        DSL.val("shells"), DSL.val((LocalDate) null), DSL.val((LocalDate) null)))));
        allow("SanctionsService.designationPowerApplies(long,Fields,Function)", viewer, (f, who) -> call(
                () -> f.sanctions.designationPowerApplies(f.provision(), new TransferScope.Fields(DSL.val("PRK"),
                        DSL.val("RUS"), DSL.val("arms"), DSL.val((String) null), DSL.val("shells"),
                        DSL.val((LocalDate) null), DSL.val((LocalDate) null)), regime -> DSL.trueCondition())));
        allow("SanctionsService.activeProvisions()", viewer, (f, who) -> call(() -> f.sanctions.activeProvisions().getFirst()));
        allow("SanctionsService.provision(long)", viewer, (f, who) -> call(() -> f.sanctions.provision(1).orElseThrow()));
        allow("SanctionsService.issuerCodes()", viewer, (f, who) -> call(() -> f.sanctions.issuerCodes().getFirst()));
        allow("SanctionsService.suggestionsAll(Map,Function)", viewer,
                (f, who) -> call(() -> f.sanctions.suggestionsAll(Map.of(1L, new TransferScope("PRK", "RUS", "arms", "ML3",
                        "shells", null, null)), code -> code).get(1L).getFirst()));
        allow("SanctionsService.linksForAll(Collection)", viewer, (f, who) -> {
            var published = f.published();
            return call(() -> f.sanctions.linksForAll(List.of(published.id())));
        });
        allow("TransferSanctionsService.suggestedProvisionsOf(Collection)", viewer, (f, who) -> {
            var published = f.published();
            return call(() -> f.transferSanctions.suggestedProvisionsOf(List.of(published.id())));
        });
        allow("SanctionsService.linksFor(long)", viewer, (f, who) -> {
            var published = f.published();
            return call(() -> f.sanctions.linksFor(published.id()));
        });
        allow("SanctionsService.decide(long,long,Decision,String)", analyst, (f, who) -> {
            var draft = f.draft();
            var provision = f.provision();
            return call(() -> f.sanctions.decide(draft.id(), provision, SanctionsLink.Decision.DISMISSED, "Not in scope."));
        });
        allow("SanctionsService.confirmedLinksFor(Select)", viewer,
                (f, who) -> call(() -> f.sanctions.confirmedLinksFor(DSL.select(DSL.inline(-1L)))));
        allow("SanctionsService.confirmedProvisionCounts(Select)", viewer,
                (f, who) -> call(() -> f.sanctions.confirmedProvisionCounts(DSL.select(DSL.inline(-1L)))));
        catalogue();
    }

    private static void catalogue() {
        // The catalogue: everyone logged in browses it; administrators keep it current.
        var viewer = Who.VIEWER;
        var admin = Who.ADMIN;
        allow("CatalogueService.issuers()", viewer, (f, who) -> call(() -> f.catalogue.issuers().getFirst()));
        allow("CatalogueService.regimes()", viewer, (f, who) -> call(() -> f.catalogue.regimes().getFirst()));
        allow("CatalogueService.instruments(String)", viewer, (f, who) -> call(() -> f.catalogue.instruments(null).getFirst()));
        allow("CatalogueService.instrument(long)", viewer, (f, who) -> {
            var id = f.instrument().id();
            return call(() -> f.catalogue.instrument(id));
        });
        allow("CatalogueService.provisionsOf(long)", viewer, (f, who) -> {
            var id = f.instrument().id();
            return call(() -> f.catalogue.provisionsOf(id).getFirst());
        });
        allow("CatalogueService.searchProvisions(ProvisionQuery)", viewer,
                (f, who) -> call(() -> f.catalogue.searchProvisions(ProvisionQuery.ALL).getFirst()));
        allow("CatalogueService.provision(long)", viewer, (f, who) -> {
            var id = f.provision();
            return call(() -> f.catalogue.provision(id).orElseThrow());
        });
        allow("CatalogueService.createIssuer(IssuerDraft)", admin,
                (f, who) -> call(() -> f.catalogue.createIssuer(new IssuerDraft("CA", "Canada", List.of("CAN")))));
        allow("CatalogueService.updateIssuer(String,IssuerDraft,int)", admin, (f, who) -> {
            var issuer = f.asAdmin(() -> f.catalogue.issuers().getFirst());
            return call(() -> {
                f.catalogue.updateIssuer(issuer.code(), new IssuerDraft(issuer.code(), issuer.name() + ".",
                        issuer.jurisdiction()), issuer.version());
                return null;
            });
        });
        allow("CatalogueService.retireIssuer(String,boolean,int)", admin, (f, who) -> {
            var issuer = f.asAdmin(() -> f.catalogue.issuers().getFirst());
            return call(() -> {
                f.catalogue.retireIssuer(issuer.code(), true, issuer.version());
                return null;
            });
        });
        allow("CatalogueService.createInstrument(InstrumentDraft)", admin, (f, who) -> call(() -> f.catalogue.createInstrument(
                new InstrumentDraft("UNSC", Accounts.uniqueUsername("UNSCR"), null, null, null, null))));
        allow("CatalogueService.updateInstrument(long,InstrumentDraft,int)", admin, (f, who) -> {
            var instrument = f.instrument();
            return call(() -> {
                f.catalogue.updateInstrument(instrument.id(), new InstrumentDraft(instrument.issuerCode(),
                        instrument.shortTitle(), "Retitled", instrument.adoptedOn(), instrument.url(),
                        instrument.regimeCode()), instrument.version());
                return null;
            });
        });
        allow("CatalogueService.retireInstrument(long,boolean,int)", admin, (f, who) -> {
            var instrument = f.instrument();
            return call(() -> {
                f.catalogue.retireInstrument(instrument.id(), true, instrument.version());
                return null;
            });
        });
        allow("CatalogueService.createProvision(ProvisionDraft)", admin, (f, who) -> {
            var draft = f.provisionDraft();
            return call(() -> f.catalogue.createProvision(draft));
        });
        allow("CatalogueService.updateProvision(long,ProvisionDraft,int)", admin, (f, who) -> {
            var provision = f.asAdmin(() -> f.catalogue.provision(f.provision()).orElseThrow());
            return call(() -> {
                f.catalogue.updateProvision(provision.provision().id(), provision.draft(), provision.version());
                return null;
            });
        });
        allow("CatalogueService.retireProvision(long,boolean,int)", admin, (f, who) -> {
            var provision = f.asAdmin(() -> f.catalogue.provision(f.provision()).orElseThrow());
            return call(() -> {
                f.catalogue.retireProvision(provision.provision().id(), true, provision.version());
                return null;
            });
        });
        allow("CatalogueService.deleteProvision(long,int)", admin, (f, who) -> {
            var id = f.asAdmin(() -> f.catalogue.createProvision(f.provisionDraft()));
            return call(() -> {
                f.catalogue.deleteProvision(id, 0);
                return null;
            });
        });
    }

    private static void intake() {
        // Intake: analysts only (it proposes drafts).
        var analyst = Who.ANALYST;
        allow("IntakeService.read(long)", analyst, (f, who) -> {
            var source = f.articleSource();
            return call(() -> f.intake.read(source).reading().proposals().getFirst());
        });
        allow("IntakeService.accepted(long,Proposal)", analyst, (f, who) -> {
            var source = f.articleSource();
            var proposal = f.proposal(source);
            return call(() -> f.intake.accepted(source, proposal));
        });
        allow("IntakeService.acceptedProposals(long,List)", analyst, (f, who) -> {
            var source = f.articleSource();
            var proposal = f.proposal(source);
            return call(() -> f.intake.acceptedProposals(source, List.of(proposal)));
        });
        allow("IntakeService.accept(long,Proposal,TransferDraft,AdmiraltyGrade,AdmiraltyGrade)", analyst, (f, who) -> {
            var source = f.articleSource();
            var proposal = f.proposal(source);
            return call(() -> f.intake.accept(source, proposal, TestData.draft("PRK", "RUS", "Accepted " + f.token()),
                    AdmiraltyGrade.parse("B2"), null));
        });
        allow("IntakeService.corroborations(TransferDraft)", analyst,
                (f, who) -> call(() -> f.intake.corroborations(TestData.draft("PRK", "RUS", "Shells " + f.token()))));
        allow("IntakeService.addAsEvidence(long,Proposal,long,AdmiraltyGrade,AdmiraltyGrade)", analyst, (f, who) -> {
            var source = f.articleSource();
            var proposal = f.proposal(source);
            var draft = f.draft();
            return call(() -> f.intake.addAsEvidence(source, proposal, draft.id(), AdmiraltyGrade.parse("B2"), null));
        });
        allow("IntakeService.accept(long,Proposal,TransferDraft,AdmiraltyGrade,AdmiraltyGrade,List,List)", analyst,
                (f, who) -> {
                    var source = f.articleSource();
                    var proposal = f.proposal(source);
                    return call(() -> f.intake.accept(source, proposal,
                            TestData.draft("PRK", "RUS", "Accepted with parts " + f.token()), AdmiraltyGrade.parse("B2"),
                            null, proposal.parties(), proposal.shipments()));
                });
    }

    private static void exchange() {
        // Exchange: everyone exports what they may see; analysts import.
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        allow("ExchangeService.export(TransferFilter,OutputStream)", viewer,
                (f, who) -> call(() -> f.exchange.export(TransferFilter.NONE, new ByteArrayOutputStream())));
        allowOn("ExchangeService.export(TransferFilter,OutputStream)", "exporting a draft", analyst, (f, who) -> {
            var draft = f.draft();
            return call(() -> seen(f.exchange.export(f.only(draft), new ByteArrayOutputStream()) == 1));
        });
        allow("ExchangeService.preview(String,byte[],DoubleConsumer)", analyst, (f, who) -> call(() -> f.exchange.preview(
                "matrix.csv", f.importCsv(), share -> { })));
        allow("ExchangeService.importPreview(ImportPreview,IntConsumer)", analyst, (f, who) -> {
            var preview = Accounts.as("analyst", Role.ANALYST, () -> f.exchange.preview("matrix.csv", f.importCsv(), share -> { }));
            return call(() -> f.exchange.importPreview(preview, written -> { }));
        });
    }

    private static void monitoring() {
        // Watches and the inbox: every logged-in user has their own; another user's watch is not found.
        var viewer = Who.VIEWER;
        allow("WatchService.watch(WatchKind,String,String)", viewer,
                (f, who) -> call(() -> f.watches.watch(WatchKind.PAIR, "PRK/RUS", "North Korea and Russia")));
        allow("WatchService.watching(WatchKind,String)", viewer,
                (f, who) -> call(() -> f.watches.watching(WatchKind.PAIR, "PRK/RUS")));
        allow("WatchService.watches()", viewer, (f, who) -> call(() -> f.watches.watches()));
        allow("WatchService.rename(long,String)", viewer, (f, who) -> ownWatch(f, who, id -> f.watches.rename(id, "Renamed")));
        allow("WatchService.setPaused(long,boolean)", viewer, (f, who) -> ownWatch(f, who, id -> f.watches.setPaused(id, true)));
        allow("WatchService.setEmailMode(long,EmailMode)", viewer,
                (f, who) -> ownWatch(f, who, id -> f.watches.setEmailMode(id, EmailMode.DAILY)));
        allow("WatchService.delete(long)", viewer, (f, who) -> ownWatch(f, who, f.watches::delete));
        allow("WatchService.mailAddress()", viewer, (f, who) -> call(() -> f.watches.mailAddress()));
        allow("WatchService.setMailAddress(String)", viewer, (f, who) -> call(() -> {
            f.watches.setMailAddress("matrix@example.org");
            return null;
        }));
        allow("ChangeFeedService.changes(String,int)", viewer, (f, who) -> call(() -> f.changeFeed.changes(null, 5)));
        allow("ChangeFeedService.watchFeed(long)", viewer, (f, who) -> {
            var role = who.role == null ? Role.VIEWER : who.role;
            var watch = Accounts.as(role.dbValue(), role, () -> f.watches.watch(WatchKind.PAIR, "PRK/RUS", "Matrix feed"));
            return call(() -> f.changeFeed.watchFeed(watch));
        });
        allow("InboxService.unreadCount()", viewer, (f, who) -> call(() -> f.inbox.unreadCount()));
        allow("InboxService.inbox()", viewer, (f, who) -> call(() -> f.inbox.inbox()));
        allow("InboxService.markRead(long)", viewer, (f, who) -> call(() -> {
            f.inbox.markRead(Long.MAX_VALUE);
            return null;
        }));
        allow("InboxService.markAllRead()", viewer, (f, who) -> call(() -> f.inbox.markAllRead()));
        allow("ListVisitService.visit(String)", viewer, (f, who) -> call(() -> f.listVisits.visit(ListVisitService.TRANSFERS)));
        allow("ListVisitService.marks(OffsetDateTime,Collection)", viewer,
                (f, who) -> call(() -> f.listVisits.marks(java.time.OffsetDateTime.now(), List.of(1L))));
    }

    /** The attempt on a watch of the caller's own (made as the caller beforehand). */
    private static Prepared ownWatch(AccessMatrixTest f, Who who, java.util.function.LongConsumer action) {
        var role = who.role == null ? Role.VIEWER : who.role;
        var watch = Accounts.as(role.dbValue(), role, () -> f.watches.watch(WatchKind.PARTY,
                Long.toString(1 + new SecureRandom().nextInt(1_000_000)), "Matrix watch"));
        return call(() -> {
            action.accept(watch);
            return null;
        });
    }

    private static void apiTokens() {
        // API tokens: every logged-in user manages their own; the API filter authenticates before anyone is logged in.
        var anyone = Who.ANONYMOUS;
        var viewer = Who.VIEWER;
        allow("ApiTokenService.create(String)", viewer, (f, who) -> call(() -> f.tokens.create("matrix script")));
        allow("ApiTokenService.mine()", viewer, (f, who) -> call(() -> f.tokens.mine()));
        allow("ApiTokenService.revoke(long)", viewer, (f, who) -> {
            var role = who.role == null ? Role.VIEWER : who.role;
            var token = Accounts.as(role.dbValue(), role, () -> f.tokens.create("matrix script")).token().id();
            return call(() -> {
                f.tokens.revoke(token);
                return null;
            });
        });
        allowOn("ApiTokenService.revoke(long)", "someone else's token", null, (f, who) -> {
            var owner = f.account(Role.VIEWER);
            var token = Accounts.as(owner.user().username(), Role.VIEWER, () -> f.tokens.create("matrix script")).token().id();
            return call(() -> {
                f.tokens.revoke(token);
                return null;
            });
        });
        allow("ApiTokenService.authenticate(String)", anyone, (f, who) -> call(() -> f.tokens.authenticate("tw_not-a-token")));
    }

    private static void audit() {
        // Audit: any change is audited on behalf of whoever made it (the services call in); viewers and above read
        // a transfer's history (TransferService.history adds the rule on drafts).
        var anyone = Who.ANONYMOUS;
        var viewer = Who.VIEWER;
        allow("AuditService.record(AuditEntry)", anyone, (f, who) -> call(() -> {
            f.audit.record(new AuditEntry("source", f.token(), "update", null, null, null));
            return null;
        }));
        allow("AuditService.recordAll(String,Select)", anyone, (f, who) -> call(() -> f.audit.recordAll("source",
                DSL.select(DSL.inline(f.token()), DSL.inline("update"), DSL.inline(null, Long.class),
                        DSL.inline(null, JSONB.class), DSL.inline(null, JSONB.class)))));
        allow("AuditService.transferHistory(long)", viewer, (f, who) -> {
            var published = f.published();
            return call(() -> f.audit.transferHistory(published.id()).getFirst());
        });
    }

    private static void accounts() {
        // Accounts: administrators manage users; everyone changes their own password.
        var anyone = Who.ANONYMOUS;
        var viewer = Who.VIEWER;
        var admin = Who.ADMIN;
        allow("UserService.findAll()", admin, (f, who) -> call(() -> f.users.findAll().getFirst()));
        allow("UserService.accounts()", admin, (f, who) -> call(() -> f.users.accounts().getFirst()));
        allow("UserService.displayName(long)", viewer, (f, who) -> call(() -> f.users.displayName(f.demoUserId()).orElseThrow()));
        allow("UserService.exists(String)", admin, (f, who) -> call(() -> f.users.exists("viewer")));
        allow("UserService.findEnabled(long)", anyone, (f, who) -> call(() -> f.users.findEnabled(f.demoUserId()).orElseThrow()));
        allow("UserService.createIfMissing(String,String,String,Role)", admin, (f, who) -> call(() -> f.users.createIfMissing(
                Accounts.uniqueUsername("matrix"), "Matrix user", Accounts.PASSWORD, Role.VIEWER)));
        allow("UserService.create(String,String,Role,String)", admin, (f, who) -> call(
                () -> f.users.create(Accounts.uniqueUsername("matrix"), "Matrix user", Role.VIEWER, Accounts.PASSWORD)));
        allow("UserService.changeRole(long,int,Role)", admin, (f, who) -> {
            var account = f.account(Role.VIEWER);
            return call(() -> {
                f.users.changeRole(account.user().id(), account.version(), Role.ANALYST);
                return null;
            });
        });
        allow("UserService.disable(long,int)", admin, (f, who) -> {
            var account = f.account(Role.VIEWER);
            return call(() -> {
                f.users.disable(account.user().id(), account.version());
                return null;
            });
        });
        allow("UserService.enable(long,int)", admin, (f, who) -> {
            var account = f.disabledAccount();
            return call(() -> {
                f.users.enable(account.user().id(), account.version());
                return null;
            });
        });
        allow("UserService.resetPassword(long,int,String)", admin, (f, who) -> {
            var account = f.account(Role.VIEWER);
            return call(() -> {
                f.users.resetPassword(account.user().id(), account.version(), "a temporary passphrase 7");
                return null;
            });
        });
        allow("UserService.passwordChangeRequired(long)", admin,
                (f, who) -> call(() -> f.users.passwordChangeRequired(f.demoUserId())));
        allow("UserService.changeOwnPassword(String,String,String)", viewer, (f, who) -> {
            // A fresh account of the caller's role, so that no demo user's password changes.
            var account = f.account(who.role == null ? Role.VIEWER : who.role);
            return new Prepared(account.user().username(), () -> {
                f.users.changeOwnPassword(Accounts.PASSWORD, "another long passphrase 42", "another long passphrase 42");
                return null;
            });
        });
    }

    private static void loggingIn() {
        // Logging in: runs before anyone is logged in.
        var anyone = Who.ANONYMOUS;
        allow("AppUserDetailsService.loadUserByUsername(String)", anyone,
                (f, who) -> call(() -> f.userDetails.loadUserByUsername("viewer")));
        allow("LoginAttempts.refusedUntil(String,String)", anyone,
                (f, who) -> call(() -> f.loginAttempts.refusedUntil("viewer", "192.0.2.200")));
        allow("LoginAttempts.checkThrottled(String,String,Supplier)", anyone, (f, who) -> call(
                () -> f.loginAttempts.checkThrottled(Accounts.uniqueUsername("matrix"), "192.0.2.202", () -> "checked")));
        allow("LoginAttempts.recordRefused(String,String,LoginOutcome)", anyone, (f, who) -> call(() -> {
            f.loginAttempts.recordRefused(Accounts.uniqueUsername("matrix"), "192.0.2.201", LoginOutcome.FAILURE);
            return null;
        }));
        allow("LoginAttempts.onLogin(InteractiveAuthenticationSuccessEvent)", anyone, (f, who) -> call(() -> {
            f.loginAttempts.onLogin(new InteractiveAuthenticationSuccessEvent(UsernamePasswordAuthenticationToken
                .authenticated("viewer", null, Role.VIEWER.authorities()), AccessMatrixTest.class));
            return null;
        }));
    }

    private static void designations() {
        // Designations: everyone logged in searches and reads them; administrators import list files. The
        // sanctions regimes and their provisions are reference data like the catalogue.
        var viewer = Who.VIEWER;
        var admin = Who.ADMIN;
        allow("DesignationService.search(String,int,int)", viewer,
                (f, who) -> call(() -> f.designations.search("korea mining dev", 0, 5).getFirst()));
        allow("DesignationService.count(String)", viewer, (f, who) -> call(() -> f.designations.count("komid")));
        allow("DesignationService.searchWithTotal(String,int,int)", viewer,
                (f, who) -> call(() -> f.designations.searchWithTotal("komid", 0, 10).total()));
        allow("DesignationService.page(long)", viewer, (f, who) -> {
            var id = Accounts.as("viewer", Role.VIEWER, () -> f.designations.search("KPe.001", 0, 1).getFirst().id());
            return call(() -> f.designations.page(id));
        });
        allow("DesignationService.preview(String,byte[])", admin,
                (f, who) -> call(() -> f.designations.preview("un.xml", TestFiles.shipped())));
        allow("DesignationService.apply(DesignationImportPlan)", admin, (f, who) -> {
            var plan = Accounts.as("admin", Role.ADMIN, () -> f.designations.preview("un.xml", TestFiles.withoutKomid()));
            return call(() -> f.designations.apply(plan));
        });
        allow("DesignationService.findAll(Collection)", viewer, (f, who) -> {
            var id = Accounts.as("viewer", Role.VIEWER, () -> f.designations.search("KPe.001", 0, 1).getFirst().id());
            return call(() -> f.designations.findAll(List.of(id)).getFirst());
        });
        allow("SanctionsService.provisionsOfRegime(String)", viewer,
                (f, who) -> call(() -> f.sanctions.provisionsOfRegime("DPRK").getFirst()));
    }

    private static void places() {
        // The gazetteer: everyone logged in reads and searches it; administrators add and correct places.
        var viewer = Who.VIEWER;
        var admin = Who.ADMIN;
        allow("PlaceService.all()", viewer, (f, who) -> call(() -> f.places.all().getFirst()));
        allow("PlaceService.find(long)", viewer, (f, who) -> {
            var id = f.place().id();
            return call(() -> f.places.find(id).orElseThrow());
        });
        allow("PlaceService.findAll(Collection)", viewer, (f, who) -> {
            var id = f.place().id();
            return call(() -> f.places.findAll(List.of(id)).getFirst());
        });
        allow("PlaceService.search(String,int,int)", viewer, (f, who) -> call(() -> f.places.search("rason", 0, 10).getFirst()));
        allow("PlaceService.count(String)", viewer, (f, who) -> call(() -> f.places.count("rajin")));
        allow("PlaceService.named(String)", viewer, (f, who) -> call(() -> f.places.named("rason").getFirst()));
        allow("PlaceService.create(PlaceDraft)", admin, (f, who) -> call(() -> f.places.create(f.placeDraft("Matrix port "
                + f.token()))));
        allow("PlaceService.update(long,PlaceDraft,int)", admin, (f, who) -> {
            var place = f.place();
            return call(() -> {
                f.places.update(place.id(), f.placeDraft(place.name()), place.version());
                return null;
            });
        });
    }

    private static void referenceData() {
        // Reference data: read by everyone logged in.
        var viewer = Who.VIEWER;
        allow("CountryService.findByCode(String)", viewer, (f, who) -> call(() -> f.countries.findByCode("PRK").orElseThrow()));
        allow("CountryService.search(String,int)", viewer, (f, who) -> call(() -> f.countries.search("Korea", 5).getFirst()));
        allow("CountryService.search(String,int,int)", viewer,
                (f, who) -> call(() -> f.countries.search("Korea", 0, 5).getFirst()));
        allow("CountryService.asSearch()", viewer, (f, who) -> call(() -> f.countries.asSearch()));
        allow("CountryService.resolveAlias(String)", viewer,
                (f, who) -> call(() -> f.countries.resolveAlias("Pyongyang").orElseThrow()));
        allow("CountryService.aliases()", viewer, (f, who) -> call(() -> f.countries.aliases().getFirst()));
        allow("CountryService.forgetAliases()", viewer, (f, who) -> call(() -> {
            f.countries.forgetAliases();
            return null;
        }));
        allow("CategoryService.findAll()", viewer, (f, who) -> call(() -> f.categories.findAll().getFirst()));
        allow("CategoryService.findByCode(String)", viewer, (f, who) -> call(() -> f.categories.findByCode("ML3").orElseThrow()));
        allow("CountryService.resolve(String)", viewer, (f, who) -> call(() -> f.countries.resolve("N. Korea").orElseThrow()));
        allow("CountryService.aliasesOf(String)", viewer, (f, who) -> call(() -> f.countries.aliasesOf("PRK").getFirst()));
        allow("CategoryService.resolve(String)", viewer, (f, who) -> call(() -> f.categories.resolve("drones").orElseThrow()));
        allow("CategoryService.keywords()", viewer, (f, who) -> call(() -> f.categories.keywords().getFirst()));
        // Reference data staff keep: administrators add and remove aliases, actors and keywords.
        var admin = Who.ADMIN;
        allow("CountryService.addAlias(String,String,String)", admin,
                (f, who) -> call(() -> f.countries.addAlias("PRK", "Matrix alias " + f.token(), "name")));
        allow("CountryService.removeAlias(long)", admin, (f, who) -> {
            var alias = Accounts.as("admin", Role.ADMIN, () -> f.countries.addAlias("PRK", "Matrix alias " + f.token(), "name"));
            return call(() -> {
                f.countries.removeAlias(alias.id());
                return null;
            });
        });
        allow("CountryService.addActor(String,ActorKind,String)", admin,
                (f, who) -> call(() -> f.countries.addActor("Matrix militia " + f.token(), ActorKind.NON_STATE_ACTOR, "")));
        allow("CategoryService.addKeyword(String,String)", admin,
                (f, who) -> call(() -> f.categories.addKeyword("ML4", "matrix word " + f.token())));
        allow("CategoryService.removeKeyword(long)", admin, (f, who) -> {
            var keyword = Accounts.as("admin", Role.ADMIN, () -> f.categories.addKeyword("ML4", "matrix word " + f.token()));
            return call(() -> {
                f.categories.removeKeyword(keyword.id());
                return null;
            });
        });
    }


    private static void transferParts() {
        // A transfer's parties and shipments follow the transfer: viewers read those of published transfers,
        // analysts change those of drafts, reviewers those of any transfer.
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        var reviewer = Who.REVIEWER;
        for (var read : List.of("partiesOf", "designatedPartyInvolved", "designatedParties", "shipmentsOf")) {
            var method = (read.equals("shipmentsOf") ? "ShipmentService." : "TransferPartyService.") + read + "(long)";
            allow(method, viewer, (f, who) -> {
                var published = f.published();
                return call(() -> f.readParts(read, published.id()));
            });
            allowOn(method, "of a draft", analyst, (f, who) -> {
                var draft = f.draft();
                return call(() -> f.readParts(read, draft.id()));
            });
        }
        for (var on : List.of("", "of a published transfer")) {
            var least = on.isEmpty() ? analyst : reviewer;
            edit("TransferPartyService.addParty(long,NewTransferParty)", on, least, (f, transfer) -> {
                var party = f.newParty();
                return () -> f.transferParties.addParty(transfer, party);
            });
            edit("TransferPartyService.updateParty(long,int,PartyRole,String)", on, least, (f, transfer) -> {
                var role = f.transferParty(transfer);
                return () -> {
                    f.transferParties.updateParty(role, 0, PartyRole.BROKER, "Arranged it.");
                    return null;
                };
            });
            edit("TransferPartyService.removeParty(long,int)", on, least, (f, transfer) -> {
                var role = f.transferParty(transfer);
                return () -> {
                    f.transferParties.removeParty(role, 0);
                    return null;
                };
            });
            edit("TransferPartyService.addPartyClaim(long,NewClaim)", on, least, (f, transfer) -> {
                var role = f.transferParty(transfer);
                var source = f.source();
                return () -> f.transferParties.addPartyClaim(role, f.claim(source));
            });
            edit("TransferPartyService.removePartyClaim(long)", on, least, (f, transfer) -> {
                var role = f.transferParty(transfer);
                var source = f.source();
                var claim = Accounts.as("reviewer", Role.REVIEWER, () -> f.transferParties.addPartyClaim(role, f.claim(source)));
                return () -> {
                    f.transferParties.removePartyClaim(claim);
                    return null;
                };
            });
            edit("ShipmentService.addShipment(long,ShipmentDraft,List)", on, least, (f, transfer) -> {
                var leg = f.leg();
                return () -> f.shipments.addShipment(transfer, leg, List.of());
            });
            edit("ShipmentService.updateShipment(long,int,ShipmentDraft)", on, least, (f, transfer) -> {
                var leg = f.shipment(transfer);
                var edited = f.leg();
                return () -> {
                    f.shipments.updateShipment(leg, 0, edited);
                    return null;
                };
            });
            edit("ShipmentService.removeShipment(long,int)", on, least, (f, transfer) -> {
                var leg = f.shipment(transfer);
                return () -> {
                    f.shipments.removeShipment(leg, 0);
                    return null;
                };
            });
            edit("ShipmentService.addShipmentClaim(long,NewClaim)", on, least, (f, transfer) -> {
                var leg = f.shipment(transfer);
                var source = f.source();
                return () -> f.shipments.addShipmentClaim(leg, f.claim(source));
            });
            edit("ShipmentService.removeShipmentClaim(long)", on, least, (f, transfer) -> {
                var leg = f.shipment(transfer);
                var source = f.source();
                var claim = Accounts.as("reviewer", Role.REVIEWER, () -> f.shipments.addShipmentClaim(leg, f.claim(source)));
                return () -> {
                    f.shipments.removeShipmentClaim(claim);
                    return null;
                };
            });
        }
        allow("SanctionsService.designationPowers(String,TransferScope)", viewer, (f, who) -> call(
                () -> f.sanctions.designationPowers("DPRK", new TransferScope("PRK", "RUS", "arms", null, "shells", null, null))
                    .getFirst()));
        // The party feature's ports, implemented by the transfer feature.
        allow("PartyInvolvementService.transfersOf(long)", viewer, (f, who) -> {
            var party = f.transferParty(f.published().id());
            var partyId = f.partyOfRole(party);
            return call(() -> f.partyTransfers.transfersOf(partyId).getFirst());
        });
        allowOn("PartyInvolvementService.transfersOf(long)", "in a draft", analyst, (f, who) -> {
            var partyId = f.partyOfRole(f.transferParty(f.draft().id()));
            return call(() -> seen(!f.partyTransfers.transfersOf(partyId).isEmpty()));
        });
        allow("PartyInvolvementService.shipmentsOf(long)", viewer, (f, who) -> {
            f.shipment(f.published().id());
            return call(() -> f.partyTransfers.shipmentsOf(f.vesselId).getFirst());
        });
        allowOn("PartyInvolvementService.shipmentsOf(long)", "in a draft", analyst, (f, who) -> {
            f.shipment(f.draft().id());
            return call(() -> seen(!f.partyTransfers.shipmentsOf(f.vesselId).isEmpty()));
        });
        // The designation feature's port, implemented by the party feature: the demo's shipping company is a
        // possible match of KPe.061.
        allow("DesignationPartiesService.partiesOf(long)", viewer, (f, who) -> {
            var id = Accounts.as("viewer", Role.VIEWER, () -> f.designations.search("KPe.061", 0, 1).getFirst().id());
            return call(() -> f.designationParties.partiesOf(id).getFirst());
        });
        allow("PartyLinkMover.moveLinks(long,long)", Who.ADMIN, (f, who) -> {
            var from = f.partyOfRole(f.transferParty(f.draft().id()));
            var into = f.insertParty(PartyKind.COMPANY);
            return call(() -> f.partyLinks.moveLinks(from, into));
        });
    }

    /** A change to a draft's parts (least analyst) or, {@code on} a published transfer, to its parts (reviewer). */
    private static void edit(String method, String on, Who least, PartEdit edit) {
        Setup setup = (f, who) -> {
            var transfer = on.isEmpty() ? f.draft() : f.published();
            return call(edit.prepare(f, transfer.id()));
        };
        if (on.isEmpty()) {
            allow(method, least, setup);
        }
        else {
            allowOn(method, on, least, setup);
        }
    }

    @FunctionalInterface
    interface PartEdit {

        Attempt prepare(AccessMatrixTest fixture, long transferId);

    }

    private static void partyRecords() {
        // Party records: everyone logged in reads them and their matches; analysts record and edit them and
        // confirm or reject matches; administrators merge two records of one party.
        var viewer = Who.VIEWER;
        var analyst = Who.ANALYST;
        allow("PartyService.count(String)", viewer, (f, who) -> {
            f.insertParty(PartyKind.COMPANY);
            return call(() -> f.partyService.count("Matrix"));
        });
        allow("PartyService.party(long)", viewer, (f, who) -> {
            var party = f.insertParty(PartyKind.COMPANY);
            return call(() -> f.partyService.party(party));
        });
        allow("PartyService.create(PartyDraft)", analyst, (f, who) -> call(() -> f.partyService.create(f.partyDraft())));
        allow("PartyService.findOrCreate(PartyDraft)", analyst,
                (f, who) -> call(() -> f.partyService.findOrCreate(f.partyDraft())));
        allow("PartyService.update(long,PartyDraft,int)", analyst, (f, who) -> {
            var party = f.recordedParty();
            return call(() -> {
                f.partyService.update(party, f.partyDraft(), 0);
                return null;
            });
        });
        allow("PartyService.merge(long,long,String)", Who.ADMIN, (f, who) -> {
            var from = f.insertParty(PartyKind.COMPANY);
            var into = f.insertParty(PartyKind.COMPANY);
            return call(() -> {
                f.partyService.merge(from, into, "The same company.");
                return null;
            });
        });
        allow("PartyMatchService.matchesOf(long)", viewer, (f, who) -> {
            var match = f.possibleMatch();
            return call(() -> f.partyMatches.matchesOf(match.partyId()).getFirst());
        });
        allow("PartyMatchService.toReview(int)", viewer, (f, who) -> {
            f.possibleMatch();
            return call(() -> f.partyMatches.toReview(10).matches().getFirst());
        });
        allow("PartyMatchService.confirm(long,String,int)", analyst, (f, who) -> {
            var match = f.possibleMatch();
            return call(() -> {
                f.partyMatches.confirm(match.id(), null, match.version());
                return null;
            });
        });
        allow("PartyMatchService.reject(long,String,int)", analyst, (f, who) -> {
            var match = f.possibleMatch();
            return call(() -> {
                f.partyMatches.reject(match.id(), "Another company of that name.", match.version());
                return null;
            });
        });
    }

    private static void partiesAndPlaces() {
        // Party records and the gazetteer: read by everyone logged in.
        var viewer = Who.VIEWER;
        allow("PartyService.find(long)", viewer, (f, who) -> {
            var party = f.insertParty(PartyKind.COMPANY);
            return call(() -> f.partyService.find(party).orElseThrow());
        });
        allow("PartyService.findAll(Collection)", viewer, (f, who) -> {
            var party = f.insertParty(PartyKind.COMPANY);
            return call(() -> f.partyService.findAll(List.of(party)).getFirst());
        });
        allow("PartyService.search(String,int,int)", viewer, (f, who) -> {
            f.insertParty(PartyKind.COMPANY);
            return call(() -> f.partyService.search("Matrix", 0, 5).getFirst());
        });
        allow("PartyService.confirmedDesignations(Collection)", viewer, (f, who) -> {
            var party = f.insertParty(PartyKind.COMPANY);
            return call(() -> f.partyService.confirmedDesignations(List.of(party)));
        });
    }

    @Autowired
    TransferPartyService transferParties;

    @Autowired
    ShipmentService shipments;

    @Autowired
    PartyTransfers partyTransfers;

    @Autowired
    PartyLinks partyLinks;

    @Autowired
    DesignationParties designationParties;

    @Autowired
    PartyService partyService;


    @Autowired
    DSLContext dsl;

    /** The vessel of the last {@link #shipment}. */
    long vesselId;

    @Nullable Object readParts(String read, long transferId) {
        return switch (read) {
            case "partiesOf" -> transferParties.partiesOf(transferId);
            case "designatedPartyInvolved" -> transferParties.designatedPartyInvolved(transferId);
            case "designatedParties" -> transferParties.designatedParties(transferId);
            case "shipmentsOf" -> shipments.shipmentsOf(transferId);
            default -> throw new IllegalArgumentException(read);
        };
    }

    @Autowired
    PartyMatchService partyMatches;

    PartyDraft partyDraft() {
        return new PartyDraft(PartyKind.COMPANY, "Matrix Shipping " + token(), List.of(), "PRK", null, List.of(), List.of());
    }

    long recordedParty() {
        var draft = partyDraft();
        return Accounts.as("analyst", Role.ANALYST, () -> partyService.create(draft));
    }

    /** A shipping company recorded with the IMO company number of KPe.022, hence a possible match. */
    PartyMatch possibleMatch() {
        var draft = new PartyDraft(PartyKind.COMPANY, "Matrix Shipping " + token(), List.of(), "PRK", null,
                List.of(new PartyDraft.Identifier(PartyIdentifierKind.IMO_COMPANY, "5342883")), List.of());
        return Accounts.as("analyst", Role.ANALYST, () -> partyMatches.matchesOf(partyService.create(draft)).getFirst());
    }

    long insertParty(PartyKind kind) {
        var analyst = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("analyst")).fetchSingle(APP_USER.ID);
        var name = "Matrix " + kind.label() + " " + token();
        var id = dsl.insertInto(PARTY).set(PARTY.KIND, kind.dbValue()).set(PARTY.NAME, name)
            .set(PARTY.CREATED_BY, analyst).set(PARTY.UPDATED_BY, analyst).returning(PARTY.ID).fetchSingle(PARTY.ID);
        dsl.insertInto(PARTY_NAME).set(PARTY_NAME.PARTY_ID, id).set(PARTY_NAME.POSITION, 0).set(PARTY_NAME.NAME, name)
            .execute();
        return id;
    }

    long insertPlace(PlaceKind kind) {
        return dsl.insertInto(PLACE).set(PLACE.NAME, "Matrix place " + token()).set(PLACE.KIND, kind.dbValue())
            .set(PLACE.LATITUDE, BigDecimal.ONE).set(PLACE.LONGITUDE, BigDecimal.ONE)
            .set(PLACE.COORDINATE_SOURCE, "matrix").set(PLACE.COORDINATE_LICENCE, "matrix")
            .returning(PLACE.ID).fetchSingle(PLACE.ID);
    }

    NewTransferParty newParty() {
        var source = source();
        return new NewTransferParty(insertParty(PartyKind.COMPANY), PartyRole.SHIPPER, null, List.of(claim(source)));
    }

    /** A party's role in the transfer, added as a reviewer (who may add to any transfer). */
    long transferParty(long transferId) {
        var party = newParty();
        return Accounts.as("reviewer", Role.REVIEWER, () -> transferParties.addParty(transferId, party));
    }

    long partyOfRole(long transferPartyId) {
        return dsl.select(TRANSFER_PARTY.PARTY_ID).from(TRANSFER_PARTY).where(TRANSFER_PARTY.ID.eq(transferPartyId))
            .fetchSingle(TRANSFER_PARTY.PARTY_ID);
    }

    ShipmentDraft leg() {
        vesselId = insertParty(PartyKind.VESSEL);
        return new ShipmentDraft(ShipmentMode.SEA, false, null, vesselId, null, insertPlace(PlaceKind.PORT), null, null,
                null, null, Quantity.UNKNOWN, null);
    }

    /** A leg of the transfer carried by a new vessel ({@link #vesselId}), added as a reviewer. */
    long shipment(long transferId) {
        var leg = leg();
        return Accounts.as("reviewer", Role.REVIEWER, () -> shipments.addShipment(transferId, leg, List.of()));
    }

    @Autowired
    DesignationService designations;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferMergeService merges;

    @Autowired
    BulkTransferService bulk;

    @Autowired
    EvidenceService evidenceService;

    @Autowired
    TransferListService listing;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    TransferCommentService comments;

    @Autowired
    ReviewQueueService queues;

    @Autowired
    ListColumnsService listColumns;

    @Autowired
    WatchService watches;

    @Autowired
    InboxService inbox;

    @Autowired
    ListVisitService listVisits;

    @Autowired
    ChangeFeedService changeFeed;

    @Autowired
    TransferHistoryService transferHistory;

    @Autowired
    TransferSanctionsService transferSanctions;

    @Autowired
    TransferStatisticsService statistics;

    @Autowired
    BriefingService briefings;

    @Autowired
    BriefingDocumentService documents;

    @Autowired
    TransferRouteService routes;

    @Autowired
    SourceService sources;

    @Autowired
    SanctionsService sanctions;

    @Autowired
    CatalogueService catalogue;

    Instrument instrument() {
        return asAdmin(() -> catalogue.instruments(null).getFirst());
    }

    ProvisionDraft provisionDraft() {
        return new ProvisionDraft(instrument().id(), Accounts.uniqueUsername("para"), "A matrix provision.", null, false,
                Conduct.PROHIBITION, Binding.ALL_STATES, List.of("arms"), List.of(), List.of(),
                List.of(new ScopeRow("PRK", null)), LocalDate.of(2020, 1, 1), null);
    }

    <T> T asAdmin(java.util.function.Supplier<T> action) {
        return Accounts.as("admin", Role.ADMIN, action);
    }

    @Autowired
    IntakeService intake;

    @Autowired
    ExchangeService exchange;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AuditService audit;

    @Autowired
    UserService users;

    @Autowired
    AppUserDetailsService userDetails;

    @Autowired
    LoginAttempts loginAttempts;

    @Autowired
    CountryService countries;

    @Autowired
    PlaceService places;

    /** A place added by an administrator, as they loaded it. */
    Place place() {
        return asAdmin(() -> places.find(places.create(placeDraft("Matrix port " + token()))).orElseThrow());
    }

    PlaceDraft placeDraft(String name) {
        return new PlaceDraft(name, PlaceKind.PORT, "RUS", List.of(), new BigDecimal("43.1"),
                new BigDecimal("131.9"), "Matrix test", "none");
    }

    @Autowired
    CategoryService categories;

    @Autowired
    CurrentUser currentUser;

    private final SecureRandom random = new SecureRandom();

    static Stream<Arguments> checks() {
        return ACTIONS.stream().flatMap(action -> Arrays.stream(Who.values()).map(who -> Arguments.of(action, who)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("checks")
    void each_role_may_do_what_the_role_model_allows_and_is_refused_by_the_service_otherwise(Action action, Who who)
            throws Exception {
        var prepared = action.setup().prepare(this, who);
        var allowed = action.least() != null && who.atLeast(action.least());
        Object result;
        Exception refusal = null;
        try {
            result = runAs(who, prepared.username(), prepared.attempt());
        }
        catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            result = null;
            refusal = e;
        }
        catch (NotFoundException e) {
            if (!action.rowLevel()) {
                throw e;
            }
            result = HIDDEN;
            refusal = e;
        }
        if (allowed) {
            assertThat(refusal).as("%s by %s must be allowed", action, who).isNull();
            assertThat(result).as("%s by %s must reach the row", action, who).isNotSameAs(HIDDEN);
        }
        else if (refusal == null && result != HIDDEN) {
            fail("%s by %s must be refused by the service, but it returned %s", action, who, result);
        }
        else if (!action.rowLevel() && !(refusal instanceof AccessDeniedException
                || refusal instanceof AuthenticationCredentialsNotFoundException)) {
            fail("%s by %s must be refused for lack of rights, not %s", action, who, refusal);
        }
    }

    @Test
    void every_public_service_method_is_in_the_matrix() {
        var discovered = new TreeSet<String>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        for (var candidate : scanner.findCandidateComponents("org.transferwatch")) {
            try {
                var type = Class.forName(candidate.getBeanClassName());
                for (var method : type.getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                            && !method.isSynthetic() && !method.isBridge()) {
                        discovered.add(key(method));
                    }
                }
            }
            catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        var inTable = ACTIONS.stream().map(Action::method).collect(Collectors.toCollection(TreeSet::new));
        var missing = new TreeSet<>(discovered);
        missing.removeAll(inTable);
        missing.removeAll(NOT_DATA.keySet());
        assertThat(missing).as("service methods without a row in the access matrix: add them to ACTIONS").isEmpty();
        var stale = new TreeSet<>(inTable);
        stale.addAll(NOT_DATA.keySet());
        stale.removeAll(discovered);
        assertThat(stale).as("rows for methods that no longer exist").isEmpty();
        assertThat(discovered).hasSizeGreaterThan(60);
        System.out.printf("Access matrix: %d service methods (%d more that touch no data), %d actions (%d on single rows),"
                + " %d role x action checks%n", inTable.size(), NOT_DATA.size(), ACTIONS.size(),
                ACTIONS.stream().filter(Action::rowLevel).count(), ACTIONS.size() * Who.values().length);
    }

    static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    private @Nullable Object runAs(Who who, @Nullable String username, Attempt attempt) throws Exception {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        if (who.role == null) {
            context.setAuthentication(new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        }
        else {
            var principal = User
                .withUsername(username == null ? who.role.dbValue() : username)
                .password("unused")
                .authorities(who.role.authorities())
                .build();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, who.role.authorities()));
        }
        SecurityContextHolder.setContext(context);
        try {
            return attempt.run();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    // Fixtures, made with the rights of whoever may make them.

    /** A transfer as the caller loaded it. */
    record Loaded(long id, int version, String token) {
    }

    String token() {
        var bytes = new byte[5];
        random.nextBytes(bytes);
        // Letters only: it is searched for as a word.
        return HexFormat.of().formatHex(bytes).chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26)))
            .collect(Collectors.joining());
    }

    Loaded draft() {
        var token = token();
        return Accounts.as("analyst", Role.ANALYST, () -> {
            var id = transfers.createDraft(TestData.draft("PRK", "RUS", "Matrix shells " + token));
            return new Loaded(id, transfers.version(id).orElseThrow(), token);
        });
    }

    /** A draft the demo analyst submitted for review. */
    Loaded submitted() {
        var draft = draft();
        Accounts.as("analyst", Role.ANALYST, () -> reviews.submit(draft.id()));
        return draft;
    }

    /** A transfer published, then retracted. */
    Loaded retracted() {
        var published = published();
        return Accounts.as("reviewer", Role.REVIEWER, () -> {
            reviews.retract(published.id(), published.version(), "Withdrawn by the agency.");
            return new Loaded(published.id(), transfers.version(published.id()).orElseThrow(), published.token());
        });
    }

    /** A new claim on the transfer, added by whoever may add it there; its id (at version 0). */
    long newClaimOn(long transferId) {
        var source = source();
        return Accounts.as("reviewer", Role.REVIEWER, () -> evidenceService.addClaim(transferId, claim(source)));
    }

    Loaded published() {
        var draft = draft();
        return Accounts.as("reviewer", Role.REVIEWER, () -> {
            reviews.publish(draft.id(), draft.version());
            return new Loaded(draft.id(), transfers.version(draft.id()).orElseThrow(), draft.token());
        });
    }

    /** A filter that matches the transfer alone (its item carries a word of its own). */
    BriefingRequest briefingRequest(boolean drafts) {
        return new BriefingRequest(new BriefingScope("PRK", "RUS", BriefingScope.Direction.BOTH, null, null, Set.of(), drafts),
                "Access check", "OFFICIAL", "");
    }

    TransferFilter only(Loaded transfer) {
        return TransferFilter.NONE.withText(transfer.token());
    }

    @Nullable Object readTransfer(String read, long id) {
        return switch (read) {
            case "details" -> transfers.details(id);
            case "evidence" -> evidenceService.evidence(id);
            case "claims" -> evidenceService.claims(id);
            case "history" -> transferHistory.history(id).getFirst();
            case "sanctionsLinks" -> transferSanctions.sanctionsLinks(id);
            case "suggestedProvisions" -> transferSanctions.suggestedProvisions(id).getFirst();
            default -> throw new IllegalArgumentException(read);
        };
    }

    NewSource newSource() {
        var token = token();
        return new NewSource(SourceKind.NEWS_ARTICLE, "Matrix report " + token, "Matrix Wire", null,
                "https://example.org/matrix/" + token, LocalDate.of(2024, 3, 1), "en", null);
    }

    long source() {
        var source = newSource();
        return Accounts.as("analyst", Role.ANALYST, () -> sources.add(source).source().id());
    }

    NewClaim claim(long sourceId) {
        return new NewClaim(sourceId, "Shells were delivered, officials said (" + token() + ").", Stance.SUPPORTS,
                AdmiraltyGrade.parse("B2"));
    }

    /** A new source with a claim on the transfer, made as a reviewer (who may add to any transfer). */
    long claimOn(long transferId) {
        var source = source();
        Accounts.as("reviewer", Role.REVIEWER, () -> evidenceService.addClaim(transferId, claim(source)));
        return source;
    }

    long provision() {
        return Accounts.as("viewer", Role.VIEWER, () -> sanctions.activeProvisions().getFirst().id());
    }

    /** A source whose text the intake assistant reads as one transfer. */
    long articleSource() {
        var token = token();
        var source = new NewSource(SourceKind.NEWS_ARTICLE, "Matrix article " + token, "Matrix Wire", null, null,
                LocalDate.of(2024, 3, 1), "en",
                "North Korea delivered 500 artillery shells to Russia in January 2024, officials said (" + token + ").");
        return Accounts.as("analyst", Role.ANALYST, () -> sources.add(source).source().id());
    }

    Proposal proposal(long sourceId) {
        return Accounts.as("analyst", Role.ANALYST, () -> intake.read(sourceId).reading().proposals().getFirst());
    }

    byte[] importCsv() {
        return ("supplier,recipient,kind,item,status,confidence\r\nIran,Russia,arms,Matrix drones " + token()
                + ",reported,low\r\n").getBytes(StandardCharsets.UTF_8);
    }

    long demoUserId() {
        return Accounts.as("viewer", Role.VIEWER, () -> currentUser.require().id());
    }

    UserAccount account(Role role) {
        var id = Accounts.create(users, Accounts.uniqueUsername("matrix"), role);
        return Accounts.as("admin", Role.ADMIN,
                () -> users.accounts().stream().filter(a -> a.user().id() == id).findFirst().orElseThrow());
    }

    UserAccount disabledAccount() {
        var account = account(Role.VIEWER);
        return Accounts.as("admin", Role.ADMIN, () -> {
            users.disable(account.user().id(), account.version());
            return users.accounts().stream().filter(a -> a.user().id() == account.user().id()).findFirst().orElseThrow();
        });
    }

}
