package org.transferwatch.monitoring;

import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.AppUser;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.transfer.WatchedTransfers;

/**
 * The feeds for other tools: every change the caller may see, in order, with a cursor to resume from; and one
 * watch's notifications, for its Atom feed.
 */
@Service
public class ChangeFeedService {

    public static final int MAX_PAGE = 1_000;

    public static final int WATCH_FEED_ENTRIES = 100;

    private final ChangeEventRepository events;

    private final NotificationRepository notifications;

    private final WatchRepository watches;

    private final InboxService inbox;

    private final WatchedTransfers transfers;

    private final UserService users;

    private final CurrentUser currentUser;

    ChangeFeedService(ChangeEventRepository events, NotificationRepository notifications, WatchRepository watches,
            InboxService inbox, WatchedTransfers transfers, UserService users, CurrentUser currentUser) {
        this.events = events;
        this.notifications = notifications;
        this.watches = watches;
        this.inbox = inbox;
        this.transfers = transfers;
        this.users = users;
        this.currentUser = currentUser;
    }

    /**
     * Up to {@code limit} changes after the cursor (from the first without one), retractions included; a viewer
     * gets only changes to published transfers and retractions, never a draft's. Viewers and above.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public ChangeFeed changes(@Nullable String since, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ValidationException("The limit is a number from 1 to " + MAX_PAGE + ".");
        }
        var cursor = since == null || since.isBlank() ? null : ChangeEventRepository.Cursor.parse(since);
        var page = events.after(cursor, !currentUser.has(Role.ANALYST), limit);
        var labels = transfers.labels(page.stream().map(p -> p.event().transferId()).distinct().toList());
        var names = new HashMap<Long, String>();
        var changes = page.stream().map(p -> {
            var event = p.event();
            var by = event.actorId() == null ? event.actorName() : names.computeIfAbsent(event.actorId(),
                    id -> users.findEnabled(id).map(AppUser::displayName).orElse(event.actorName()));
            return new ChangeFeed.Change(event.id(), event.occurredAt(), event.transferId(),
                    labels.getOrDefault(event.transferId(), ""), event.kind().code(),
                    ChangeSentences.sentence(event, by), by, event.before(), event.after(), event.detail());
        }).toList();
        var next = page.isEmpty() ? (cursor == null ? null : cursor.text()) : page.getLast().cursor().text();
        return new ChangeFeed(changes, next);
    }

    /** The watch's name and its newest notifications, for its Atom feed; the caller's own watches only. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public WatchFeed watchFeed(long watchId) {
        var user = currentUser.require().id();
        var watch = watches.findOwned(user, watchId)
            .orElseThrow(() -> new NotFoundException("You have no watch numbered " + watchId + "."));
        return new WatchFeed(watch, inbox.items(notifications.newestOfWatch(user, watchId, WATCH_FEED_ENTRIES)));
    }

    /** A watch and its newest notifications. */
    public record WatchFeed(Watch watch, List<InboxItem> items) {
    }

}
