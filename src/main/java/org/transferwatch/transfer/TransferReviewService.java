package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;

/**
 * The review workflow: reviewers publish drafts, so that viewers see them, and retract published transfers
 * with a reason. Each change is checked against the version the reviewer loaded and audited.
 */
@Service
public class TransferReviewService {

    /** The longest reason for a retraction (and the database's limit, V041). */
    public static final int MAX_REVIEW_NOTE = 2_000;

    private final TransferRepository transfers;

    private final TransferAccess access;

    private final AuditService audit;

    private final CurrentUser currentUser;

    TransferReviewService(TransferRepository transfers, TransferAccess access, AuditService audit,
            CurrentUser currentUser) {
        this.transfers = transfers;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
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
        var current = access.requireVisible(transferId);
        if (current.mergedIntoId() != null) {
            throw new ValidationException("This transfer was merged into #" + current.mergedIntoId()
                    + " and stays retracted; change #" + current.mergedIntoId() + " instead.");
        }
        var before = transfers.snapshot(current.id());
        if (!transfers.updateReviewState(transferId, expectedVersion, state, note, user.id())) {
            throw access.conflict(transferId);
        }
        audit.record(new AuditEntry("transfer", Long.toString(transferId), action, transferId, before,
                transfers.snapshot(transferId)));
    }

}
