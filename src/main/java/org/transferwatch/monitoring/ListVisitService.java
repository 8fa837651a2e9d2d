package org.transferwatch.monitoring;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;

/**
 * The current user's visits of the lists (the Transfers list, the inbox), so that a list can mark what is new or
 * changed since the previous visit: one row per user and list, stamped as the list is opened.
 */
@Service
public class ListVisitService {

    /** The lists whose visits are remembered. */
    public static final String TRANSFERS = "transfers";

    public static final String INBOX = "inbox";

    /** What a row changed since the previous visit is marked with. */
    public static final String NEW = "New";

    public static final String UPDATED = "Updated";

    private final ListVisitRepository visits;

    private final CurrentUser currentUser;

    ListVisitService(ListVisitRepository visits, CurrentUser currentUser) {
        this.visits = visits;
        this.currentUser = currentUser;
    }

    /**
     * Stamps the current user's visit of the list now and returns the time of their previous visit (none the first
     * time): what changed after it is news during this visit. Viewers and above.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public Optional<OffsetDateTime> visit(String list) {
        if (!TRANSFERS.equals(list) && !INBOX.equals(list)) {
            throw new ValidationException("There is no list called \"" + list + "\".");
        }
        return visits.visit(currentUser.require().id(), list);
    }

    /**
     * Of the given transfers (the page a list shows, not the whole list), those published or created since
     * {@code since} ({@link #NEW}) or changed since ({@link #UPDATED}) by someone else. A viewer is told only of the
     * changes a viewer may see, so never of a draft. Viewers and above.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, String> marks(OffsetDateTime since, Collection<Long> transferIds) {
        if (transferIds.isEmpty()) {
            return Map.of();
        }
        var user = currentUser.require();
        return visits.changedSince(since, transferIds, user.id(), !user.role().includes(Role.ANALYST))
            .entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue() ? NEW : UPDATED));
    }

}
