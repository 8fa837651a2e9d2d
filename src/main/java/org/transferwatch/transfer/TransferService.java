package org.transferwatch.transfer;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
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
import org.transferwatch.source.SourceService;

/**
 * Transfers and their evidence. Viewers see published transfers only; analysts create and edit
 * drafts and their evidence; reviewers publish and retract. Every change writes an audit event in the
 * same transaction, and every save is checked against the version the user loaded.
 */
@Service
public class TransferService {

    private final TransferRepository transfers;

    private final ClaimRepository claims;

    private final SourceService sources;

    private final SanctionsService sanctions;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    TransferService(TransferRepository transfers, ClaimRepository claims, SourceService sources,
            SanctionsService sanctions, AuditService audit, CurrentUser currentUser, UserService users) {
        this.users = users;
        this.transfers = transfers;
        this.claims = claims;
        this.sources = sources;
        this.sanctions = sanctions;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** One page of the transfers the current user may see that match the filter. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<TransferRow> page(TransferFilter filter, TransferSort sort, int offset, int limit) {
        return transfers.page(visibleCondition(filter), sort, offset, limit);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public int count(TransferFilter filter) {
        return transfers.countMatching(visibleCondition(filter));
    }

    private Condition visibleCondition(TransferFilter filter) {
        var condition = TransferRepository.condition(filter);
        if (filter.issuerCode() != null) {
            condition = condition.and(sanctions.hasConfirmedLinkFromIssuer(filter.issuerCode(), TransferRepository.transferId()));
        }
        if (!currentUser.has(Role.ANALYST)) {
            condition = condition.and(TransferRepository.visibleToViewers());
        }
        return condition;
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
        draft.validate();
        var id = transfers.insert(draft, naturalKey, user.id());
        audit.record(new AuditEntry("transfer", Long.toString(id), "create", id, null, transfers.snapshot(id)));
        return id;
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
