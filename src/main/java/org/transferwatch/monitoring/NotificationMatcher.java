package org.transferwatch.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Record2;
import org.jooq.Select;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.transferwatch.base.ScheduledJobs;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.AppUser;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.WatchedTransfers;

/**
 * Turns committed change events into notifications, off every user's request: every few seconds (see
 * {@code transferwatch.notifications.match-interval}) it claims a batch of unmatched events with
 * {@code FOR UPDATE SKIP LOCKED}, matches them against the active watches and stores one notification per event
 * and watch, all in one transaction with the events' "matched" stamp. A node that dies mid-batch rolls back and the
 * batch is matched again; a second node skips the locked batch and takes the next; the unique (event, watch) key
 * keeps any overlap from notifying twice.
 * <p>
 * Who is told: the watch's owner, if their account is enabled, of changes made after the watch was created by
 * someone else; a viewer only of changes to published transfers and of retractions (never of a draft). A new
 * draft is no news by itself (the feed lists it): its evidence, its changes and its publication are.
 */
@Component
public class NotificationMatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationMatcher.class);

    static final int BATCH = 2_000;

    private final ChangeEventRepository events;

    private final WatchRepository watches;

    private final NotificationRepository notifications;

    private final WatchedTransfers transfers;

    private final UserService users;

    private final ScheduledJobs jobs;

    private final Clock clock;

    private final TransactionTemplate transaction;

    private final Duration gap;

    NotificationMatcher(ChangeEventRepository events, WatchRepository watches, NotificationRepository notifications,
            WatchedTransfers transfers, UserService users, ScheduledJobs jobs, Clock clock,
            PlatformTransactionManager transactions,
            @Value("${transferwatch.notifications.match-interval:PT10S}") Duration interval) {
        this.events = events;
        this.watches = watches;
        this.notifications = notifications;
        this.transfers = transfers;
        this.users = users;
        this.jobs = jobs;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.gap = interval.multipliedBy(9).dividedBy(10);
    }

    @Scheduled(fixedDelayString = "${transferwatch.notifications.match-interval:PT10S}",
            initialDelayString = "${transferwatch.notifications.match-interval:PT10S}")
    public void scheduled() {
        jobs.runAtMostOncePerWithoutTransaction("notification-matching", gap, this::matchPending);
    }

    /** Matches every committed event not matched yet, batch by batch; the number of notifications stored. */
    public int matchPending() {
        int stored = 0;
        while (true) {
            var batch = transaction.execute(status -> matchOneBatch());
            if (batch == null || batch.events() == 0) {
                return stored;
            }
            stored += batch.stored();
        }
    }

    private record Batch(int events, int stored) {
    }

    private Batch matchOneBatch() {
        var claimed = events.claimUnmatched(BATCH);
        if (claimed.isEmpty()) {
            return new Batch(0, 0);
        }
        var transferIds = new LinkedHashSet<Long>();
        claimed.forEach(event -> transferIds.add(event.transferId()));
        var pending = new ArrayList<NotificationRepository.Pending>();
        var eventsByTransfer = claimed.stream().collect(Collectors.groupingBy(ChangeEvent::transferId));
        var owners = new HashMap<Long, Optional<AppUser>>();
        for (var entry : candidates(transferIds).entrySet()) {
            var watch = entry.getKey();
            var owner = owners.computeIfAbsent(watch.userId(), users::findEnabled);
            if (owner.isEmpty()) {
                continue;
            }
            var seesDrafts = owner.get().role().includes(Role.ANALYST);
            for (var transferId : entry.getValue()) {
                for (var event : eventsByTransfer.getOrDefault(transferId, List.of())) {
                    if (event.kind() != ChangeKind.CREATED && (seesDrafts || event.visibleToViewers())
                            && !event.occurredAt().isBefore(watch.createdAt())
                            && !Long.valueOf(watch.userId()).equals(event.actorId())) {
                        pending.add(new NotificationRepository.Pending(event.id(), watch.id(), watch.userId()));
                    }
                }
            }
        }
        var stored = notifications.insertAll(pending);
        events.markMatched(claimed.stream().map(ChangeEvent::id).toList(), clock.instant().atOffset(ZoneOffset.UTC));
        log.debug("Matched {} change events: {} notifications", claimed.size(), stored);
        return new Batch(claimed.size(), stored);
    }

    /**
     * The watches the changed transfers concern, each with the transfers it follows among them. Watches keyed by a
     * pair, a party, a designation, a provision or a transfer are found in one statement, by joining the
     * transfers' keys with the watches' targets, so a batch costs the same with ten watches or a thousand; the
     * filter watches are matched by their own conditions over the batch's transfers only, a hundred distinct
     * filters to a statement.
     */
    private Map<Watch, Set<Long>> candidates(Set<Long> transferIds) {
        var matched = new LinkedHashMap<Watch, Set<Long>>();
        var keys = transfers.keysOf(transferIds);
        var keysByKind = new EnumMap<WatchKind, Select<Record2<Long, String>>>(WatchKind.class);
        keysByKind.put(WatchKind.PAIR, keys.pairs());
        keysByKind.put(WatchKind.PARTY, keys.parties());
        keysByKind.put(WatchKind.DESIGNATION, keys.designations());
        keysByKind.put(WatchKind.PROVISION, keys.provisions());
        keysByKind.put(WatchKind.TRANSFER, WatchRepository.themselves(transferIds));
        for (var candidate : watches.activeKeyedTo(keysByKind)) {
            matched.computeIfAbsent(candidate.watch(), watch -> new HashSet<>()).add(candidate.transferId());
        }
        var filterWatches = watches.activeFilters();
        var filters = new LinkedHashMap<String, TransferFilter>();
        for (var watch : filterWatches) {
            if (!filters.containsKey(watch.target())) {
                try {
                    filters.put(watch.target(), WatchTargets.filterOf(watch.kind(), watch.target()));
                }
                catch (ValidationException stale) {
                    // A filter that no longer parses (a code since removed) matches nothing rather than stop the
                    // matcher.
                    log.warn("Watch {} no longer matches anything: {}", watch.id(), stale.getMessage());
                }
            }
        }
        var targets = List.copyOf(filters.keySet());
        var selected = transfers.matchingFilters(List.copyOf(filters.values()), transferIds);
        var byTarget = new HashMap<String, Set<Long>>();
        for (int i = 0; i < targets.size(); i++) {
            byTarget.put(targets.get(i), selected.get(i));
        }
        for (var watch : filterWatches) {
            var among = byTarget.getOrDefault(watch.target(), Set.of());
            if (!among.isEmpty()) {
                matched.put(watch, among);
            }
        }
        return matched;
    }

}
