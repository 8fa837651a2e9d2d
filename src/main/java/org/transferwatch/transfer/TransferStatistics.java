package org.transferwatch.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The aggregates the dashboard and the country-pair page show, all computed in SQL. */
public final class TransferStatistics {

    private TransferStatistics() {
    }

    /**
     * Everything the dashboard shows, read in one transaction so that its figures agree with each other.
     *
     * @param designatedParty how many transfers have a party confirmed to be a listed designation
     * @param routes the shipments' routes through the gazetteer's places
     */
    public record Dashboard(Overview overview, Matrix matrix, List<PairCount> flows, List<MonthCount> months,
            List<TransferRow> latest, int designatedParty, TransferRoutes.RouteMap routes) {
    }

    /** The headline figures. */
    public record Overview(int total, int addedLast30Days, LocalDate addedSince, Map<Confidence, Integer> byConfidence,
            Map<TransferKind, Integer> byKind, int flagged) {
    }

    /** How many transfers go from one state to another (optionally of one kind). */
    public record PairCount(String supplierCode, String supplierName, String recipientCode, String recipientName,
            TransferKind kind, int count) {
    }

    /** A state and how many transfers it supplies or receives. */
    public record StateCount(String code, String name, int count) {
    }

    /** A supplier × recipient matrix of the states with the most transfers. */
    public record Matrix(List<StateCount> suppliers, List<StateCount> recipients, Map<String, Integer> counts) {

        public int count(String supplierCode, String recipientCode) {
            return counts.getOrDefault(supplierCode + ">" + recipientCode, 0);
        }

        public int max() {
            return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }

    }

    /**
     * How many matching transfers of one direction share a period, at its precision: a year-level record is
     * one span over its year, never twelve months of activity.
     */
    public record PeriodSpan(String supplierCode, LocalDate start, LocalDate end, PeriodPrecision precision, int count) {
    }

    /**
     * Of the matching transfers: how many a source disputes or denies, how many are delivered, and the earliest
     * start of their periods (none when no transfer has a period).
     */
    public record Outcomes(int disputed, int delivered, @Nullable LocalDate earliestStart) {
    }

    /** Transfers whose period overlaps a month. */
    public record MonthCount(LocalDate month, int count) {
    }

    /** A source reporting transfers of a pair, and on how many transfers it has claims. */
    public record SourceCount(long sourceId, int transfers) {
    }

}
