package org.transferwatch.monitoring;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.AppUser;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;
import org.transferwatch.transfer.WatchedTransfers;

/** The current user's notifications: how many are unread, the newest ones by watch, marking them read. */
@Service
public class InboxService {

    /** How many notifications the inbox shows; older ones stay counted on the Watching page. */
    public static final int SHOWN = 500;

    private final NotificationRepository notifications;

    private final WatchedTransfers transfers;

    private final UserService users;

    private final CurrentUser currentUser;

    private final Clock clock;

    InboxService(NotificationRepository notifications, WatchedTransfers transfers, UserService users,
            CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.transfers = transfers;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The current user's unread notifications. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return notifications.unreadCount(currentUser.require().id());
    }

    /**
     * The current user's newest notifications (up to {@link #SHOWN}), grouped by watch, the watch with the newest
     * change first, each item a sentence about a transfer. Viewers and above; a viewer's were matched only from
     * changes a viewer may be told of.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public LinkedHashMap<String, List<InboxItem>> inbox() {
        var items = items(notifications.newest(currentUser.require().id(), SHOWN));
        var byWatch = new LinkedHashMap<String, List<InboxItem>>();
        items.forEach(item -> byWatch.computeIfAbsent(item.watchName(), name -> new java.util.ArrayList<>()).add(item));
        return byWatch;
    }

    /** Marks one of the current user's notifications read. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void markRead(long notificationId) {
        notifications.markRead(currentUser.require().id(), notificationId, clock.instant().atOffset(ZoneOffset.UTC));
    }

    /** Marks all the current user's notifications read; how many were unread. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(currentUser.require().id(), clock.instant().atOffset(ZoneOffset.UTC));
    }

    /**
     * The notifications as sentences, with the transfers' labels and the actors' names read once each; also for the
     * mail, which runs with nobody logged in (a disabled actor is named by their username).
     */
    List<InboxItem> items(List<Notification> found) {
        var labels = transfers.labels(found.stream().map(n -> n.event().transferId()).distinct().toList());
        var names = new HashMap<Long, String>();
        return found.stream().map(n -> {
            var event = n.event();
            var actor = event.actorId() == null ? event.actorName()
                    : names.computeIfAbsent(event.actorId(),
                            id -> users.findEnabled(id).map(AppUser::displayName).orElse(event.actorName()));
            return new InboxItem(n.id(), n.watchId(), n.watchName(), event.transferId(),
                    "#" + event.transferId() + " " + labels.getOrDefault(event.transferId(), ""),
                    ChangeSentences.sentence(event, actor), event.kind(), event.occurredAt(), n.readAt());
        }).toList();
    }

}
