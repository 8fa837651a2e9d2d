package org.transferwatch.transfer;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.audit.FieldChange;
import org.transferwatch.audit.HistoryEntry;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.CountryService;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.sanctions.Provision;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.sanctions.TransferScope;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceService;

/**
 * Transfers and their evidence. Viewers see published transfers only; analysts create and edit
 * drafts and their evidence; reviewers publish and retract. Every change writes an audit event in the
 * same transaction, and every save is checked against the version the user loaded.
 */
@Service
public class TransferService {

    /** The longest reason for a retraction (and the database's limit, V041). */
    public static final int MAX_REVIEW_NOTE = 2_000;

    /** The longest search text a filter may carry, as in a link's {@code q} parameter. */
    public static final int MAX_SEARCH_TEXT = 200;

    /** Rows an import stages and writes per round of statements; progress is told after each round. */
    static final int IMPORT_CHUNK = 10_000;

    /** The most problems a refused import lists, whether the file, its rows or the database's reference check found them. */
    public static final int MAX_LISTED_IMPORT_PROBLEMS = 20;

    /**
     * Up to this many matching transfers, the grid's count is exact; beyond, it says "more than" this. Ten
     * thousand rows are counted in a few milliseconds, the 150,000 of a busy country pair in 50 to 100.
     */
    public static final int EXACT_COUNT_LIMIT = 10_000;

    private final TransferRepository transfers;

    private final ClaimRepository claims;

    private final SourceService sources;

    private final SanctionsService sanctions;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    private final CountryService countries;

    private final CategoryService categories;

    private final TransferStatisticsRepository tallies;

