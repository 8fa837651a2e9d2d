package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.transferwatch.country.CountryAlias;

/**
 * Finds the states a text names, by every alias of the reference table, longest match first and on
 * whole tokens only. Proper names must be written with their capitals ("Chad", not "chad"); codes count
 * only as exact upper-case tokens ("DPRK", "PRK", "ROK", "US"), never the ISO codes that are also
 * English words ("in", "it", "no", "and", "can"), and not inside all-capitals headlines. "Unknown" is
 * not a state for a reader.
 */
final class StateFinder {

    /** The alias kind of a state named by one of its places. */
    static final String PLACE_KIND = "place";

    private static final Set<String> IGNORED_COUNTRIES = Set.of("X-UNKNOWN");

    /** Aliases that, capitalised, are more often an ordinary word than the place. */
    private static final Set<String> IGNORED_ALIASES = Set.of("male", "pole", "amal");

    /** Aliases that are part of another place's name after these words ("Latin America", "New Jersey"). */
    private static final Map<String, Set<String>> NOT_AFTER = Map.of(
            "america", Set.of("latin", "south", "north", "central"),
            "jersey", Set.of("new"), "mexico", Set.of("new"), "wales", Set.of("new", "south"),
            "guinea", Set.of("new"), "georgia", Set.of("state", "of"));

    private static final Map<String, Set<String>> NOT_BEFORE = Map.of("washington", Set.of("post", "times", "institute"));

    private static final Set<String> ORIGIN_SUFFIXES = Set.of("made", "built", "produced", "manufactured", "designed",
            "developed", "supplied", "origin", "sourced", "assembled");

    private static final Set<String> DESCRIPTIVE_PREFIXES = Set.of("pro", "anti", "ex", "post", "pre", "non");

    /** {@code written}: the alias's tokens as written, whose capitals a match must have. */
    private record Entry(String countryCode, String countryName, String alias, String kind, List<String> tokens,
            List<Token> written) {
    }

    private final TokenTrie<Entry> names = new TokenTrie<>(text -> text.toLowerCase(Locale.ROOT));

    private final int aliasCount;

    private final Map<String, String> countryNames = new HashMap<>();

    StateFinder(Collection<CountryAlias> aliases) {
        int count = 0;
        for (var alias : aliases) {
            if (IGNORED_COUNTRIES.contains(alias.countryCode()) || alias.alias().contains("*")
                    || alias.alias().contains("(") || IGNORED_ALIASES.contains(alias.alias().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (alias.kind().equals("iso_code") && !(alias.alias().length() == 3 || alias.alias().equals("US"))) {
                continue;
            }
            var written = Tokenizer.tokens(Tokenizer.normalise(alias.alias()));
            if (written.isEmpty()) {
                continue;
            }
            var tokens = written.stream().map(Token::lower).toList();
            names.add(written, new Entry(alias.countryCode(), alias.countryName(), alias.alias(), alias.kind(), tokens,
                    written));
            countryNames.putIfAbsent(alias.countryCode(), alias.countryName());
            count++;
        }
        aliasCount = count;
    }

    /**
     * The states the text names through their places: a port, crossing or city of the gazetteer ("Nakhodka",
     * "Rajin") stands for the state it is in. A place of no state (a sea area, a crossing between two) names none.
     */
    List<StateMention> statesOf(List<PlaceMention> places) {
        var mentions = new ArrayList<StateMention>();
        for (var place : places) {
            var code = place.place().countryCode();
            var name = code == null ? null : countryNames.get(code);
            if (name != null) {
                mentions.add(new StateMention(place.firstToken(), place.lastToken(), place.start(), place.end(), code,
                        name, place.alias(), PLACE_KIND, StateMention.Attachment.NONE));
            }
        }
        return mentions;
    }

    int aliasCount() {
        return aliasCount;
    }

    List<StateMention> find(List<Token> tokens) {
        var mentions = new ArrayList<StateMention>();
        int i = 0;
        while (i < tokens.size()) {
            var match = names.longestMatch(tokens, i, (entry, from, last) -> accepts(entry, tokens, from, last));
            if (match == null) {
                i++;
                continue;
            }
            var entry = match.entry();
            int last = match.last();
            var first = tokens.get(i);
            var end = tokens.get(last);
            mentions.add(new StateMention(i, last, first.start(), end.end(), entry.countryCode(), entry.countryName(),
                    joined(tokens, i, last), entry.kind(), attachment(tokens, i, last)));
            i = last + 1;
        }
        return mentions;
    }

    private static boolean accepts(Entry entry, List<Token> tokens, int from, int last) {
        var text = joined(tokens, from, last);
        if (entry.kind().equals("iso_code") || entry.kind().equals("abbreviation")) {
            if (!text.equals(entry.alias().strip())) {
                return false;
            }
            return !entry.kind().equals("iso_code") || !inCapitalsRun(tokens, from, last);
        }
        var aliasTokens = entry.written();
        for (int k = 0; k < aliasTokens.size(); k++) {
            var aliasToken = aliasTokens.get(k);
            if (aliasToken.capitalised() && !tokens.get(from + k).capitalised()) {
                return false;
            }
        }
        var head = entry.tokens().getFirst();
        var notAfter = NOT_AFTER.get(entry.tokens().getLast());
        if (notAfter != null && from > 0 && notAfter.contains(tokens.get(from - 1).lower())) {
            return false;
        }
        var notBefore = NOT_BEFORE.get(head);
        return notBefore == null || last + 1 >= tokens.size() || !notBefore.contains(tokens.get(last + 1).lower());
    }

    /** Whether the code sits in a run of upper-case words, as in a headline written in capitals. */
    private static boolean inCapitalsRun(List<Token> tokens, int from, int last) {
        var before = from > 0 ? tokens.get(from - 1) : null;
        var after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        return before != null && before.isWord() && before.allCaps() || after != null && after.isWord() && after.allCaps();
    }

    private static StateMention.Attachment attachment(List<Token> tokens, int first, int last) {
        if (first >= 2 && tokens.get(first - 1).is("-") && tokens.get(first - 2).touches(tokens.get(first - 1))
                && tokens.get(first - 1).touches(tokens.get(first))) {
            var prefix = tokens.get(first - 2).lower();
            if (DESCRIPTIVE_PREFIXES.contains(prefix)) {
                return StateMention.Attachment.DESCRIPTIVE;
            }
        }
        if (last + 2 < tokens.size() && tokens.get(last + 1).is("-") && tokens.get(last).touches(tokens.get(last + 1))
                && tokens.get(last + 1).touches(tokens.get(last + 2))) {
            var suffix = tokens.get(last + 2).lower();
            if (ORIGIN_SUFFIXES.contains(suffix)) {
                return StateMention.Attachment.ORIGIN;
            }
            if (suffix.equals("bound")) {
                return StateMention.Attachment.BOUND;
            }
            return StateMention.Attachment.DESCRIPTIVE;
        }
        return StateMention.Attachment.NONE;
    }

    static String joined(List<Token> tokens, int from, int last) {
        var text = new StringBuilder();
        for (int k = from; k <= last; k++) {
            if (k > from && tokens.get(k - 1).end() < tokens.get(k).start()) {
                text.append(' ');
            }
            text.append(tokens.get(k).text());
        }
        return text.toString();
    }

}
