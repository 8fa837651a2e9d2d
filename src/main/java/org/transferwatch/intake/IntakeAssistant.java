package org.transferwatch.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.transferwatch.country.CountryAlias;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferStatus;

/**
 * Reads a source's text and proposes draft transfers, by rules, offline, in plain Java. Build it once
 * from the alias table; {@link #read} is then safe to call from any thread.
 *
 * <p>Per sentence and clause: the goods found make a proposal when the clause also gives a supplier and
 * a recipient ({@link RoleReader}); goods joined by "and"/"or" make one proposal, split when their
 * categories differ (shells and rockets stay together as munitions). A sentence that only denies
 * ("North Korea has strongly and repeatedly dismissed the accusation.") disputes the latest proposal of
 * the two sentences before it that involves the denier. Mentions of the same transfer (same pair and kind,
 * same or a generic category, the same stage: still to come or done, overlapping periods) become one
 * proposal, quoted from its most specific sentence.
 */
public final class IntakeAssistant {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final Set<String> CONNECTORS = Set.of("and", "or", "as", "well", "other", "also", "including", "such",
            "plus", "a", "an", "the", "some", "of", ",", "-", "batch", "batches", "number", "numbers", "types", "kinds",
            "type", "kind", "various", "quantities", "quantity", "amounts", "amount", "large", "significant", "multiple",
            "small", "several", "many", "more", "its", "their", "with");

