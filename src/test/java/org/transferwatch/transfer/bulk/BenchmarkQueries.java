package org.transferwatch.transfer.bulk;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.transferwatch.party.PartyService;
import org.transferwatch.place.PlaceService;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.TransferAccess;
import org.transferwatch.transfer.TransferFilter;

/**
 * Gives the benchmark the very COPY statement of the CSV export, to time it over plain JDBC (COPY does not go
 * through jOOQ's execution, so it cannot be recorded as it runs like the grid's statements).
 */
public final class BenchmarkQueries {

    private BenchmarkQueries() {
    }

    /** The settings the export's transaction runs its COPY statement with. */
    public static List<String> exportSettings() {
        return TransferExportRepository.EXPORT_SETTINGS;
    }

    /** The COPY statement of the CSV export for the filter, as the current user would run it. */
    public static String exportStatement(ApplicationContext context, TransferFilter filter) {
        return context.getBean(TransferExportRepository.class).exportStatement(
                context.getBean(TransferAccess.class).visibleCondition(filter),
                context.getBean(SourceService.class).titlesAndUrls("best_source"),
                TransferExportRepository.Names.of(context.getBean(PartyService.class), context.getBean(PlaceService.class)));
    }

}
