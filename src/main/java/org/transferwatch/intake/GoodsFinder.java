package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Finds the goods a text names, longest phrase first, with their modifiers and designations. */
final class GoodsFinder {

    /** Words that may stand before goods as part of what they are ("infantry artillery shells"). */
    static final Set<String> MODIFIERS = Set.of("infantry", "heavy", "light", "advanced", "modern", "old", "older", "new",
            "newer", "used", "refurbished", "surplus", "spare", "military", "ballistic", "cruise", "guided", "unguided",
            "precision", "long", "short", "medium", "range", "intermediate", "anti", "attack", "combat", "kamikaze",
            "suicide", "lethal", "large", "small", "calibre", "caliber", "refined", "crude", "thermal", "coking",
            "unwrought", "high", "grade", "low", "explosive", "incendiary", "cluster", "tactical", "strategic", "mm",
            "second", "hand", "self", "propelled", "armed", "unarmed", "naval", "air", "ground", "sea", "land",
            "launched", "mobile", "portable", "shoulder", "fired", "made", "built", "produced", "soviet", "era",
            "artillery", "tank", "aircraft", "ship", "infrared", "laser", "satellite", "industrial", "electronic",
            "critical", "sensitive", "western", "foreign", "additional", "further", "various", "assorted");

    /** Modifiers only as the second half of a compound ("shoulder-fired", "long-range", "self-propelled"). */
    private static final Set<String> HYPHENATED_ONLY = Set.of("fired", "launched", "made", "built", "produced",
            "propelled", "range", "era", "hand");

    private static final Pattern DESIGNATION = Pattern.compile(
            "[A-Z][A-Za-z]{0,11}(?:-(?:[A-Za-z]{0,4}\\d[A-Za-z0-9]{0,5}|[A-Z]{1,2}\\d?))+"
                    // "Pantsir-class", "Kilo-class", "Shahed-type": a class of system named by its model.
                    + "|[A-Z][A-Za-z0-9]{1,15}(?:-[A-Za-z0-9]{1,6})?-(?:class|type)");

    /** Before a hyphen, these make the goods word after it a description of other goods ("anti-tank missiles"). */
    private static final Set<String> AGAINST_PREFIXES = Set.of("anti", "counter");

    private static final Set<String> QUANTITY_WORDS = Set.of("million", "millions", "thousand", "thousands", "hundred",
            "hundreds", "dozen", "dozens", "billion", "billions");

    private static final class Node {

        final Map<String, Node> next = new HashMap<>();

        final List<Goods.Entry> entries = new ArrayList<>(1);

    }

    private final Node root = new Node();

    GoodsFinder() {
        this(List.of());
    }

    /**
     * The lexicon's goods and, after them, the extra phrases (keywords staff gave categories): a phrase the
     * lexicon has keeps the lexicon's category and rules.
     */
    GoodsFinder(List<Goods.Entry> extra) {
        var all = new ArrayList<>(Goods.ENTRIES);
        all.addAll(extra);
        for (var entry : all) {
            var node = root;
            for (var token : entry.tokens()) {
                node = node.next.computeIfAbsent(token, key -> new Node());
            }
            node.entries.add(entry);
        }
    }

    /** Goods in the tokens; {@code states} lets a designation or modifier stop at a state's name. */
    List<GoodsMention> find(List<Token> tokens, List<StateMention> states) {
        var stateAt = StateMention.byToken(states);
        var mentions = new ArrayList<GoodsMention>();
        int i = 0;
        while (i < tokens.size()) {
            if (stateAt.containsKey(i) || !tokens.get(i).isWord() || againstCompound(tokens, i)) {
                i++;
                continue;
            }
            var candidates = new ArrayList<Integer>();
            var entries = new ArrayList<Goods.Entry>();
            var node = root;
            for (int j = i; j < tokens.size(); j++) {
                node = node.next.get(tokens.get(j).lower());
                if (node == null) {
                    break;
                }
                if (!node.entries.isEmpty()) {
                    candidates.add(j);
                    entries.add(node.entries.getFirst());
                }
            }
            GoodsMention found = null;
            for (int c = candidates.size() - 1; c >= 0 && found == null; c--) {
                int last = candidates.get(c);
                var entry = entries.get(c);
                var before = i > 0 ? tokens.get(i - 1) : null;
                var after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
                if (Goods.excluded(tokens.get(last).lower(), before, after)) {
                    continue;
                }
                if (entry.needsQuantity() && !afterQuantity(tokens, i)) {
                    continue;
                }
                found = widen(tokens, i, last, entry, stateAt);
            }
            if (found == null) {
                found = designated(tokens, i, stateAt);
            }
            if (found == null) {
                i++;
                continue;
            }
            mentions.add(found);
            i = found.lastToken() + 1;
        }
        return mentions;
    }

