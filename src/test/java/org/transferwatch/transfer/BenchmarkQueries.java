package org.transferwatch.transfer;

import java.util.List;

import org.jooq.Query;
import org.springframework.context.ApplicationContext;

/** Gives the benchmark the very SQL the application runs for a page and a count, to time it over plain JDBC. */
public final class BenchmarkQueries {

    private BenchmarkQueries() {
    }

    /** The page and count queries for the filter, as the current user would run them. */
    public static List<Query> pageAndCount(ApplicationContext context, TransferFilter filter, TransferSort sort, int offset,
            int limit) {
        var repository = context.getBean(TransferRepository.class);
        var service = context.getBean(TransferService.class);
        return List.of(repository.pageQuery(service.visibleSelection(filter), sort, offset, limit),
                repository.countQuery(service.visibleCondition(filter)));
    }

    /**
     * The one statement of {@link TransferService#pageWithCount}, what the transfers grid runs for a filter: the
     * page with the count that stops after {@link TransferService#EXACT_COUNT_LIMIT} rows.
     */
    public static List<Query> gridPage(ApplicationContext context, TransferFilter filter, TransferSort sort, int offset,
            int limit) {
        var repository = context.getBean(TransferRepository.class);
        var selection = context.getBean(TransferService.class).visibleSelection(filter);
        return List.of(repository.pageWithCountQuery(selection, sort, offset, limit, TransferService.EXACT_COUNT_LIMIT));
    }

}
