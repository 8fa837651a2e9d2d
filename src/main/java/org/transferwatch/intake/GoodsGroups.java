package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Sorts a clause's goods into the parts that each make one proposal: goods that are shot at do not
 * count, goods joined by "and", "or", commas, quantities and modifiers form a group, and a group splits
 * where its categories differ.
 */
final class GoodsGroups {

    private static final Set<String> CONNECTORS = Set.of("and", "or", "as", "well", "other", "also", "including", "such",
            "plus", "a", "an", "the", "some", "of", ",", "-", "batch", "batches", "number", "numbers", "types", "kinds",
            "type", "kind", "various", "quantities", "quantity", "amounts", "amount", "large", "significant", "multiple",
            "small", "several", "many", "more", "its", "their", "with");

    private GoodsGroups() {
    }

    /** The goods of the clause that move: not those after "at" or "against", which are what is shot at. */
    static List<GoodsMention> moving(List<Token> tokens, List<GoodsMention> goods, Clause clause) {
        return goods.stream().filter(g -> clause.contains(g.firstToken()) && !target(tokens, g, clause)
                && !carrier(tokens, g, clause)).toList();
    }

    /** "Four North Korean tankers carried refined petroleum": vessels that carry other goods are not the goods. */
    private static boolean carrier(List<Token> tokens, GoodsMention goods, Clause clause) {
        if (!"HS89".equals(goods.entry().category())) {
            return false;
        }
        for (int k = goods.lastToken() + 1; k < Math.min(clause.to(), goods.lastToken() + 6); k++) {
            if (Cues.supplies(tokens.get(k)) || tokens.get(k).is("loaded")) {
                return true;
            }
        }
        return false;
    }

    private static boolean target(List<Token> tokens, GoodsMention goods, Clause clause) {
        for (int k = goods.itemFirstToken() - 1; k >= Math.max(clause.from(), goods.itemFirstToken() - 3); k--) {
            var word = tokens.get(k).lower();
            boolean quantity = k + 1 < tokens.size() && (tokens.get(k + 1).is("least") || tokens.get(k + 1).is("most"));
            if (Cues.TARGET_PREPOSITIONS.contains(word) && !quantity) {
                // "at least one Pantsir-class vehicle" is a quantity, not a target.
                return true;
            }
            if (!tokens.get(k).isWord() || Cues.isTrigger(word)) {
                return false;
            }
        }
        return false;
    }

    /** Goods joined by "and", "or", commas, "other", quantities and modifiers belong together. */
    static List<List<GoodsMention>> groups(List<Token> tokens, List<GoodsMention> goods, List<StateMention> states) {
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
    static List<List<GoodsMention>> parts(List<GoodsMention> group) {
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

}