    /**
     * A known system named by its designation alone: "S-400 systems", "F-16s", "HIMARS". A single word
     * ("Leopards", "Shaheds") counts only in the plural, in capitals or before "systems"; before goods
     * words ("Iskander missiles") the lexicon takes it, with the designation.
     */
    private @Nullable GoodsMention designated(List<Token> tokens, int at, Map<Integer, StateMention> stateAt) {
        var token = tokens.get(at);
        if (!token.capitalised() || at > 0 && tokens.get(at - 1).is("-") && tokens.get(at - 1).touches(token)) {
            return null;
        }
        int end = -1;
        for (int k = Math.min(tokens.size() - 1, at + 6); k >= at; k--) {
            if (designationEndingAt(tokens, k) == at) {
                end = k;
                break;
            }
        }
        boolean single = end < 0;
        if (single) {
            end = at;
        }
        var text = StateFinder.joined(tokens, at, end);
        var name = text.matches(".*[0-9A-Za-z]s") && Goods.designated(text) == null ? text.substring(0, text.length() - 1)
                : text;
        var entry = Goods.designated(text);
        if (entry == null) {
            entry = Goods.designated(name);
        }
        if (entry == null) {
            return null;
        }
        var next = end + 1 < tokens.size() ? tokens.get(end + 1) : null;
        if (next != null && root.next.containsKey(next.lower()) && !Goods.DESIGNATION_HEADS.contains(next.lower())) {
            return null;
        }
        int last = end;
        boolean head = next != null && Goods.DESIGNATION_HEADS.contains(next.lower());
        if (head) {
            last++;
        }
        if (single && !head && !token.allCaps() && name.equals(text)) {
            return null;
        }
        var mention = widen(tokens, at, last, entry, stateAt);
        return new GoodsMention(mention.itemFirstToken(), at, last, entry, name);
    }

    /** "tank" in "anti-tank": what the goods are against, not goods of their own. */
    private static boolean againstCompound(List<Token> tokens, int at) {
        return at >= 2 && tokens.get(at - 1).is("-") && tokens.get(at - 1).touches(tokens.get(at))
                && tokens.get(at - 2).touches(tokens.get(at - 1)) && AGAINST_PREFIXES.contains(tokens.get(at - 2).lower());
    }

    /**
     * "anti-tank and anti-aircraft missiles": a compound modifier joined by "and"/"or" to the one the goods start
     * with describes the same goods, so the item starts with it.
     */
    private static int coordinatedModifier(List<Token> tokens, int itemFirst) {
        int conjunction = itemFirst - 1;
        if (conjunction < 3 || !(tokens.get(conjunction).is("and") || tokens.get(conjunction).is("or"))
                || itemFirst + 1 >= tokens.size() || !tokens.get(itemFirst + 1).is("-")) {
            return itemFirst;
        }
        var prefix = tokens.get(conjunction - 3);
        var hyphen = tokens.get(conjunction - 2);
        var word = tokens.get(conjunction - 1);
        boolean compound = hyphen.is("-") && prefix.touches(hyphen) && hyphen.touches(word) && word.isWord()
                && (AGAINST_PREFIXES.contains(prefix.lower()) || MODIFIERS.contains(prefix.lower()));
        return compound ? conjunction - 3 : itemFirst;
    }

    private static boolean afterQuantity(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            var token = tokens.get(k);
            if (token.type() == Token.Type.NUMBER || QUANTITY_WORDS.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    private static GoodsMention widen(List<Token> tokens, int first, int last, Goods.Entry entry,
            Map<Integer, StateMention> stateAt) {
        int itemFirst = first;
        String designation = null;
        int k = first - 1;
        while (k >= 0) {
            var designationStart = designationEndingAt(tokens, k);
            if (designationStart >= 0) {
                var text = StateFinder.joined(tokens, designationStart, k);
                designation = designation == null ? text : text + ", " + designation;
                itemFirst = designationStart;
                k = designationStart - 1;
                continue;
            }
            var token = tokens.get(k);
            var state = stateAt.get(k);
            if (state != null) {
                if (state.attachment() == StateMention.Attachment.DESCRIPTIVE) {
                    itemFirst = state.firstToken();
                    k = state.firstToken() - 1;
                    continue;
                }
                if (state.attachment() != StateMention.Attachment.NONE) {
                    // "Iranian-made missiles": the origin is the supplier, not part of the item.
                    itemFirst = Math.max(itemFirst, Math.min(first, state.lastToken() + 3));
                }
                break;
            }
            boolean modifier = token.isWord() && MODIFIERS.contains(token.lower())
                        && (!HYPHENATED_ONLY.contains(token.lower()) || k > 0 && tokens.get(k - 1).is("-"))
                    || token.type() == Token.Type.NUMBER && isCalibre(tokens, k)
                    || token.is("-") && k > 0 && tokens.get(k - 1).touches(token) && token.touches(tokens.get(k + 1));
            if (!modifier) {
                break;
            }
            itemFirst = k;
            k--;
        }
        // A hyphen cannot start an item.
        while (itemFirst < first && tokens.get(itemFirst).is("-")) {
            itemFirst++;
        }
        itemFirst = coordinatedModifier(tokens, itemFirst);
        return new GoodsMention(itemFirst, first, last, entry, designation);
    }

    private static boolean isCalibre(List<Token> tokens, int k) {
        var next = tokens.get(k + 1);
        return next.lower().equals("mm") || next.is("-") && k + 2 < tokens.size() && tokens.get(k + 2).lower().equals("mm");
    }

    /** The first token of a designation ("KN-23", "Su-35", "Iskander-M") that ends at {@code end}, or -1. */
    static int designationEndingAt(List<Token> tokens, int end) {
        if (!tokens.get(end).isWord() && tokens.get(end).type() != Token.Type.NUMBER) {
            return -1;
        }
        for (int start = Math.max(0, end - 6); start < end; start++) {
            if (!tokens.get(start).isWord() || !tokens.get(start).capitalised()) {
                continue;
            }
            boolean joined = true;
            for (int m = start; m < end; m++) {
                if (!tokens.get(m).touches(tokens.get(m + 1))) {
                    joined = false;
                    break;
                }
            }
            if (joined && (start == 0 || !tokens.get(start - 1).touches(tokens.get(start)) || !tokens.get(start - 1).is("-"))
                    && DESIGNATION.matcher(StateFinder.joined(tokens, start, end)).matches()) {
                return start;
            }
        }
        return -1;
    }

}
