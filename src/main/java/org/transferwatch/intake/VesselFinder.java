package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Finds the vessels a text names and the IMO numbers it gives. A vessel is a capitalised name right after a
 * singular vessel word ("the Russian-flagged cargo ship Angara", "the cargo vessel Lady R", "the tanker
 * \"Sun Rise\"") or after "MV"/"MT" ("MV Maria"); a plural ("Russian cargo ships") names no vessel. Its flag is
 * read from "X-flagged", "an X flag vessel", ", flagged in X" and "flying the X flag" around it.
 */
final class VesselFinder {

    /** A vessel named in the text: its name's tokens, the words before it that say what it is, its flag. */
    record VesselMention(int phraseFirst, int firstToken, int lastToken, int start, int end, String name, String type,
            @Nullable StateMention flag) {
    }

    /** "IMO 9123456", "IMO number: 9123456": seven digits given as an IMO number, before their check. */
    record ImoMention(int token, int start, int end, String digits) {
    }

    static final Set<String> VESSEL_NOUNS = Set.of("ship", "vessel", "tanker", "freighter", "carrier", "ferry", "barge",
            "trawler", "dredger", "boat", "steamer", "coaster");

    static final Set<String> VESSEL_PLURALS = Set.of("ships", "vessels", "tankers", "freighters", "ferries", "barges",
            "boats", "carriers");

    /** Before "carrier", these make it a ship ("bulk carrier"); without one, a "carrier" is any party. */
    private static final Set<String> CARRIER_MODIFIERS = Set.of("bulk", "ore", "car", "vehicle", "lng", "lpg", "gas",
            "cargo", "container", "livestock");

    private static final Set<String> MODIFIERS = Set.of("cargo", "container", "bulk", "general", "oil", "crude", "product",
            "products", "chemical", "gas", "lpg", "lng", "fishing", "ro", "roll", "on", "off", "dry", "refrigerated",
            "reefer", "merchant", "research", "supply", "ore", "car", "vehicle", "-", "small", "large", "naval", "landing");

    private static final Set<String> PREFIXES = Set.of("MV", "MT");

