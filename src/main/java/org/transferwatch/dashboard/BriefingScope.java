package org.transferwatch.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;

/**
 * What a briefing covers: a pair of states, one direction or both, a period, some kinds of goods (none named:
 * all), and whether drafts are included (published transfers only by default; retracted ones never).
 */
public record BriefingScope(String aCode, String bCode, Direction direction, @Nullable LocalDate from,
        @Nullable LocalDate to, Set<TransferKind> kinds, boolean includeDrafts) {

    /** Which way the goods go: from a to b, from b to a, or both. */
    public enum Direction {
        BOTH, A_TO_B, B_TO_A;

        public String dbValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Direction fromDb(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public BriefingScope {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Everything between the two states, both directions, published only. */
    public static BriefingScope pair(String aCode, String bCode) {
        return new BriefingScope(aCode, bCode, Direction.BOTH, null, null, Set.of(), false);
    }

    public boolean allKinds() {
        return kinds.isEmpty() || kinds.size() == TransferKind.values().length;
    }

    /** The directions covered, each as {supplier, recipient}. */
    public List<String[]> directions() {
        return switch (direction) {
            case BOTH -> List.of(new String[] { aCode, bCode }, new String[] { bCode, aCode });
            case A_TO_B -> List.<String[]>of(new String[] { aCode, bCode });
            case B_TO_A -> List.<String[]>of(new String[] { bCode, aCode });
        };
    }

    /**
     * The scope as transfers-list filters that never overlap (one per direction, kind named and review state
     * included), so that their counts add up and every figure is a count the list shows for one of them.
     */
    public List<TransferFilter> filters() {
        var filters = new ArrayList<TransferFilter>();
        for (var pair : directions()) {
            filters.addAll(filters(pair[0], pair[1]));
        }
        return filters;
    }

    /** The filters of one direction of the scope. */
    public List<TransferFilter> filters(String supplier, String recipient) {
        var filters = new ArrayList<TransferFilter>();
        var base = TransferFilter.pair(supplier, recipient).withPeriod(from, to);
        var kindsCovered = allKinds() ? java.util.Collections.<TransferKind>singletonList(null)
                : kinds.stream().sorted().toList();
        var states = includeDrafts ? List.of(ReviewState.PUBLISHED, ReviewState.DRAFT) : List.of(ReviewState.PUBLISHED);
        for (var kind : kindsCovered) {
            for (var state : states) {
                filters.add(base.withKind(kind).withReviewState(state));
            }
        }
        return filters;
    }

    /** "published transfers" or "published and draft transfers". */
    public String whichTransfers() {
        return includeDrafts ? "published and draft transfers" : "published transfers";
    }

    /** "Arms and raw materials", or "All kinds of goods". */
    public String kindsLabel() {
        if (allKinds()) {
            return "all kinds of goods";
        }
        return kinds.stream().sorted().map(BriefingScope::kindPlural).collect(Collectors.joining(" and "));
    }

    static String kindPlural(TransferKind kind) {
        return switch (kind) {
            case ARMS -> "arms";
            case RAW_MATERIAL -> "raw materials";
            case DUAL_USE -> "dual-use goods";
        };
    }

    /** "from 1 Jan 2023 to 31 Dec 2024", "since 1 Jan 2023", "until ...", or "any period". */
    public String periodLabel() {
        if (from == null && to == null) {
            return "any period";
        }
        if (to == null) {
            return "periods since " + DateFormats.DAY.format(from);
        }
        if (from == null) {
            return "periods until " + DateFormats.DAY.format(to);
        }
        return "periods from " + DateFormats.DAY.format(from) + " to " + DateFormats.DAY.format(to);
    }

}
