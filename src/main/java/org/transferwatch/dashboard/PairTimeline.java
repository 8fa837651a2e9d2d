package org.transferwatch.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.transferwatch.transfer.TransferStatistics;

/**
 * The country-pair page's timeline: month by month, how many of the transfers of each direction have a period
 * overlapping it, over the months the pair's periods span (at most the last {@link #YEARS} years).
 */
public record PairTimeline(LocalDate from, LocalDate to, List<TransferStatistics.MonthCount> aToB,
        List<TransferStatistics.MonthCount> bToA) {

    /** The timeline covers at most this many years, the latest ones. */
    public static final int YEARS = 30;

}