    /** Capitalised words that end a name rather than continue it. */
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "In", "On", "At", "From", "To", "And", "But", "For",
            "With", "As", "By", "Of", "Via", "Into", "Near", "Off", "Which", "That", "While", "After", "Before", "Under",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "IMO", "Captain",
            "Capt", "Co", "Company", "Ltd", "LLC", "JSC", "Inc");

    private static final Set<String> IMO_FILLERS = Set.of("number", "no", "nr", ".", ":", "#", "(", "ship", "no.");

    private static final int NAME_LENGTH = 4;

    private final List<Token> tokens;

    private final String text;

    private final Map<Integer, StateMention> stateAt;

    private final Set<Integer> placeTokens;

    VesselFinder(String text, List<Token> tokens, List<StateMention> states, Set<Integer> placeTokens) {
        this.text = text;
        this.tokens = tokens;
        this.stateAt = StateMention.byToken(states);
        this.placeTokens = placeTokens;
    }

    List<VesselMention> vessels() {
        var vessels = new ArrayList<VesselMention>();
        int i = 0;
        while (i < tokens.size()) {
            var token = tokens.get(i);
            VesselMention vessel = null;
            if (token.isWord() && VESSEL_NOUNS.contains(token.lower()) && !joinedOn(i) && carrierIsAShip(i)) {
                vessel = named(phraseStart(i), i, i + 1);
            }
            else if (PREFIXES.contains(token.text()) || slashPrefix(i)) {
                int nameFrom = slashPrefix(i) ? i + 3 : i + 1;
                vessel = named(i, i, nameFrom);
            }
            if (vessel != null) {
                vessels.add(vessel);
                i = vessel.lastToken() + 1;
            }
            else {
                i++;
            }
        }
        return withLaterMentions(vessels);
    }

    /** "… the cargo ship Angara … The Angara later docked": a name once given to a vessel names it again. */
    private List<VesselMention> withLaterMentions(List<VesselMention> named) {
        var all = new ArrayList<>(named);
        for (var vessel : named) {
            int length = vessel.lastToken() - vessel.firstToken();
            for (int i = 0; i + length < tokens.size(); i++) {
                int first = i;
                int last = i + length;
                if (all.stream().anyMatch(v -> first <= v.lastToken() && v.firstToken() <= last)) {
                    continue;
                }
                var start = tokens.get(first).start();
                var end = tokens.get(last).end();
                if (text.substring(start, end).equals(vessel.name()) && (last + 1 >= tokens.size()
                        || !nameToken(tokens.get(last + 1), last + 1, false))) {
                    all.add(new VesselMention(first, first, last, start, end, vessel.name(), vessel.type(), null));
                }
            }
        }
        all.sort(Comparator.comparingInt(VesselMention::firstToken));
        return all;
    }

    List<ImoMention> imoNumbers() {
        var numbers = new ArrayList<ImoMention>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("IMO")) {
                continue;
            }
            for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
                var token = tokens.get(k);
                if (token.type() == Token.Type.NUMBER) {
                    if (token.text().matches("\\d{7}")) {
                        numbers.add(new ImoMention(k, token.start(), token.end(), token.text()));
                    }
                    break;
                }
                if (!IMO_FILLERS.contains(token.lower())) {
                    break;
                }
            }
        }
        return numbers;
    }

    /** "M/V Maria", "M/T Sun". */
    private boolean slashPrefix(int i) {
        return i + 3 < tokens.size() && tokens.get(i).is("M") && tokens.get(i + 1).is("/")
                && (tokens.get(i + 2).is("V") || tokens.get(i + 2).is("T")) && tokens.get(i).touches(tokens.get(i + 1))
                && tokens.get(i + 1).touches(tokens.get(i + 2));
    }

    /** "ship-to-ship", "vessel-tracking": the noun is part of a word, not a vessel's description. */
    private boolean joinedOn(int i) {
        return i + 1 < tokens.size() && (tokens.get(i + 1).is("-") && tokens.get(i).touches(tokens.get(i + 1))
                || tokens.get(i + 1).type() == Token.Type.POSSESSIVE)
                || i > 0 && tokens.get(i - 1).is("-") && tokens.get(i - 1).touches(tokens.get(i));
    }

    private boolean carrierIsAShip(int i) {
        return !tokens.get(i).is("carrier") || i > 0 && CARRIER_MODIFIERS.contains(tokens.get(i - 1).lower());
    }

    /** The first word of what describes the vessel: "Russian-flagged cargo ship" starts at "Russian". */
    private int phraseStart(int noun) {
        int k = noun;
        while (k > 0 && k > noun - 8) {
            var before = tokens.get(k - 1);
            if (MODIFIERS.contains(before.lower()) || before.is("flagged") || before.is("flag")
                    || stateAt.containsKey(k - 1)) {
                k--;
            }
            else {
                break;
            }
        }
        return k;
    }

    private @Nullable VesselMention named(int phraseFirst, int lastDescription, int from) {
        if (from >= tokens.size()) {
            return null;
        }
        int k = from;
        boolean quoted = tokens.get(k).is("\"") || tokens.get(k).is("'");
        if (quoted) {
            k++;
        }
        int first = k;
        int last = -1;
        while (k < tokens.size() && k - first < NAME_LENGTH) {
            var token = tokens.get(k);
            if (!nameToken(token, k, k == first) || stateAt.containsKey(k) || placeTokens.contains(k)) {
                break;
            }
            last = k;
            if (k + 2 < tokens.size() && tokens.get(k + 1).is("-") && token.touches(tokens.get(k + 1))
                    && tokens.get(k + 1).touches(tokens.get(k + 2)) && nameToken(tokens.get(k + 2), k + 2, false)) {
                k += 2;
                last = k;
            }
            k++;
        }
        if (last < 0 || quoted && !(last + 1 < tokens.size() && tokens.get(last + 1).is(tokens.get(first - 1).text()))) {
            return null;
        }
        var start = tokens.get(first).start();
        var end = tokens.get(last).end();
        var type = text.substring(tokens.get(phraseFirst).start(), tokens.get(lastDescription).end());
        return new VesselMention(phraseFirst, first, last, start, end, text.substring(start, end).strip(), type,
                flag(phraseFirst, lastDescription, last));
    }

    private boolean nameToken(Token token, int index, boolean first) {
        if (token.type() == Token.Type.NUMBER) {
            return !first;
        }
        return token.isWord() && (token.capitalised() || token.allCaps()) && !NOT_NAME.contains(token.text())
                && !(first && index > 0 && tokens.get(index - 1).type() == Token.Type.POSSESSIVE);
    }

    /** The state whose flag the vessel flies, from its description or the words after its name. */
    private @Nullable StateMention flag(int phraseFirst, int noun, int nameLast) {
        for (int k = phraseFirst; k < noun; k++) {
            var state = stateAt.get(k);
            if (state == null) {
                continue;
            }
            int after = state.lastToken() + 1;
            if (after + 1 < tokens.size() && tokens.get(after).is("-") && tokens.get(after + 1).is("flagged")
                    || after < tokens.size() && tokens.get(after).is("flag")) {
                return state;
            }
        }
        int k = nameLast + 1;
        if (k < tokens.size() && (tokens.get(k).is(",") || tokens.get(k).is("("))) {
            k++;
        }
        if (k + 2 < tokens.size() && tokens.get(k).is("flagged") && tokens.get(k + 1).is("in")) {
            return stateAt.get(k + 2);
        }
        if (k + 2 < tokens.size() && (tokens.get(k).is("flying") || tokens.get(k).is("under"))) {
            int s = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
            var state = stateAt.get(s);
            if (state != null && state.lastToken() + 1 < tokens.size() && tokens.get(state.lastToken() + 1).is("flag")) {
                return state;
            }
        }
        return null;
    }

}
