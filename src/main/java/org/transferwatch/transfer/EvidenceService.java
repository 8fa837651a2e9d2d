package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.source.Citation;
import org.transferwatch.source.CitationCounts;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceCitations;
import org.transferwatch.source.SourceService;

/**
 * The claims that link sources to transfers, each with its quote, stance and grade: reading them for a
 * transfer or a source, adding them to drafts (analysts) or any transfer (reviewers), and correcting or
 * removing them with a reason, audited.
 */
@Service
public class EvidenceService implements SourceCitations {

    private final ClaimRepository claims;

    private final SourceService sources;

    private final TransferAccess access;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final TransferRepository transfers;

    private final UserService users;

    /** The longest reason for correcting or removing a claim (and the audit's limit, V140). */
    public static final int MAX_REASON = 2_000;

    /** What a correction did to the transfer besides the claim. */
    public enum Outcome {
        /** The claim changed; the transfer stays as it was. */
        SAVED,
        /** An analyst changed the evidence of a published transfer: it is a draft again, for a reviewer to publish. */
        RETURNED_TO_DRAFT
    }

    EvidenceService(ClaimRepository claims, SourceService sources, TransferAccess access, AuditService audit,
            CurrentUser currentUser, TransferRepository transfers, UserService users) {
        this.claims = claims;
        this.sources = sources;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transfers = transfers;
        this.users = users;
    }

    /** The transfer's claims with their sources. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Evidence> evidence(long transferId) {
        access.requireVisible(transferId);
        var transferClaims = claims.findByTransfer(transferId);
        var bySource = sources.findByIds(transferClaims.stream().map(Claim::sourceId).distinct().toList());
        return transferClaims.stream()
            .filter(claim -> bySource.containsKey(claim.sourceId()))
            .map(claim -> new Evidence(claim, bySource.get(claim.sourceId())))
            .toList();
    }

    /**
     * The claims of several transfers with their sources, in two statements: for a briefing's hundreds of
     * transfers. Transfers the user may not see (viewers: unpublished ones) have none.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, List<Evidence>> evidenceOf(Collection<Long> transferIds) {
        var found = claims.findByTransfers(transferIds, access.seesPublishedOnly());
        var bySource = sources.findByIds(found.stream().map(Claim::sourceId).distinct().toList());
        var evidence = new LinkedHashMap<Long, List<Evidence>>();
        for (var claim : found) {
            var source = bySource.get(claim.sourceId());
            if (source != null) {
                evidence.computeIfAbsent(claim.transferId(), id -> new ArrayList<>()).add(new Evidence(claim, source));
            }
        }
        return evidence;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Claim> claims(long transferId) {
        access.requireVisible(transferId);
        return claims.findByTransfer(transferId);
    }

    /** Links a source to a transfer with a quote, stance and grade; analysts and above, on drafts. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long addClaim(long transferId, NewClaim claim) {
        var user = currentUser.require();
        claim.validate();
        var transfer = access.requireEditable(transferId);
        if (sources.findById(claim.sourceId()).isEmpty()) {
            throw new ValidationException("That source no longer exists.");
        }
        if (claims.find(transfer.id(), claim.sourceId(), claim.stance()).isPresent()) {
            throw new ValidationException("This source is already linked to the transfer with that stance.");
        }
        var id = claims.insert(transferId, claim, user.id());
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
        access.requireEditable(transferId);
        var added = sources.add(source);
        addClaim(transferId, new NewClaim(added.source().id(), claim.quote(), claim.stance(), claim.grade()));
        return added;
    }

    /**
     * Corrects a claim's quote, stance and grade, loaded at {@code expectedVersion}, for the reason given (kept in
     * the history). On a draft, analysts and above; on a published transfer a reviewer's correction stands at
     * once, while an analyst's returns the transfer to draft, so that a reviewer sees the change before viewers
     * do again; on a retracted transfer, reviewers only. A save over someone else's is refused with their name.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Outcome correctClaim(long claimId, int expectedVersion, ClaimCorrection correction, String reason) {
        correction.validate();
        var why = requireReason(reason);
        var user = currentUser.require();
        var claim = requireClaim(claimId);
        var transfer = lockForEvidenceChange(claim.transferId());
        if (claim.version() != expectedVersion) {
            throw claimConflict(claimId);
        }
        var stance = Objects.requireNonNull(correction.stance());
        if (stance != claim.stance() && claims.find(claim.transferId(), claim.sourceId(), stance).isPresent()) {
            throw new ValidationException("This source already has a claim with that stance on the transfer; correct"
                    + " that one, or remove one of the two.");
        }
        var before = claims.snapshot(claimId);
        if (!claims.update(claimId, expectedVersion, correction, user.id())) {
            throw claimConflict(claimId);
        }
        audit.record(new AuditEntry("claim_link", Long.toString(claimId), "update", claim.transferId(), before,
                claims.snapshot(claimId), why));
        return returnToDraftIfNeeded(transfer, why, user.id());
    }

    /**
     * Removes a claim loaded at {@code expectedVersion}, for the reason given (kept in the history); by the rules
     * of {@link #correctClaim}.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Outcome removeClaim(long claimId, int expectedVersion, String reason) {
        var why = requireReason(reason);
        var user = currentUser.require();
        var claim = requireClaim(claimId);
        var transfer = lockForEvidenceChange(claim.transferId());
        if (claim.version() != expectedVersion) {
            throw claimConflict(claimId);
        }
        var before = claims.snapshot(claimId);
        if (!claims.delete(claimId, expectedVersion)) {
            throw claimConflict(claimId);
        }
        audit.record(new AuditEntry("claim_link", Long.toString(claimId), "delete", claim.transferId(), before, null, why));
        return returnToDraftIfNeeded(transfer, why, user.id());
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("Say why the claim is changed: the reason is kept in the transfer's history.");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new ValidationException("The reason is limited to " + String.format("%,d", MAX_REASON) + " characters.");
        }
        return reason.strip();
    }

    private Claim requireClaim(long claimId) {
        return claims.findById(claimId).orElseThrow(() -> new NotFoundException(
                "This claim no longer exists: someone removed it. Reload the transfer to see its evidence."));
    }

    /** The claim's transfer, locked until the change commits, if the user may change its evidence at all. */
    private Transfer lockForEvidenceChange(long transferId) {
        var transfer = transfers.lockById(transferId).filter(access::visible)
            .orElseThrow(() -> new NotFoundException("This transfer does not exist or is not visible to you."));
        if (transfer.reviewState() == ReviewState.RETRACTED && !currentUser.has(Role.REVIEWER)) {
            throw new AccessDeniedException("Only reviewers may change the evidence of a retracted transfer.");
        }
        return transfer;
    }

