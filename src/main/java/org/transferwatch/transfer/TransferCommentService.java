package org.transferwatch.transfer;

import java.util.HashMap;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;

/**
 * A transfer's comment thread: analysts and reviewers discuss a transfer in it, on any transfer they see, and a
 * reviewer's send-back comment is part of it. Viewers never read it, neither here nor through the API.
 */
@Service
public class TransferCommentService {

    /** The longest comment (and the database's limit, V150). */
    public static final int MAX_COMMENT = 4_000;

    private final ReviewRepository reviews;

    private final TransferAccess access;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    TransferCommentService(ReviewRepository reviews, TransferAccess access, AuditService audit, CurrentUser currentUser,
            UserService users) {
        this.reviews = reviews;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
    }

    /** The transfer's comments, oldest first, with their authors' names. Analysts and above. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public List<TransferComment> comments(long transferId) {
        access.requireVisible(transferId);
        var names = new HashMap<Long, String>();
        return reviews.comments(transferId).stream()
            .map(c -> new TransferComment(c.id(), names.computeIfAbsent(c.authorId(),
                    id -> users.displayName(id).orElse("?")), c.body(), c.sentBack(), c.createdAt()))
            .toList();
    }

    /** Adds a comment to the transfer's thread, audited; analysts and above, on any transfer they see. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long addComment(long transferId, String body) {
        access.requireVisible(transferId);
        return add(transferId, requireComment(body, "Write the comment first."), false);
    }

    /** Adds the comment, audited as a creation in the transfer's history. */
    long add(long transferId, String body, boolean sentBack) {
        var id = reviews.insertComment(transferId, currentUser.require().id(), body, sentBack);
        audit.record(new AuditEntry("transfer_comment", Long.toString(id), "create", transferId, null,
                reviews.commentSnapshot(id)));
        return id;
    }

    /** The comment as stored (stripped); refuses a blank or overlong one with the sentence a user reads. */
    static String requireComment(String body, String whenBlank) {
        if (body.isBlank()) {
            throw new ValidationException(whenBlank);
        }
        var stripped = body.strip();
        if (stripped.length() > MAX_COMMENT) {
            throw new ValidationException("A comment is limited to " + String.format("%,d", MAX_COMMENT)
                    + " characters; keep the details in a source.");
        }
        return stripped;
    }

}
