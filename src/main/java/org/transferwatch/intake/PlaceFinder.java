package org.transferwatch.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.transferwatch.place.Place;

/**
 * Finds the places of the gazetteer a text names, by name or alias, longest match first and on whole tokens,
 * without regard to case or accents ("Wonsan" finds Wŏnsan). A name's capitalised words must be capitalised in
 * the text too, so that an ordinary word is not taken for a place.
 */
final class PlaceFinder {

    private record Entry(Place place, String alias, List<Token> tokens) {
    }

    private final TokenTrie<Entry> names = new TokenTrie<>(PlaceFinder::fold);

    PlaceFinder(Collection<Place> places) {
        for (var place : places) {
            add(place, place.name());
            place.aliases().forEach(alias -> add(place, alias));
        }
    }

    private void add(Place place, String alias) {
        var tokens = Tokenizer.tokens(Tokenizer.normalise(alias));
        if (tokens.isEmpty()) {
            return;
        }
        names.add(tokens, new Entry(place, alias, tokens));
    }

    /** The text's place mentions in order. */
    List<PlaceMention> find(List<Token> tokens) {
        var mentions = new ArrayList<PlaceMention>();
        int i = 0;
        while (i < tokens.size()) {
            var match = names.longestMatch(tokens, i, (entry, from, last) -> capitalsAgree(entry, tokens, from));
            if (match == null) {
                i++;
                continue;
            }
            mentions.add(new PlaceMention(i, match.last(), tokens.get(i).start(), tokens.get(match.last()).end(),
                    match.entry().place(), match.entry().alias()));
            i = match.last() + 1;
        }
        return mentions;
    }

    private static boolean capitalsAgree(Entry entry, List<Token> tokens, int from) {
        for (int k = 0; k < entry.tokens().size(); k++) {
            if (entry.tokens().get(k).capitalised() && !tokens.get(from + k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** A name as compared: accents dropped, lower case. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

}
