package org.transferwatch.intake;

import java.time.LocalDate;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.transferwatch.country.CountryAlias;

/**
 * Reads a source's text and proposes draft transfers, by rules, offline, in plain Java. Build it once
 * from the alias table; {@link #read} is then safe to call from any thread.
 *
 * <p>Per sentence and clause ({@link SentenceReader}): the goods found make a proposal when the clause
 * also gives a supplier and a recipient ({@link RoleReader}); goods joined by "and"/"or" make one
 * proposal, split when their categories differ ({@link GoodsGroups}). A sentence that only denies
 * disputes an earlier proposal ({@link Denials}); mentions of the same transfer become one proposal
 * ({@link ProposalMerger}).
 */
public final class IntakeAssistant {

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
        var fields = new ProposalFields(text, tokens, states, QuantityFinder.find(normalised),
                TimeFinder.find(normalised, reportedOn), reportedOn);
        var reader = new SentenceReader(new MarkedText(tokens, states, goods), goods, fields);
        int next = 0;
        for (int s = 0; s < sentences.size(); s++) {
            var sentence = sentences.get(s);
            int from = next;
            while (next < tokens.size() && tokens.get(next).start() < sentence.end()) {
                next++;
            }
            reader.read(s, sentence, from, next);
        }
        Denials.link(reader.raws(), reader.denials());
        return new Reading(text, reportedOn, sentences, states, ProposalMerger.merge(reader.raws()));
    }

}
