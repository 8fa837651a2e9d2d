package org.transferwatch.intake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.category.CategoryKeyword;
import org.transferwatch.country.CountryAlias;
import org.transferwatch.place.Place;
import org.transferwatch.transfer.TransferKind;

/**
 * Reads a source's text and proposes draft transfers, by rules, offline, in plain Java. Build it once
 * from the alias table and the gazetteer; {@link #read} is then safe to call from any thread.
 *
 * <p>Per sentence and clause ({@link SentenceReader}): the goods found make a proposal when the clause
 * also gives a supplier and a recipient ({@link RoleReader}); goods joined by "and"/"or" make one
 * proposal, split when their categories differ ({@link GoodsGroups}). A sentence that only denies
 * disputes an earlier proposal ({@link Denials}); mentions of the same transfer become one proposal
 * ({@link ProposalMerger}). Then each proposal gets the vessels, companies and shipments its sentences
 * name ({@link TransportReader}). A named vessel or company is a party, never the goods: "the cargo ship
 * Angara" and "Kalashnikov JSC" propose no transfer of ships or rifles.
 */
public final class IntakeAssistant {

    private final StateFinder stateFinder;

    private final GoodsFinder goodsFinder;

    private final PlaceFinder placeFinder;

    private final List<Place> places;

    /** An assistant that knows no places: it proposes no shipments. */
    public IntakeAssistant(Collection<CountryAlias> aliases) {
        this(new StateFinder(aliases), new GoodsFinder(), List.of());
    }

    public IntakeAssistant(Collection<CountryAlias> aliases, Collection<Place> places) {
        this(new StateFinder(aliases), new GoodsFinder(), places);
    }

    /**
     * An assistant that also knows the keywords staff gave categories ({@link CategoryKeyword#addedByStaff()}):
     * "Geran-2" added to ML10 makes "Geran-2s" goods of ML10. The keywords we ship are in its own lexicon
     * already, with the rules that keep "a round of talks" from being ammunition.
     */
    public IntakeAssistant(Collection<CountryAlias> aliases, Collection<Place> places,
            Collection<CategoryKeyword> keywords) {
        this(new StateFinder(aliases), new GoodsFinder(staffKeywords(keywords)), places);
    }

    private static List<Goods.Entry> staffKeywords(Collection<CategoryKeyword> keywords) {
        return keywords.stream()
            .filter(CategoryKeyword::addedByStaff)
            .flatMap(k -> Goods.keyword(k.keyword(), k.categoryCode(),
                    TransferKind.valueOf(k.kind().toUpperCase(Locale.ROOT))).stream())
            .toList();
    }

    private IntakeAssistant(StateFinder stateFinder, GoodsFinder goodsFinder, Collection<Place> places) {
        this.stateFinder = stateFinder;
        this.goodsFinder = goodsFinder;
        this.places = List.copyOf(places);
        this.placeFinder = new PlaceFinder(this.places);
    }

    /** The places this assistant recognises. */
    public List<Place> places() {
        return places;
    }

    /** The same assistant recognising these places: the alias table is not read again. */
    public IntakeAssistant withPlaces(Collection<Place> gazetteer) {
        return new IntakeAssistant(stateFinder, goodsFinder, gazetteer);
    }

    private static boolean[] sentenceNamesGoods(List<GoodsMention> goods, int[] from, int[] to) {
        var names = new boolean[from.length];
        int s = 0;
        for (var mention : goods) {
            while (s < from.length && to[s] <= mention.firstToken()) {
                s++;
            }
            if (s < from.length && from[s] <= mention.firstToken()) {
                names[s] = true;
            }
        }
        return names;
    }

    /** Proposals for the text; relative dates ("late last year") resolve only with the report's date. */
    public Reading read(String text, @Nullable LocalDate reportedOn) {
        var normalised = Tokenizer.normalise(text);
        var untagged = Tokenizer.tokens(normalised);
        var sentences = Tokenizer.sentences(normalised).stream().map(s -> Excerpt.of(text, s.start(), s.end())).toList();
        var from = new int[sentences.size()];
        var to = new int[sentences.size()];
        int next = 0;
        for (int s = 0; s < sentences.size(); s++) {
            from[s] = next;
            while (next < untagged.size() && untagged.get(next).start() < sentences.get(s).end()) {
                next++;
            }
            to[s] = next;
        }
        // States and goods are found by their words alone; the tagger, the costly part, reads only the sentences that
        // name goods, the only ones whose verbs the rules read.
        var states = stateFinder.find(untagged);
        var goodsNamed = goodsFinder.find(untagged, states);
        var tokens = Tokenizer.tagged(untagged, from, to, sentenceNamesGoods(goodsNamed, from, to));
        var times = TimeFinder.find(normalised, reportedOn);
        var transport = new TransportReader(text, tokens, states, placeFinder, times);
        var goods = transport.withoutCarriers(goodsNamed);
        var fields = new ProposalFields(text, tokens, states, QuantityFinder.find(normalised), times, reportedOn);
        var marked = new MarkedText(tokens, states, goods, stateFinder.statesOf(transport.places()));
        var reader = new SentenceReader(marked, goods, fields);
        for (int s = 0; s < sentences.size(); s++) {
            reader.read(s, sentences.get(s), from[s], to[s]);
        }
        Denials.link(reader.raws(), reader.denials());
        var proposals = ProposalMerger.merge(reader.raws());
        return new Reading(text, reportedOn, sentences, states, transport.attach(sentences, from, to, proposals));
    }

}
