package org.transferwatch.monitoring.ui;

import java.util.OptionalInt;

import org.springframework.stereotype.Component;
import org.transferwatch.base.ui.HeaderCount;
import org.transferwatch.base.ui.MenuCount;
import org.transferwatch.monitoring.InboxService;
import org.transferwatch.security.CurrentUser;

/** The bell's count in the header, and the menu's beside "Inbox": the current user's unread notifications. */
@Component
class InboxCount implements HeaderCount, MenuCount {

    private final InboxService inbox;

    private final CurrentUser currentUser;

    InboxCount(InboxService inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return InboxView.ROUTE;
    }

    @Override
    public String label(int count) {
        return count == 0 ? "Inbox: no unread notifications"
                : count == 1 ? "Inbox: 1 unread notification" : "Inbox: " + count + " unread notifications";
    }

    @Override
    public OptionalInt count() {
        return currentUser.find().isPresent() ? OptionalInt.of(inbox.unreadCount()) : OptionalInt.empty();
    }

}
