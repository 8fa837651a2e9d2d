package org.transferwatch.transfer;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.CurrentUser;

/**
 * Merges two transfers that turn out to be one: the merged transfer's claims, sanctions decisions, parties and
 * shipments move to the transfer kept (exact duplicates stay behind), and the merged transfer is retracted as
 * "Merged into #N", remembering the survivor so that its page and the API lead there. Both sides are audited.
 */
@Service
public class TransferMergeService {

    private final TransferRepository transfers;

    private final ClaimRepository claims;

    private final TransferMergeRepository parts;

    private final SanctionsService sanctions;

    private final TransferAccess access;

    private final AuditService audit;

    private final CurrentUser currentUser;

    TransferMergeService(TransferRepository transfers, ClaimRepository claims, TransferMergeRepository parts,
            SanctionsService sanctions, TransferAccess access, AuditService audit, CurrentUser currentUser) {
        this.transfers = transfers;
        this.claims = claims;
        this.parts = parts;
        this.sanctions = sanctions;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * Merges the transfer loaded at {@code expectedVersion} into the survivor, which must go the same direction and
     * stand (not be retracted); a transfer already merged or retracted is not merged again. The reason, if given,
     * follows "Merged into #N." in the retraction note. Reviewers and above.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public MergeOutcome merge(long mergedId, int expectedVersion, long survivorId, @Nullable String reason) {
        var user = currentUser.require();
        if (mergedId == survivorId) {
            throw new ValidationException("A transfer cannot be merged into itself: give the number of the transfer to keep.");
        }
        var note = "Merged into #" + survivorId + "." + (reason == null || reason.isBlank() ? "" : " " + reason.strip());
        if (note.length() > TransferReviewService.MAX_REVIEW_NOTE) {
            throw new ValidationException("The reason is limited to " + String.format("%,d",
                    TransferReviewService.MAX_REVIEW_NOTE - 30) + " characters.");
        }
        // Both locked, lower number first, so that two merges of the same pair cannot deadlock.
        var first = lock(Math.min(mergedId, survivorId));
        var second = lock(Math.max(mergedId, survivorId));
        var merged = mergedId < survivorId ? first : second;
        var survivor = mergedId < survivorId ? second : first;
        if (merged.mergedIntoId() != null) {
            throw new ValidationException("This transfer was already merged into #" + merged.mergedIntoId() + ".");
        }
        if (merged.reviewState() == ReviewState.RETRACTED) {
            throw new ValidationException("A retracted transfer is not merged: it stays on record as it was retracted.");
        }
        if (survivor.reviewState() == ReviewState.RETRACTED) {
            throw new ValidationException(survivor.number() + " is retracted: merge into a transfer that stands.");
        }
        if (!merged.supplierCode().equals(survivor.supplierCode()) || !merged.recipientCode().equals(survivor.recipientCode())) {
            throw new ValidationException(survivor.number() + " goes from " + survivor.supplierCode() + " to "
                    + survivor.recipientCode() + ", this transfer from " + merged.supplierCode() + " to "
                    + merged.recipientCode() + ": transfers of different directions are not one transfer.");
        }
        if (merged.version() != expectedVersion) {
            throw access.conflict(mergedId);
        }
        var before = transfers.snapshot(mergedId);
        var claimsMoved = claims.moveAll(mergedId, survivorId, user.id()).size();
        var decisionsMoved = sanctions.moveDecisions(mergedId, survivorId).size();
        var partiesMoved = parts.moveParties(mergedId, survivorId, user.id()).size();
        var shipmentsMoved = parts.moveShipments(mergedId, survivorId, user.id()).size();
        var leftBehind = parts.partsOf(mergedId) + sanctions.linksFor(mergedId).size();
        if (!transfers.retractAsMerged(mergedId, expectedVersion, survivorId, note, user.id())) {
            throw access.conflict(mergedId);
        }
        var outcome = new MergeOutcome(mergedId, survivorId, claimsMoved, decisionsMoved, partiesMoved, shipmentsMoved,
                leftBehind);
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        audit.record(new AuditEntry("transfer", Long.toString(mergedId), "merge", mergedId, before,
                transfers.snapshot(mergedId), why));
        audit.record(new AuditEntry("transfer", Long.toString(survivorId), "merge", survivorId, null,
                parts.survivorRecord(merged.number() + " (" + merged.fields().item() + ", "
                        + merged.reviewState().label().toLowerCase(Locale.ROOT) + " until the merge)",
                        outcome.movedLabel(), leftBehind == 0 ? "nothing" : MergeOutcome.count(leftBehind,
                                "duplicate", "duplicates") + " of what this transfer has"), why));
        return outcome;
    }

    private Transfer lock(long id) {
        return transfers.lockById(id).filter(access::visible)
            .orElseThrow(() -> new NotFoundException("Transfer #" + id + " does not exist or is not visible to you."));
    }

}
