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
 * What a briefing covers: a pair of states (or one state, or none), one direction or both, a period, some kinds of
 * goods (none named: all), the further criteria of the Transfers list it was built from (status, text, party …), and
 * whether drafts are included (published transfers only by default; retracted ones never).
 *
 * @param aCode the supplier of a list's scope, or the pair page's first state; none for a list without one
 * @param bCode the recipient of a list's scope, or the pair page's second state
 * @param criteria the list's other criteria, without pair, direction, period and kind (those are the other
 *        components); {@link TransferFilter#NONE} for a briefing built on the pair page. Its review state, if the
 *        list had one, narrows the transfers to published ones or (on request) to drafts.
 */
public record BriefingScope(@Nullable String aCode, @Nullable String bCode, Direction direction, @Nullable LocalDate from,
        @Nullable LocalDate to, Set<TransferKind> kinds, boolean includeDrafts, TransferFilter criteria) {

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

    /**
     * One side of the scope as the list filters it: supplier and recipient (either may be open), and whether they
     * match in either direction ("to or from North Korea").
     */
    public record Side(@Nullable String supplier, @Nullable String recipient, boolean either) {
    }

    public BriefingScope {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        criteria = criteria.withPair(null, null, false).withPeriod(null, null).withKind(null);
    }

    /** A pair page's scope, with no further criteria. */
    public BriefingScope(String aCode, String bCode, Direction direction, @Nullable LocalDate from, @Nullable LocalDate to,
            Set<TransferKind> kinds, boolean includeDrafts) {
        this(aCode, bCode, direction, from, to, kinds, includeDrafts, TransferFilter.NONE);
    }

    /** Everything between the two states, both directions, published only. */
    public static BriefingScope pair(String aCode, String bCode) {
        return new BriefingScope(aCode, bCode, Direction.BOTH, null, null, Set.of(), false);
    }

    /**
     * The scope of a Transfers list's filter, whatever it holds: supplier and recipient (either direction), period
     * and kind become the scope's own; everything else is kept as its criteria. Drafts are included only if the
     * list shows drafts only.
     */
    public static BriefingScope ofList(TransferFilter list) {
        var either = list.eitherDirection() && (list.supplierCode() != null || list.recipientCode() != null);
        return new BriefingScope(list.supplierCode(), list.recipientCode(), either ? Direction.BOTH : Direction.A_TO_B,
                list.periodFrom(), list.periodTo(), list.kind() == null ? Set.of() : Set.of(list.kind()),
                list.reviewState() == ReviewState.DRAFT, list);
    }

    /** Whether the scope names two states (the pair page's briefings always do). */
    public boolean isPair() {
        return aCode != null && bCode != null;
    }

    /** Whether the scope came from the Transfers list with criteria a pair page's scope has not. */
    public boolean fromList() {
        return !isPair() || !criteria.isEmpty();
    }

    /** The Transfers list's filter of the scope (its first kind, if it names several), to open the list it came from. */
    public TransferFilter listFilter() {
        return criteria.withPair(direction == Direction.B_TO_A ? bCode : aCode, direction == Direction.B_TO_A ? aCode : bCode,
                direction == Direction.BOTH).withPeriod(from, to).withKind(kinds.isEmpty() ? null : kinds.stream().sorted().findFirst().orElseThrow());
    }


    public boolean allKinds() {
        return kinds.isEmpty() || kinds.size() == TransferKind.values().length;
    }

    /**
     * The sides covered: for a pair, each direction asked for, as {supplier, recipient}; for a list with one state
     * or none, the one side the list filters by.
     */
    public List<Side> directions() {
        if (!isPair()) {
            return List.of(new Side(aCode, bCode, direction == Direction.BOTH));
        }
        return switch (direction) {
            case BOTH -> List.of(new Side(aCode, bCode, false), new Side(bCode, aCode, false));
            case A_TO_B -> List.of(new Side(aCode, bCode, false));
            case B_TO_A -> List.of(new Side(bCode, aCode, false));
        };
    }

    /**
     * The scope as transfers-list filters that never overlap (one per side, kind named and review state
     * included), so that their counts add up and every figure is a count the list shows for one of them.
     */
    public List<TransferFilter> filters() {
        var filters = new ArrayList<TransferFilter>();
        for (var side : directions()) {
            filters.addAll(filters(side));
        }
        return filters;
    }

    /** The filters of one side of the scope. */
    public List<TransferFilter> filters(Side side) {
        var filters = new ArrayList<TransferFilter>();
        var base = criteria.withPair(side.supplier(), side.recipient(), side.either()).withPeriod(from, to);
        var kindsCovered = allKinds() ? java.util.Collections.<TransferKind>singletonList(null)
                : kinds.stream().sorted().toList();
        for (var kind : kindsCovered) {
            for (var state : states()) {
                filters.add(base.withKind(kind).withReviewState(state));
            }
        }
        return filters;
    }

    /**
     * The review states covered: published, and drafts on request; a list narrowed to one review state keeps it
     * (a drafts-only list needs drafts asked for; retracted transfers are never covered).
     */
    public List<ReviewState> states() {
        var listed = criteria.reviewState();
        if (listed == ReviewState.PUBLISHED) {
            return List.of(ReviewState.PUBLISHED);
        }
        if (listed == ReviewState.DRAFT) {
            return includeDrafts ? List.of(ReviewState.DRAFT) : List.of();
        }
        if (listed == ReviewState.RETRACTED) {
            return List.of();
        }
        return includeDrafts ? List.of(ReviewState.PUBLISHED, ReviewState.DRAFT) : List.of(ReviewState.PUBLISHED);
    }

    /** "published transfers" or "published and draft transfers". */
    public String whichTransfers() {
        var states = states();
        if (states.equals(List.of(ReviewState.DRAFT))) {
            return "draft transfers";
        }
        return states.contains(ReviewState.DRAFT) ? "published and draft transfers" : "published transfers";
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
