package org.transferwatch.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;

/** The review's queues: the reviewers' (drafts waiting for review) and each analyst's own (their drafts). */
@Service
public class ReviewQueueService {

    /** How many drafts of each kind an analyst's own queue shows; the Transfers list has the rest. */
    public static final int OWN_LIMIT = 100;

    private final ReviewRepository requests;

    private final CurrentUser currentUser;

    private final UserService users;

    ReviewQueueService(ReviewRepository requests, CurrentUser currentUser, UserService users) {
        this.requests = requests;
        this.currentUser = currentUser;
        this.users = users;
    }

    /** The drafts waiting for review, oldest submission first, with who submitted them and when. Reviewers. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional(readOnly = true)
    public List<QueuedTransfer> waitingForReview(int offset, int limit) {
        return named(requests.submitted(offset, limit), new HashMap<>());
    }

    /** How many drafts wait for review: the menu's count. Reviewers. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional(readOnly = true)
    public int waitingCount() {
        return requests.submittedCount();
    }

    /**
     * The current analyst's drafts (those they created or submitted): returned to them, waiting for review, in
     * progress. Analysts and above.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public OwnQueue ownQueue() {
        var user = currentUser.require().id();
        var names = new HashMap<Long, String>();
        return new OwnQueue(named(requests.ownRequests(user, ReviewRequestState.RETURNED, OWN_LIMIT), names),
                named(requests.ownRequests(user, ReviewRequestState.SUBMITTED, OWN_LIMIT), names),
                named(requests.ownDraftsInProgress(user, OWN_LIMIT), names));
    }

    /** How many of the current analyst's drafts were returned to them: the menu's count. Analysts and above. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public int returnedCount() {
        return requests.ownRequestCount(currentUser.require().id(), ReviewRequestState.RETURNED);
    }

    /** The items with their people's names, each name looked up once. */
    private List<QueuedTransfer> named(List<ReviewRepository.StoredQueueItem> items, Map<Long, String> names) {
        return items.stream()
            .map(item -> new QueuedTransfer(item.transferId(), item.pairLabel(), item.item(),
                    name(item.submittedBy(), names), item.submittedAt(),
                    item.returnedBy() == null ? null : name(item.returnedBy(), names), item.returnedAt(),
                    item.returnComment()))
            .toList();
    }

    private String name(long userId, Map<Long, String> names) {
        return names.computeIfAbsent(userId, id -> users.displayName(id).orElse("?"));
    }

}