    private Outcome returnToDraftIfNeeded(Transfer transfer, String reason, long userId) {
        if (transfer.reviewState() != ReviewState.PUBLISHED || currentUser.has(Role.REVIEWER)) {
            return Outcome.SAVED;
        }
        var before = transfers.snapshot(transfer.id());
        if (!transfers.updateReviewState(transfer.id(), transfer.version(), ReviewState.DRAFT, transfer.reviewNote(),
                userId)) {
            throw access.conflict(transfer.id());
        }
        audit.record(new AuditEntry("transfer", Long.toString(transfer.id()), "unpublish", transfer.id(), before,
                transfers.snapshot(transfer.id()), "Its evidence was corrected: " + reason));
        return Outcome.RETURNED_TO_DRAFT;
    }

    private ConcurrentEditException claimConflict(long claimId) {
        var last = claims.lastChange(claimId);
        if (last.isEmpty()) {
            return new ConcurrentEditException("claim", null, null);
        }
        return new ConcurrentEditException("claim", users.displayName(last.get().value1()).orElse(null),
                last.get().value2());
    }

    /** The claims a source makes, with the transfers they are about, as far as the user may see them. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SourceClaim> claimsOfSource(long sourceId) {
        return claims.findBySource(sourceId, access.seesPublishedOnly());
    }

    @Override
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, CitationCounts> countsFor(Collection<Long> sourceIds) {
        return sourceIds.isEmpty() ? Map.of() : claims.countsBySource(sourceIds, access.seesPublishedOnly());
    }

    @Override
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Citation> citationsOf(long sourceId) {
        return claimsOfSource(sourceId).stream()
            .map(claim -> new Citation(claim.transferId(), "transfers/" + claim.transferId(),
                    claim.pairLabel() + " · " + claim.item(), claim.status().label() + " · " + claim.reviewState().label(),
                    claim.stance() == Stance.DISPUTES, claim.quote(), claim.grade().description()))
            .toList();
    }

}
