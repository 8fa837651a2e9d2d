package org.transferwatch.transfer.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferSort;

/**
 * The first page of a filter, fetched together with its count and kept until the grid asks for it: the grid's
 * fetch of that page is served from here, so a new filter costs one call and one statement.
 */
final class FirstPageCache {

    private record Page(TransferFilter filter, TransferSort sort, int limit, List<TransferRow> rows) {
    }

    private @Nullable Page kept;

    void keep(TransferFilter filter, TransferSort sort, int limit, List<TransferRow> rows) {
        kept = new Page(filter, sort, limit, rows);
    }

    /**
     * The kept rows if they are exactly the page asked for, otherwise null. Either way they are forgotten:
     * the grid asks for the first page once, and later fetches must see the database as it is then.
     */
    @Nullable List<TransferRow> take(TransferFilter filter, TransferSort sort, int offset, int limit) {
        var page = kept;
        kept = null;
        if (page != null && offset == 0 && page.limit() == limit && page.sort() == sort
                && page.filter().equals(filter)) {
            return page.rows();
        }
        return null;
    }

    void forget() {
        kept = null;
    }

}
