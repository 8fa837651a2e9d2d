package org.transferwatch.transfer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ValidationException;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;

/**
 * The review workflow: analysts submit drafts for review; reviewers publish them, so that viewers see them, or send
 * them back with a comment, and retract published transfers with a reason. Publishing and retracting are checked
 * against the version the reviewer loaded; every step is audited.
 */
@Service
public class TransferReviewService {

    /** The longest reason for a retraction (and the database's limit, V041). */
    public static final int MAX_REVIEW_NOTE = 2_000;

    private final TransferRepository transfers;

    private final TransferAccess access;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final ReviewRepository requests;

    private final TransferCommentService comments;

    private final UserService users;

    private final ClaimRepository claims;

    private final TransferPartyRepository parties;

    private final ShipmentRepository shipments;

    private final SanctionsService sanctions;

    /** The submissions' times: the queue's order, which tests move on. */
    private final Clock clock;

    TransferReviewService(TransferRepository transfers, TransferAccess access, AuditService audit,
            CurrentUser currentUser, ReviewRepository requests, TransferCommentService comments, UserService users,
            ClaimRepository claims, TransferPartyRepository parties, ShipmentRepository shipments,
            SanctionsService sanctions, Clock clock) {
        this.transfers = transfers;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.requests = requests;
        this.comments = comments;
        this.users = users;
        this.claims = claims;
        this.parties = parties;
        this.shipments = shipments;
        this.sanctions = sanctions;
        this.clock = clock;
    }

    /**
     * Submits a draft for review: it joins the reviewers' queue at the back, also when a reviewer had sent it back.
     * Analysts and above; drafts only.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void submit(long transferId) {
        var transfer = access.requireVisible(transferId);
        if (transfer.reviewState() != ReviewState.DRAFT) {
            throw new ValidationException("Only a draft can be submitted for review; this transfer is "
                    + transfer.reviewState().label().toLowerCase(Locale.ROOT) + ".");
        }
        var before = requests.request(transferId);
        if (before.isPresent() && before.get().state() == ReviewRequestState.SUBMITTED) {
            throw new ValidationException("This draft is already waiting for review.");
        }
        var snapshot = before.isPresent() ? requests.requestSnapshot(transferId) : null;
        requests.submit(transferId, currentUser.require().id(), OffsetDateTime.now(clock));
        audit.record(new AuditEntry("review_request", Long.toString(transferId), "submit", transferId,
                snapshot, requests.requestSnapshot(transferId)));
    }

    /**
     * Sends a draft waiting for review back to its analysts with the comment (required), which joins the
     * transfer's thread and their queue. Reviewers and above.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void sendBack(long transferId, String comment) {
        access.requireVisible(transferId);
        var body = TransferCommentService.requireComment(comment,
                "Say what should change before this transfer can be published.");
        var waiting = requests.request(transferId).filter(r -> r.state() == ReviewRequestState.SUBMITTED).isPresent();
        if (!waiting) {
            throw notWaiting();
        }
        var before = requests.requestSnapshot(transferId);
        var commentId = comments.add(transferId, body, true);
        if (!requests.sendBack(transferId, currentUser.require().id(), commentId, OffsetDateTime.now(clock))) {
            throw notWaiting();
        }
        audit.record(new AuditEntry("review_request", Long.toString(transferId), "send_back", transferId, before,
                requests.requestSnapshot(transferId)));
    }

    /** Where the draft's review stands; empty when no one submitted it (or it was published). Analysts and above. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public Optional<ReviewStatus> reviewStatus(long transferId) {
        access.requireVisible(transferId);
        return requests.request(transferId).map(r -> new ReviewStatus(r.state(), name(r.submittedBy()), r.submittedAt(),
                r.returnedBy() == null ? null : name(r.returnedBy()), r.returnedAt(), r.returnComment()));
    }

    /** What publishing the transfer would make visible, for the reviewer to confirm. Reviewers and above. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional(readOnly = true)
    public PublicationPreview publicationPreview(long transferId) {
        var transfer = access.requireVisible(transferId);
        var details = transfers.labelOf(transferId);
        var confirmed = (int) sanctions.linksFor(transferId).stream()
            .filter(link -> link.decision() == SanctionsLink.Decision.CONFIRMED)
            .count();
        return new PublicationPreview(transfer.id(), details, claims.findByTransfer(transferId).size(), confirmed,
                parties.findByTransfer(transferId).size(), shipments.findByTransfer(transferId).size());
    }

    private static ValidationException notWaiting() {
        return new ValidationException("This draft is not waiting for review: it was not submitted, or another "
                + "reviewer sent it back already.");
    }

    private String name(long userId) {
        return users.displayName(userId).orElse("?");
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
        var before = transfers.snapshot(access.requireVisible(transferId).id());
        if (!transfers.updateReviewState(transferId, expectedVersion, state, note, user.id())) {
            throw access.conflict(transferId);
        }
        audit.record(new AuditEntry("transfer", Long.toString(transferId), action, transferId, before,
                transfers.snapshot(transferId)));
        // Published or retracted, the transfer leaves the review queue; its audit event says what happened.
        requests.end(transferId);
    }

}
