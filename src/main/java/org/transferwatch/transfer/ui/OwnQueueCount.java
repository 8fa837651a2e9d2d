package org.transferwatch.transfer.ui;

import java.util.OptionalInt;

import org.springframework.stereotype.Component;
import org.transferwatch.base.ui.MenuCount;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.ReviewQueueService;

/** The menu's count beside "My drafts": how many of the analyst's drafts a reviewer returned to them. */
@Component
class OwnQueueCount implements MenuCount {

    private final ReviewQueueService queues;

    private final CurrentUser currentUser;

    OwnQueueCount(ReviewQueueService queues, CurrentUser currentUser) {
        this.queues = queues;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return OwnQueueView.ROUTE;
    }

    @Override
    public OptionalInt count() {
        return currentUser.has(Role.ANALYST) ? OptionalInt.of(queues.returnedCount()) : OptionalInt.empty();
    }

}
