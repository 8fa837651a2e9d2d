package org.transferwatch.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's English models (Universal Dependencies English Web Treebank, Apache-2.0, shipped in the
 * Maven Central jars opennlp-models-*-en): sentences, tokens, parts of speech (UD tags: VERB, AUX, NOUN,
 * ADV ...) and lemmas. Loaded once, from the class path, on first use; offline and deterministic. The ME
 * classes of OpenNLP keep state per call, so each is used through its thread-safe wrapper, which keeps one
 * instance per thread around the shared model.
 */
final class Language {

    /** Parts of speech whose lemma the rules read ("has supplied", "were transferred" → supply, transfer). */
    private static final Set<String> LEMMATISED = Set.of("VERB", "AUX");

    /** Beyond this many cached lemmas the cache starts again: it only saves the lemmatizer's time. */
    private static final int LEMMA_CACHE_LIMIT = 50_000;

    private static final class Holder {

        static final Language ENGLISH = new Language();

    }

    private final ThreadSafeSentenceDetectorME sentences;

    private final ThreadSafeTokenizerME tokenizer;

    private final ThreadSafePOSTaggerME tagger;

    private final ThreadSafeLemmatizerME lemmatizer;

    /** The lemmatizer weighs thousands of outcomes a word: a verb form's lemma is worked out once. */
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();

    private Language() {
        SentenceModel sentenceModel = model("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        TokenizerModel tokenModel = model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        POSModel posModel = model("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        LemmatizerModel lemmaModel = model("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
        sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        tokenizer = new ThreadSafeTokenizerME(tokenModel);
        tagger = new ThreadSafePOSTaggerME(posModel, POSTagFormat.UD);
        lemmatizer = new ThreadSafeLemmatizerME(lemmaModel);
    }

    static Language english() {
        return Holder.ENGLISH;
    }

    @FunctionalInterface
    private interface Loader<M> {

        M load(InputStream in) throws IOException;

    }

    private static <M> M model(String resource, Loader<M> loader) {
        try (var in = Language.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The OpenNLP model " + resource + " is not on the class path");
            }
            return loader.load(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The OpenNLP model " + resource + " could not be read", e);
        }
    }

    /** The sentences OpenNLP sees in the text, as character ranges. */
    Span[] sentences(String text) {
        return sentences.sentPosDetect(text);
    }

    /** The tokens OpenNLP sees in the text, as character ranges. */
    Span[] tokens(String text) {
        return tokenizer.tokenizePos(text);
    }

    /** The UD part of speech of each word of one sentence. */
    String[] tags(String[] words) {
        return tagger.tag(words);
    }

    /** The lemma of a verb or auxiliary ("supplied" → "supply"); other words as they are, in lower case. */
    String lemma(String word, String tag) {
        var lower = word.toLowerCase(Locale.ROOT);
        if (!LEMMATISED.contains(tag)) {
            return lower;
        }
        var key = tag + ' ' + lower;
        var lemma = lemmas.get(key);
        if (lemma == null) {
            lemma = lemmatizer.lemmatize(new String[] { lower }, new String[] { tag })[0];
            if (lemma == null || lemma.isBlank() || lemma.equals("O")) {
                lemma = lower;
            }
            if (lemmas.size() > LEMMA_CACHE_LIMIT) {
                lemmas.clear();
            }
            lemmas.put(key, lemma);
        }
        return lemma;
    }

}