    private static final Set<String> QUANTITY_BRIDGE = Set.of("of", "the", "a", "an", "its", "their", "some", "-");

    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "its", "their", "such");

    private final StateFinder stateFinder;

    private final GoodsFinder goodsFinder = new GoodsFinder();

    public IntakeAssistant(Collection<CountryAlias> aliases) {
        this.stateFinder = new StateFinder(aliases);
    }

    /** Proposals for the text; relative dates ("late last year") resolve only with the report's date. */
    public Reading read(String text, @Nullable LocalDate reportedOn) {
        var normalised = Tokenizer.normalise(text);
        var tokens = Tokenizer.tokens(normalised);
        var sentences = Tokenizer.sentences(normalised).stream().map(s -> Excerpt.of(text, s.start(), s.end())).toList();
        var states = stateFinder.find(tokens);
        var goods = goodsFinder.find(tokens, states);
        var quantities = QuantityFinder.find(normalised);
        var times = TimeFinder.find(normalised, reportedOn);
        var marked = new MarkedText(tokens, states, goods);
        var splitter = new ClauseSplitter(marked);
        var roleReader = new RoleReader(marked);
        var statusReader = new StatusReader(marked);
        var context = new Context(text, tokens, states, quantities, times, reportedOn);

        var raws = new ArrayList<Raw>();
        var denials = new ArrayList<Denial>();
        int next = 0;
        for (int s = 0; s < sentences.size(); s++) {
            var sentence = sentences.get(s);
            int from = next;
            while (next < tokens.size() && tokens.get(next).start() < sentence.end()) {
                next++;
            }
            Roles previous = null;
            Roles before = null;
            StatusReader.Status statusBefore = null;
            Clause clauseBefore = null;
            Denial denial = null;
            boolean goodsInSentence = false;
            int sentenceRaws = raws.size();
            for (var clause : splitter.clauses(from, next)) {
                var clauseGoods = goods.stream()
                    .filter(g -> clause.contains(g.firstToken()) && !target(tokens, g, clause))
                    .toList();
                var status = statusReader.status(clause);
                var base = roleReader.roles(clause, List.of());
                if (clauseGoods.isEmpty()) {
                    if (status.denial() && raws.size() > sentenceRaws) {
                        // ", a charge Beijing rejected": the denial of the claim just made.
                        for (int r = sentenceRaws; r < raws.size(); r++) {
                            raws.get(r).denials().add(sentence);
                        }
                    }
                    else if (status.denial() && denial == null) {
                        denial = new Denial(s, denier(context, clause, states), sentence);
                    }
                    before = base;
                    statusBefore = status;
                    clauseBefore = clause;
                    continue;
                }
                goodsInSentence = true;
                boolean relative = tokens.get(clause.from()).is("which") || tokens.get(clause.from()).is("that");
                for (var group : groups(tokens, clauseGoods, states)) {
                    var parts = parts(group);
                    for (var part : parts) {
                        var roles = roleReader.roles(clause, part);
                        var reasons = new ArrayList<String>();
                        var partStatus = status;
                        var timeClause = clause;
                        if (!roles.complete() && clause.exchange() && previous != null && previous.complete()) {
                            if (definite(tokens, part.getFirst(), clause)) {
                                continue;
                            }
                            roles = new Roles(
                                    new Roles.Role(previous.recipient().state(), 1, "gives them in exchange"),
                                    new Roles.Role(previous.supplier().state(), 1, "gets them in exchange"));
                            partStatus = new StatusReader.Status(TransferStatus.REPORTED, false, StatusReader.Stage.UNKNOWN,
                                    "goods given in exchange: reported");
                        }
                        else if (!roles.complete() && relative && before != null && before.complete()) {
                            // "... shipped 10,000 containers to Russia, which ... held 4.8 million shells".
                            roles = new Roles(
                                    new Roles.Role(before.supplier().state(), before.supplier().score(),
                                            before.supplier().why() + " (the clause it refers to)"),
                                    new Roles.Role(before.recipient().state(), before.recipient().score(),
                                            before.recipient().why() + " (the clause it refers to)"));
                            if (status.stage() == StatusReader.Stage.UNKNOWN && statusBefore != null) {
                                partStatus = statusBefore;
                            }
                            if (!hasTime(context, clause)) {
                                timeClause = clauseBefore;
                            }
                        }
                        if (!roles.complete()) {
                            continue;
                        }
                        if (previous == null && !clause.exchange()) {
                            previous = roles;
                        }
                        var suppliers = new ArrayList<StateMention>(List.of(roles.supplier().state()));
                        suppliers.addAll(roles.alsoSupplying());
                        var recipients = new ArrayList<StateMention>(List.of(roles.recipient().state()));
                        recipients.addAll(roles.alsoReceiving());
                        for (var supplier : suppliers) {
                            for (var recipient : recipients) {
                                var pair = new Roles(
                                        supplier == roles.supplier().state() ? roles.supplier()
                                                : new Roles.Role(supplier, roles.supplier().score(),
                                                        roles.supplier().why() + ", with " + roles.supplier().state().text()),
                                        recipient == roles.recipient().state() ? roles.recipient()
                                                : new Roles.Role(recipient, roles.recipient().score(),
                                                        roles.recipient().why() + ", with " + roles.recipient().state().text()));
                                raws.add(raw(context, s, sentence, clause, timeClause, part, parts.size() == 1, pair,
                                        partStatus, new ArrayList<>(reasons)));
                            }
                        }
                    }
                }
                before = base;
                statusBefore = status;
                clauseBefore = clause;
            }
            if (!goodsInSentence && denial != null) {
                denials.add(denial);
            }
        }
        linkDenials(raws, denials);
        var proposals = merge(raws);
        return new Reading(text, reportedOn, sentences, states, proposals);
    }

    private record Context(String text, List<Token> tokens, List<StateMention> states, List<QuantityMention> quantities,
            List<TimeMention> times, @Nullable LocalDate reportedOn) {
    }

    /** One proposal as read from one clause, before mentions of the same transfer are merged. */
    private record Raw(int sentence, Excerpt excerpt, StateMention supplier, StateMention recipient, TransferKind kind,
            @Nullable String category, boolean generic, String item, @Nullable String designation, Quantity quantity,
            @Nullable BigDecimal valueUsd, @Nullable Period period, StatusReader.Status status, List<String> reasons,
            List<Excerpt> denials) {
    }

    private record Denial(int sentence, @Nullable String denierCode, Excerpt excerpt) {
    }

    private static @Nullable String denier(Context context, Clause clause, List<StateMention> states) {
        int denialAt = -1;
        for (int i = clause.from(); i < clause.to(); i++) {
            if (Cues.DENIAL.contains(context.tokens().get(i).lower())) {
                denialAt = i;
                break;
            }
        }
        for (var state : states) {
            if (clause.contains(state.firstToken()) && state.party() && (denialAt < 0 || state.lastToken() < denialAt)) {
                return state.countryCode();
            }
        }
        return null;
    }

    /** Goods joined by "and", "or", commas, "other", quantities and modifiers belong together. */
    private static List<List<GoodsMention>> groups(List<Token> tokens, List<GoodsMention> goods, List<StateMention> states) {
        var groups = new ArrayList<List<GoodsMention>>();
        List<GoodsMention> current = null;
        GoodsMention last = null;
        for (var mention : goods) {
            if (current != null && coordinated(tokens, last, mention, states)) {
                current.add(mention);
            }
            else {
                current = new ArrayList<>(List.of(mention));
                groups.add(current);
            }
            last = mention;
        }
        return groups;
    }

    private static boolean coordinated(List<Token> tokens, GoodsMention left, GoodsMention right, List<StateMention> states) {
        int from = left.lastToken() + 1;
        int to = right.itemFirstToken();
        if (to - from > 10) {
            return false;
        }
        if (states.stream().anyMatch(s -> s.firstToken() >= from && s.firstToken() < to && s.party())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            var token = tokens.get(k);
            if (!CONNECTORS.contains(token.lower()) && token.type() != Token.Type.NUMBER
                    && !token.lower().matches(QuantityFinder.UNIT) && !token.lower().matches("million|thousand|hundred|dozen|millions|thousands|hundreds|dozens")) {
                return false;
            }
        }
        return true;
    }

    /**
     * One proposal per category: shells (ML3) and rockets (ML4) stay one munitions proposal, generic goods
     * ("weapons") join the first part of their kind, different categories ("microelectronics and machine
     * tools") split.
     */
    private static List<List<GoodsMention>> parts(List<GoodsMention> group) {
        var parts = new LinkedHashMap<String, List<GoodsMention>>();
        var generic = new ArrayList<GoodsMention>();
        for (var mention : group) {
            if (mention.generic()) {
                generic.add(mention);
                continue;
            }
            var category = mention.entry().category();
            var family = "ML3".equals(category) || "ML4".equals(category) ? "munitions" : category;
            parts.computeIfAbsent(mention.entry().kind() + ":" + family, key -> new ArrayList<>()).add(mention);
        }
        for (var mention : generic) {
            var part = parts.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(mention.entry().kind() + ":"))
                .findFirst();
            if (part.isPresent()) {
                part.get().getValue().add(mention);
                part.get().getValue().sort(Comparator.comparingInt(GoodsMention::firstToken));
            }
            else {
                parts.computeIfAbsent(mention.entry().kind() + ":*", key -> new ArrayList<>()).add(mention);
            }
        }
        return List.copyOf(parts.values());
    }

    private static boolean definite(List<Token> tokens, GoodsMention mention, Clause clause) {
        int k = mention.itemFirstToken() - 1;
        return k >= clause.from() && DEFINITE.contains(tokens.get(k).lower());
    }

    /** Goods after "at" or "against" are what is shot at, not what moves. */
    private static boolean target(List<Token> tokens, GoodsMention goods, Clause clause) {
        for (int k = goods.itemFirstToken() - 1; k >= Math.max(clause.from(), goods.itemFirstToken() - 3); k--) {
            var word = tokens.get(k).lower();
            if (Cues.TARGET_PREPOSITIONS.contains(word)) {
                return true;
            }
            if (!tokens.get(k).isWord() || Cues.isTrigger(word)) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasTime(Context context, Clause clause) {
        int start = context.tokens().get(clause.from()).start();
        int end = context.tokens().get(clause.to() - 1).end();
        return context.times().stream().anyMatch(t -> !t.reporting() && t.start() >= start && t.end() <= end);
    }

    private Raw raw(Context context, int sentence, Excerpt excerpt, Clause clause,
            Clause timeClause, List<GoodsMention> part,
            boolean whole, Roles roles, StatusReader.Status status, List<String> reasons) {
        var tokens = context.tokens();
        var first = part.getFirst();
        var lastMember = part.getLast();
        var specific = part.stream().filter(g -> !g.generic()).findFirst().orElse(first);
        boolean contiguous = whole || part.size() == 1;
        String item;
        if (contiguous) {
            item = context.text().substring(tokens.get(first.itemFirstToken()).start(), tokens.get(lastMember.lastToken()).end());
        }
        else {
            item = String.join(" and ", part.stream()
                .map(g -> context.text().substring(tokens.get(g.itemFirstToken()).start(), tokens.get(g.lastToken()).end()))
                .toList());
        }
        item = item.replaceAll("\\s+", " ").strip();
        var designations = part.stream().map(GoodsMention::designation).filter(java.util.Objects::nonNull).distinct().toList();
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

        var quantity = quantity(context, clause, first, unit, reasons);
        BigDecimal value = null;
        if (whole) {
            var clauseStart = tokens.get(clause.from()).start();
            var clauseEnd = tokens.get(clause.to() - 1).end();
            var money = context.quantities().stream()
                .filter(q -> q.money() && q.start() >= clauseStart && q.end() <= clauseEnd)
                .findFirst();
            if (money.isPresent()) {
                value = money.get().usd();
                reasons.add("value \u201C" + money.get().text() + "\u201D: US$ " + String.format(Locale.ENGLISH, "%,.0f", value));
            }
        }
        var period = period(context, timeClause, reasons);
        reasons.add("status " + status.why());
        return new Raw(sentence, excerpt, supplier.state(), recipient.state(), specific.entry().kind(),
                specific.entry().category(), part.stream().allMatch(GoodsMention::generic), item, designation, quantity,
                value, period, status, reasons, new ArrayList<>());
    }

    private static Quantity quantity(Context context, Clause clause, GoodsMention first, String unit,
            List<String> reasons) {
        var tokens = context.tokens();
        int itemStart = tokens.get(first.itemFirstToken()).start();
        int firstEnd = tokens.get(first.lastToken()).end();
        int clauseStart = tokens.get(clause.from()).start();
        QuantityMention best = null;
        for (var q : context.quantities()) {
            if (q.money() || q.start() < clauseStart || q.start() >= itemStart || q.end() > firstEnd) {
                continue;
            }
            if (q.end() <= itemStart && !bridged(context, q.end(), itemStart)) {
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
    private static boolean bridged(Context context, int from, int to) {
        for (var token : context.tokens()) {
            if (token.start() < from || token.end() > to) {
                continue;
            }
            boolean state = context.states().stream().anyMatch(s -> s.start() <= token.start() && token.end() <= s.end());
            if (!state && !QUANTITY_BRIDGE.contains(token.lower())) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Period period(Context context, Clause clause, List<String> reasons) {
        var tokens = context.tokens();
        int clauseStart = tokens.get(clause.from()).start();
        int clauseEnd = tokens.get(clause.to() - 1).end();
        for (var time : context.times()) {
            if (time.reporting() || time.start() < clauseStart || time.end() > clauseEnd) {
                continue;
            }
            var when = time.relative() && context.reportedOn() != null
                    ? " in a report of " + DAY.format(context.reportedOn()) : "";
            reasons.add("period \u201C" + time.text().strip() + "\u201D" + when + ": " + time.period().label());
            return time.period();
        }
        return null;
    }

    private static void linkDenials(List<Raw> raws, List<Denial> denials) {
        for (var denial : denials) {
            Raw target = null;
            for (int i = raws.size() - 1; i >= 0 && target == null; i--) {
                var raw = raws.get(i);
                if (raw.sentence() >= denial.sentence() || raw.sentence() < denial.sentence() - 2 || raw.status().denial()) {
                    continue;
                }
                if (denial.denierCode() == null || raw.supplier().countryCode().equals(denial.denierCode())
                        || raw.recipient().countryCode().equals(denial.denierCode())) {
                    target = raw;
                }
            }
            if (target != null) {
                target.denials().add(denial.excerpt());
            }
        }
    }

    private static final class Merged {

        Raw primary;

        final List<Excerpt> denials = new ArrayList<>();

        final List<Excerpt> alsoIn = new ArrayList<>();

        Merged(Raw raw) {
            primary = raw;
            denials.addAll(raw.denials());
        }

        boolean sameTransfer(Raw raw) {
            if (!primary.supplier().countryCode().equals(raw.supplier().countryCode())
                    || !primary.recipient().countryCode().equals(raw.recipient().countryCode())
                    || primary.kind() != raw.kind()) {
                return false;
            }
            if (!primary.generic() && !raw.generic() && !java.util.Objects.equals(primary.category(), raw.category())) {
                return false;
            }
            var a = primary.status().stage();
            var b = raw.status().stage();
            if (a != b && a != StatusReader.Stage.UNKNOWN && b != StatusReader.Stage.UNKNOWN) {
                return false;
            }
            var p = primary.period();
            var q = raw.period();
            return p == null || q == null || !p.end().isBefore(q.start()) && !q.end().isBefore(p.start());
        }

        void add(Raw raw) {
            denials.addAll(raw.denials());
            if (raw.status().denial()) {
                if (!primary.status().denial()) {
                    denials.add(raw.excerpt());
                    return;
                }
            }
            boolean better = primary.status().denial() && !raw.status().denial() || primary.generic() && !raw.generic();
            if (better) {
                (primary.status().denial() ? denials : alsoIn).add(primary.excerpt());
                primary = raw;
            }
            else if (!raw.excerpt().equals(primary.excerpt())) {
                alsoIn.add(raw.excerpt());
            }
        }

    }

    private static List<Proposal> merge(List<Raw> raws) {
        var merged = new ArrayList<Merged>();
        for (var raw : raws) {
            var target = merged.stream().filter(m -> m.sameTransfer(raw)).findFirst();
            if (target.isPresent()) {
                target.get().add(raw);
            }
            else {
                merged.add(new Merged(raw));
            }
        }
        merged.sort(Comparator.comparingInt(m -> m.primary.excerpt().start()));
        var proposals = new ArrayList<Proposal>();
        for (var m : merged) {
            var raw = m.primary;
            var reasons = new ArrayList<>(raw.reasons());
            var denials = m.denials.stream().distinct()
                .filter(d -> !d.equals(raw.excerpt()) || !raw.status().denial())
                .toList();
            var alsoIn = m.alsoIn.stream().distinct().filter(d -> !d.equals(raw.excerpt()) && !denials.contains(d)).toList();
            if (!denials.isEmpty() && !raw.status().denial()) {
                reasons.add("disputed: \u201C" + denials.getFirst().text() + "\u201D");
            }
            if (!alsoIn.isEmpty()) {
                reasons.add("also mentioned in " + alsoIn.size() + (alsoIn.size() == 1 ? " other sentence" : " other sentences"));
            }
            var stance = raw.status().denial() ? Stance.DISPUTES : Stance.SUPPORTS;
            proposals.add(new Proposal(proposals.size() + 1, raw.supplier().countryCode(), raw.supplier().countryName(),
                    raw.recipient().countryCode(), raw.recipient().countryName(), raw.kind(), raw.category(), raw.item(),
                    raw.designation(), raw.quantity(), raw.valueUsd(), raw.status().status(), raw.period(), stance,
                    raw.excerpt(), denials, alsoIn, List.copyOf(reasons)));
        }
        return List.copyOf(proposals);
    }

}
