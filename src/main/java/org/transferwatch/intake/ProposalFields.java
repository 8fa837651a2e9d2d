package org.transferwatch.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;

/**
 * Fills in the proposal a clause makes from what the finders found in the text: the goods' wording and
 * designation, the quantity before the goods, the clause's value and period, each with its reason.
 */
final class ProposalFields {

    private static final Set<String> QUANTITY_BRIDGE = Set.of("of", "the", "a", "an", "its", "their", "some", "-");

    private final String text;

    private final List<Token> tokens;

    private final List<StateMention> states;

    private final List<QuantityMention> quantities;

    private final List<TimeMention> times;

    private final @Nullable LocalDate reportedOn;

    ProposalFields(String text, List<Token> tokens, List<StateMention> states, List<QuantityMention> quantities,
            List<TimeMention> times, @Nullable LocalDate reportedOn) {
        this.text = text;
        this.tokens = tokens;
        this.states = states;
        this.quantities = quantities;
        this.times = times;
        this.reportedOn = reportedOn;
    }

    /**
     * The proposal of {@code part} of the clause's goods ({@code whole}: all of them, so the clause's value
     * is theirs), its period read from {@code timeClause}.
     */
    RawProposal raw(int sentence, Excerpt excerpt, Clause clause, Clause timeClause, List<GoodsMention> part,
            boolean whole, Roles roles, StatusReader.Status status) {
        var reasons = new ArrayList<String>();
        var first = part.getFirst();
        var specific = part.stream().filter(g -> !g.generic()).findFirst().orElse(first);
        var item = item(part, whole);
        var designations = part.stream().map(GoodsMention::designation).filter(Objects::nonNull).distinct().toList();
        var designation = designations.isEmpty() ? null : String.join(", ", designations);
        var heads = part.stream().map(g -> tokens.get(g.lastToken()).text()).distinct().toList();
        var unit = String.join(" and ", heads);
        if (unit.length() > 50) {
            unit = heads.getFirst();
        }

        var supplier = roles.supplier();
        var recipient = roles.recipient();
        reasons.add("supplier " + supplier.state().countryName() + ": " + supplier.why());
        reasons.add("recipient " + recipient.state().countryName() + ": " + recipient.why());
        reasons.add("goods \u201C" + item + "\u201D: " + specific.entry().kind().label().toLowerCase(Locale.ROOT)
                + (specific.entry().category() == null ? ", no category" : ", " + specific.entry().category()));

        var quantity = quantity(clause, first, unit, reasons);
        var value = whole ? value(clause, reasons) : null;
        var period = period(timeClause, reasons);
        reasons.add("status " + status.why());
        return new RawProposal(sentence, excerpt, supplier.state(), recipient.state(), specific.entry().kind(),
                specific.entry().category(), part.stream().allMatch(GoodsMention::generic), item, designation, quantity,
                value, period, status, reasons, new ArrayList<>());
    }

    /** The goods as written: one stretch of text for goods that stand together, else each joined by "and". */
    private String item(List<GoodsMention> part, boolean whole) {
        String item;
        if (whole || part.size() == 1) {
            item = text.substring(tokens.get(part.getFirst().itemFirstToken()).start(), tokens.get(part.getLast().lastToken()).end());
        }
        else {
            item = String.join(" and ", part.stream()
                .map(g -> text.substring(tokens.get(g.itemFirstToken()).start(), tokens.get(g.lastToken()).end()))
                .toList());
        }
        return item.replaceAll("\\s+", " ").strip();
    }

    private Quantity quantity(Clause clause, GoodsMention first, String unit, List<String> reasons) {
        int itemStart = tokens.get(first.itemFirstToken()).start();
        int firstEnd = tokens.get(first.lastToken()).end();
        int clauseStart = tokens.get(clause.from()).start();
        QuantityMention best = null;
        for (var q : quantities) {
            if (q.money() || q.start() < clauseStart || q.start() >= itemStart || q.end() > firstEnd) {
                continue;
            }
            if (q.end() <= itemStart && !bridged(q.end(), itemStart)) {
                continue;
            }
            best = q;
        }
        if (best == null) {
            return Quantity.UNKNOWN;
        }
        var quantity = best.quantity();
        if (quantity.unit() == null) {
            quantity = new Quantity(quantity.low(), quantity.high(), unit, quantity.estimate());
        }
        reasons.add("quantity \u201C" + best.text().strip() + "\u201D: " + quantity.label());
        return quantity;
    }

    /** Only "of", articles and state names stand between a quantity and its goods ("2.8 million tonnes of North Korean coal"). */
    private boolean bridged(int from, int to) {
        for (var token : tokens) {
            if (token.start() < from || token.end() > to) {
                continue;
            }
            boolean state = states.stream().anyMatch(s -> s.start() <= token.start() && token.end() <= s.end());
            if (!state && !QUANTITY_BRIDGE.contains(token.lower())) {
                return false;
            }
        }
        return true;
    }

    /** The first dollar amount in the clause. */
    private @Nullable BigDecimal value(Clause clause, List<String> reasons) {
        var money = quantities.stream().filter(q -> q.money() && inClause(clause, q.start(), q.end())).findFirst();
        if (money.isEmpty()) {
            return null;
        }
        var value = money.get().usd();
        reasons.add("value \u201C" + money.get().text() + "\u201D: US$ " + String.format(Locale.ENGLISH, "%,.0f", value));
        return value;
    }

    private @Nullable Period period(Clause clause, List<String> reasons) {
        for (var time : times) {
            if (time.reporting() || !inClause(clause, time.start(), time.end())) {
                continue;
            }
            var when = time.relative() && reportedOn != null ? " in a report of " + DateFormats.DAY.format(reportedOn) : "";
            reasons.add("period \u201C" + time.text().strip() + "\u201D" + when + ": " + time.period().label());
            return time.period();
        }
        return null;
    }

    /** Whether the clause says when, other than when it was reported. */
    boolean hasTime(Clause clause) {
        return times.stream().anyMatch(t -> !t.reporting() && inClause(clause, t.start(), t.end()));
    }

    /** Whether the characters {@code start..end} lie within the clause's text. */
    private boolean inClause(Clause clause, int start, int end) {
        return start >= tokens.get(clause.from()).start() && end <= tokens.get(clause.to() - 1).end();
    }

}
