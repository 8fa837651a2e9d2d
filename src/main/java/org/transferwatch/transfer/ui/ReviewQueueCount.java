package org.transferwatch.transfer.ui;

import java.util.OptionalInt;

import org.springframework.stereotype.Component;
import org.transferwatch.base.ui.MenuCount;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.ReviewQueueService;

/** The menu's count beside "Review queue": how many drafts wait for a reviewer. */
@Component
class ReviewQueueCount implements MenuCount {

    private final ReviewQueueService queues;

    private final CurrentUser currentUser;

    ReviewQueueCount(ReviewQueueService queues, CurrentUser currentUser) {
        this.queues = queues;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return ReviewQueueView.ROUTE;
    }

    @Override
    public OptionalInt count() {
        return currentUser.has(Role.REVIEWER) ? OptionalInt.of(queues.waitingCount()) : OptionalInt.empty();
    }

}