    TransferService(TransferRepository transfers, ClaimRepository claims, SourceService sources,
            SanctionsService sanctions, AuditService audit, CurrentUser currentUser, UserService users,
            CountryService countries, CategoryService categories, TransferStatisticsRepository tallies) {
        this.tallies = tallies;
        this.users = users;
        this.countries = countries;
        this.categories = categories;
        this.transfers = transfers;
        this.claims = claims;
        this.sources = sources;
        this.sanctions = sanctions;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * One page of the transfers the current user may see that match the filter. One statement, so no
     * transaction (see {@link #pageWithCount}): the grid asks for a page at every scroll.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public List<TransferRow> page(TransferFilter filter, TransferSort sort, int offset, int limit) {
        return transfers.page(visibleSelection(filter), sort, offset, limit);
    }

    /**
     * The exact number of transfers the current user may see that match the filter: from the pair tally when
     * the filter names only states, direction, kind or review state, otherwise by reading every matching
     * transfer. One statement, so no transaction (see {@link #pageWithCount}).
     */
    @PreAuthorize("hasRole('VIEWER')")
    public int count(TransferFilter filter) {
        if (TransferRepository.onlyTalliedCriteria(filter)) {
            return tallies.tallyCount(filter, seesPublishedOnly());
        }
        return transfers.countMatching(visibleCondition(filter));
    }

    /**
     * What the transfers grid shows for a filter: one page, and the count, exact up to
     * {@value #EXACT_COUNT_LIMIT} and "more than" that beyond, in one call and one statement. No transaction:
     * one statement reads one snapshot, and BEGIN and COMMIT would be two more round trips to the database.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public TransferPage pageWithCount(TransferFilter filter, TransferSort sort, int offset, int limit) {
        return transfers.pageWithCount(visibleSelection(filter), sort, offset, limit, EXACT_COUNT_LIMIT);
    }

    /**
     * The next page of the transfers the user may see that match the filter, newest first, after the
     * transfer {@code afterId} (keyset paging, for the API): the same rows, in the same order, as
     * {@link #page} with {@link TransferSort#NEWEST}.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<TransferRow> pageAfter(TransferFilter filter, @Nullable Long afterId, int limit) {
        var selection = visibleSelection(filter);
        if (afterId != null) {
            selection = selection.and(TransferRepository.transferId().lt(afterId));
        }
        return transfers.page(selection, TransferSort.NEWEST, 0, limit);
    }

    /**
     * Streams every transfer the user may see that matches the filter, oldest first, to {@code out} as the
     * records of the exchange CSV (without its header), inside one read-only transaction: the database
     * formats them and memory stays flat however many rows match. Viewers export published transfers only.
     * Returns the number of records.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long exportCsv(TransferFilter filter, OutputStream out) {
        return transfers.exportCsv(visibleCondition(filter), sources.titlesAndUrls("best_source"), out);
    }

    /**
     * Creates or updates imported transfers by their natural keys, with their claims, in chunks of
     * {@value #IMPORT_CHUNK} rows: each chunk is copied into a staging table (COPY) and written set-based,
     * with one statement for the transfers, one for their claims and one for the search documents of those
     * that changed. New transfers are drafts. An analyst's import changes
     * drafts only and leaves published or retracted transfers as they are; a reviewer's changes any.
     * It must run inside the caller's transaction, which makes the import all or nothing and records
     * the one audit event of the import (no event per transfer). Analysts and above.
     *
     * @param progress told the number of rows written so far after every chunk
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(propagation = Propagation.MANDATORY)
    public ImportOutcome importTransfers(List<ImportedTransfer> rows, IntConsumer progress) {
        var user = currentUser.require();
        var problems = new java.util.ArrayList<String>();
        var keys = new java.util.HashSet<String>();
        for (var row : rows) {
            if (row.naturalKey().isBlank() || row.naturalKey().length() > ImportedTransfer.MAX_NATURAL_KEY) {
                problems.add("The natural key \"" + row.naturalKey() + "\" must have 1 to "
                        + ImportedTransfer.MAX_NATURAL_KEY + " characters.");
            }
            else if (!keys.add(row.naturalKey())) {
                problems.add("The natural key \"" + row.naturalKey() + "\" appears twice.");
            }
            row.draft().problems().forEach(problem -> problems.add(row.naturalKey() + ": " + problem.message()));
            if (problems.size() > MAX_LISTED_IMPORT_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        var mayChangeReviewed = user.role().includes(Role.REVIEWER);
        transfers.prepareBulkWrite();
        // Each transfer's search document is computed once, after its claim is written (V022); a failure rolls
        // the setting back with the rest of the transaction.
        transfers.deferSearchDocuments(true);
        var outcome = importChunks(rows, user.id(), mayChangeReviewed, progress);
        transfers.deferSearchDocuments(false);
        return outcome;
    }

    private ImportOutcome importChunks(List<ImportedTransfer> rows, long userId, boolean mayChangeReviewed,
            IntConsumer progress) {
        var outcome = ImportOutcome.NONE;
        for (int start = 0; start < rows.size(); start += IMPORT_CHUNK) {
            var chunk = rows.subList(start, Math.min(rows.size(), start + IMPORT_CHUNK));
            transfers.prepareStaging();
            transfers.stage(chunk);
            var unknown = transfers.stagedReferenceProblems(MAX_LISTED_IMPORT_PROBLEMS);
            if (!unknown.isEmpty()) {
                // Thrown inside the caller's transaction, which rolls back every chunk written before.
                throw new ValidationException(unknown);
            }
            transfers.upsertStaged(userId, mayChangeReviewed);
            claims.importStaged(userId, mayChangeReviewed);
            // New transfers got their search document with the row; changed ones are refreshed once here.
            transfers.refreshTouchedSearchDocuments();
            outcome = outcome.plus(transfers.stagedOutcome(mayChangeReviewed));
            progress.accept(start + chunk.size());
        }
        return outcome;
    }

    /** Whether the current user sees published transfers only (viewers) rather than drafts and retractions too. */
    boolean seesPublishedOnly() {
        return !currentUser.has(Role.ANALYST);
    }

    Condition visibleCondition(TransferFilter filter) {
        if (filter.text() != null && filter.text().length() > MAX_SEARCH_TEXT) {
            throw new ValidationException("The search text is limited to " + MAX_SEARCH_TEXT + " characters.");
        }
        var condition = TransferRepository.condition(filter);
        if (filter.issuerCode() != null) {
            condition = condition.and(sanctions.hasConfirmedLinkFromIssuer(filter.issuerCode(), TransferRepository.transferId()));
        }
        if (filter.flagged()) {
            condition = condition.and(sanctions.hasConfirmedLink(TransferRepository.transferId()));
        }
        if (seesPublishedOnly()) {
            condition = condition.and(TransferRepository.visibleToViewers());
        }
        return condition;
    }

    /**
     * The transfers the user may see that match the filter, split by direction when the filter names a pair (or
     * one state) in either direction: "A ⇄ B" is "A → B" and "B → A", "A ⇄ any" is "A → any" and "any → A". No
     * transfer is in both parts: its supplier differs from its recipient (transfer_supplier_differs_from_recipient).
     */
    TransferSelection visibleSelection(TransferFilter filter) {
        var all = visibleCondition(filter);
        var supplier = filter.supplierCode();
        var recipient = filter.recipientCode();
        if (!filter.eitherDirection() || (supplier == null && recipient == null)
                || java.util.Objects.equals(supplier, recipient)) {
            return TransferSelection.of(all);
        }
        return new TransferSelection(all, List.of(visibleCondition(filter.withPair(supplier, recipient, false)),
                visibleCondition(filter.withPair(recipient, supplier, false))));
    }

    /** Creates a draft transfer; analysts and above. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long createDraft(TransferDraft draft) {
        return create(draft, null);
    }

    /**
     * Creates a draft transfer under a stable natural key (imports, demo data), or returns the id of the
     * transfer that already holds the key, unchanged.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long createDraftOnce(String naturalKey, TransferDraft draft) {
        return transfers.findIdByNaturalKey(naturalKey).orElseGet(() -> create(draft, naturalKey));
    }

    private long create(TransferDraft draft, @Nullable String naturalKey) {
        var user = currentUser.require();
        validate(draft);
        var id = transfers.insert(draft, naturalKey, user.id());
        audit.record(new AuditEntry("transfer", Long.toString(id), "create", id, null, transfers.snapshot(id)));
        return id;
    }

    /** The transfer with names and evidence summary, if the user may see it. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public TransferDetails details(long transferId) {
        var transfer = requireVisible(transferId);
        var fields = transfer.fields();
        var transferClaims = claims.findByTransfer(transferId);
        var sources = transferClaims.stream().map(Claim::sourceId).distinct().count();
        var disputing = (int) transferClaims.stream().filter(claim -> claim.stance() == Stance.DISPUTES).count();
        var best = transferClaims.stream()
            .filter(claim -> claim.stance() == Stance.SUPPORTS)
            .map(claim -> claim.grade().code())
            .sorted()
            .findFirst()
            .orElse(null);
        return new TransferDetails(transfer, countryName(transfer.supplierCode()), countryName(transfer.recipientCode()),
                fields.categoryCode() == null ? null
                        : categories.findByCode(fields.categoryCode()).map(c -> c.label()).orElse(fields.categoryCode()),
                new EvidenceSummary((int) sources, disputing, best), ConfidenceRule.propose(transferClaims),
                users.displayName(transfer.createdBy()).orElse("?"), users.displayName(transfer.updatedBy()).orElse("?"));
    }

    private String countryName(String code) {
        return countries.findByCode(code).map(c -> c.name()).orElse(code);
    }

    /**
     * Saves the user's edit of a transfer loaded at {@code expectedVersion}. Refused with the name of the
     * other editor when someone saved in between; nothing is overwritten. Analysts on drafts, reviewers
     * on any transfer.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void update(long transferId, int expectedVersion, TransferDraft draft) {
        var user = currentUser.require();
        validate(draft);
        var current = requireEditable(transferId);
        if (current.version() != expectedVersion) {
            throw conflict(transferId);
        }
        var before = transfers.snapshot(transferId);
        if (!transfers.update(transferId, expectedVersion, draft, user.id())) {
            throw conflict(transferId);
        }
        audit.record(new AuditEntry("transfer", Long.toString(transferId), "update", transferId, before,
                transfers.snapshot(transferId)));
    }

    /** The transfer's claims with their sources. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Evidence> evidence(long transferId) {
        requireVisible(transferId);
        var transferClaims = claims.findByTransfer(transferId);
        var bySource = sources.findByIds(transferClaims.stream().map(Claim::sourceId).distinct().toList());
        return transferClaims.stream()
            .filter(claim -> bySource.containsKey(claim.sourceId()))
            .map(claim -> new Evidence(claim, bySource.get(claim.sourceId())))
            .toList();
    }

    private void validate(TransferDraft draft) {
        var problems = new java.util.ArrayList<>(draft.problems());
        if (draft.supplierCode() != null && countries.findByCode(draft.supplierCode()).isEmpty()) {
            problems.add(TransferDraft.Field.SUPPLIER.problem(
                    "The supplier \"" + draft.supplierCode() + "\" is not a known state or actor."));
        }
        if (draft.recipientCode() != null && countries.findByCode(draft.recipientCode()).isEmpty()) {
            problems.add(TransferDraft.Field.RECIPIENT.problem(
                    "The recipient \"" + draft.recipientCode() + "\" is not a known state or actor."));
        }
        if (draft.categoryCode() != null && categories.findByCode(draft.categoryCode()).isEmpty()) {
            problems.add(TransferDraft.Field.CATEGORY.problem(
                    "The category \"" + draft.categoryCode() + "\" is not a known category."));
        }
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

    /** Links a source to a transfer with a quote, stance and grade; analysts and above, on drafts. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long addClaim(long transferId, NewClaim claim) {
        currentUser.require();
        claim.validate();
        var transfer = requireEditable(transferId);
        if (sources.findById(claim.sourceId()).isEmpty()) {
            throw new ValidationException("That source no longer exists.");
        }
        if (claims.find(transfer.id(), claim.sourceId(), claim.stance()).isPresent()) {
            throw new ValidationException("This source is already linked to the transfer with that stance.");
        }
        var id = claims.insert(transferId, claim, currentUser.require().id());
        audit.record(new AuditEntry("claim_link", Long.toString(id), "create", transferId, null, claims.snapshot(id)));
        return id;
    }

    /**
     * Adds a source to the library (or recognises it as one already there) and links it to the transfer
     * with the claim, in one transaction: if the claim is refused, no source is added either.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public SourceService.Added addClaimFromNewSource(long transferId, NewSource source, NewClaim claim) {
        claim.validate();
        requireEditable(transferId);
        var added = sources.add(source);
        addClaim(transferId, new NewClaim(added.source().id(), claim.quote(), claim.stance(), claim.grade()));
        return added;
    }

    /**
     * For each source, how many transfers it supports and disputes, counting only the transfers the user
     * may see (published ones for viewers). Sources no transfer cites are absent.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, ClaimCounts> claimCountsForSources(java.util.Collection<Long> sourceIds) {
        return sourceIds.isEmpty() ? java.util.Map.of() : claims.countsBySource(sourceIds, !currentUser.has(Role.ANALYST));
    }

    /** The claims a source makes, with the transfers they are about, as far as the user may see them. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SourceClaim> claimsOfSource(long sourceId) {
        return claims.findBySource(sourceId, !currentUser.has(Role.ANALYST));
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Claim> claims(long transferId) {
        requireVisible(transferId);
        return claims.findByTransfer(transferId);
    }

    /**
     * Confirms or dismisses a provision for a transfer the user may edit; a dismissal needs a note.
     * Analysts and above.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long decideProvision(long transferId, long provisionId, SanctionsLink.Decision decision,
            @Nullable String note) {
        requireEditable(transferId);
        return sanctions.decide(transferId, provisionId, decision, note);
    }

    /** Provisions whose scope matches the transfer and on which nobody has decided yet. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Provision> suggestedProvisions(long transferId) {
        var transfer = requireVisible(transferId).fields();
        var decided = sanctions.linksFor(transferId).stream().map(link -> link.provision().id()).toList();
        return sanctions.matching(new TransferScope(transfer.supplierCode(), transfer.recipientCode(),
                    transfer.kind().dbValue(), transfer.categoryCode()))
            .stream()
            .filter(provision -> !decided.contains(provision.id()))
            .toList();
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SanctionsLink> sanctionsLinks(long transferId) {
        requireVisible(transferId);
        return sanctions.linksFor(transferId);
    }

    /**
     * The transfer's history, newest first, with coded values (status, kind, stance, ...) shown by their
     * labels. Anyone who may see the transfer may see its history.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long transferId) {
        requireVisible(transferId);
        return audit.transferHistory(transferId).stream()
            .map(entry -> new HistoryEntry(entry.occurredAt(), entry.actor(), entry.action(), entry.entityType(),
                    entry.entityId(), entry.changes().stream()
                        .map(change -> new FieldChange(change.field(), HistoryLabels.label(change.field(), change.before()),
                                HistoryLabels.label(change.field(), change.after())))
                        .toList()))
            .toList();
    }

    /** Publishes a draft so that viewers see it; reviewers and above. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void publish(long transferId, int expectedVersion) {
        changeReviewState(transferId, expectedVersion, ReviewState.PUBLISHED, null, "publish");
    }

    /** Retracts a published transfer, with the reason; reviewers and above. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void retract(long transferId, int expectedVersion, String reason) {
        if (reason.isBlank()) {
            throw new ValidationException("Give the reason for the retraction.");
        }
        if (reason.strip().length() > MAX_REVIEW_NOTE) {
            throw new ValidationException("The reason is limited to " + String.format("%,d", MAX_REVIEW_NOTE)
                    + " characters; summarise it and keep the details in a source.");
        }
        changeReviewState(transferId, expectedVersion, ReviewState.RETRACTED, reason.strip(), "retract");
    }

    private void changeReviewState(long transferId, int expectedVersion, ReviewState state, @Nullable String note,
            String action) {
        var user = currentUser.require();
        var before = transfers.snapshot(requireVisible(transferId).id());
        if (!transfers.updateReviewState(transferId, expectedVersion, state, note, user.id())) {
            throw conflict(transferId);
        }
        audit.record(new AuditEntry("transfer", Long.toString(transferId), action, transferId, before,
                transfers.snapshot(transferId)));
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Integer> version(long transferId) {
        return transfers.findById(transferId).filter(this::visible).map(Transfer::version);
    }

    private Transfer requireVisible(long transferId) {
        return transfers.findById(transferId)
            .filter(this::visible)
            .orElseThrow(() -> new NotFoundException("This transfer does not exist or is not visible to you."));
    }

    private Transfer requireEditable(long transferId) {
        var transfer = requireVisible(transferId);
        if (transfer.reviewState() != ReviewState.DRAFT && !currentUser.has(Role.REVIEWER)) {
            throw new AccessDeniedException("Only reviewers may change a transfer once it is published or retracted.");
        }
        return transfer;
    }

    private boolean visible(Transfer transfer) {
        return currentUser.has(Role.ANALYST) || transfer.reviewState() == ReviewState.PUBLISHED;
    }

    private ConcurrentEditException conflict(long transferId) {
        var current = transfers.findById(transferId);
        return new ConcurrentEditException("transfer", current.flatMap(t -> users.displayName(t.updatedBy())).orElse(null),
                current.map(Transfer::updatedAt).orElse(null));
    }

}
