package org.transferwatch.transfer;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the transfers the current user may see that match a filter: pages, counts and the API's keyset pages.
 * Each call is one statement, so most take no transaction: one statement reads one snapshot, and BEGIN and
 * COMMIT would be two more round trips to the database at every scroll of the grid.
 */
@Service
public class TransferListService {

    /**
     * Up to this many matching transfers, the grid's count is exact; beyond, it says "more than" this. Ten
     * thousand rows are counted in a few milliseconds.
     */
    public static final int EXACT_COUNT_LIMIT = 10_000;

    private final TransferFilterRepository filtered;

    private final TransferStatisticsRepository tallies;

    private final TransferAccess access;

    private final TransferPartsCriteria parts;

    TransferListService(TransferFilterRepository filtered, TransferStatisticsRepository tallies, TransferAccess access,
            TransferPartsCriteria parts) {
        this.filtered = filtered;
        this.tallies = tallies;
        this.access = access;
        this.parts = parts;
    }

    /** One page of the transfers the current user may see that match the filter. */
    @PreAuthorize("hasRole('VIEWER')")
    public List<TransferRow> page(TransferFilter filter, TransferSort sort, int offset, int limit) {
        return filtered.page(access.visibleSelection(filter), sort, offset, limit, parts.designatedPartyOfRow());
    }

    /**
     * The exact number of transfers the current user may see that match the filter: from the pair tally when
     * the filter names only states, direction, kind or review state, otherwise by reading every matching
     * transfer.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public int count(TransferFilter filter) {
        if (TransferFilterRepository.onlyTalliedCriteria(filter)) {
            return tallies.tallyCount(filter, access.seesPublishedOnly());
        }
        return filtered.countMatching(access.visibleCondition(filter));
    }

    /**
     * What the transfers grid shows for a filter: one page, and the count, exact up to
     * {@value #EXACT_COUNT_LIMIT} and "more than" that beyond, in one call and one statement.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public TransferPage pageWithCount(TransferFilter filter, TransferSort sort, int offset, int limit) {
        return filtered.pageWithCount(access.visibleSelection(filter), sort, offset, limit, EXACT_COUNT_LIMIT,
                parts.designatedPartyOfRow());
    }

    /**
     * The next page of the transfers the user may see that match the filter, newest first, after the
     * transfer {@code afterId} (keyset paging, for the API): the same rows, in the same order, as
     * {@link #page} with {@link TransferSort#NEWEST}.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<TransferRow> pageAfter(TransferFilter filter, @Nullable Long afterId, int limit) {
        var selection = access.visibleSelection(filter);
        if (afterId != null) {
            selection = selection.and(TransferFilterRepository.transferId().lt(afterId));
        }
        return filtered.page(selection, TransferSort.NEWEST, 0, limit, parts.designatedPartyOfRow());
    }

}
