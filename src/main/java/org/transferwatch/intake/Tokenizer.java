package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into tokens and sentences with Apache OpenNLP's English models ({@link Language}), and tags the
 * tokens of each sentence with their part of speech and lemma. Works on the text as {@link #normalise
 * normalised}: curly quotes and dashes replaced one character for one, so every offset is an offset into the
 * original.
 *
 * <p>OpenNLP decides where words end; within its tokens the conventions the rules read are kept: a hyphen is a
 * token of its own ("KN", "-", "23"), so is a possessive "'s" and every punctuation mark, and numbers keep their
 * separators ("6,700"). OpenNLP decides where sentences end too, except that a full stop after an abbreviation
 * ("Gen.", "U.S.", "No. 5") or before a lower-case word ends none, closing quotes stay with their sentence, and a
 * line break always ends one.
 */
final class Tokenizer {

    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,}");

    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt",
            "col", "maj", "sgt", "capt", "adm", "cmdr", "st", "vol", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "vs", "inc", "ltd", "co", "corp", "jr", "sr",
            "prof", "gov", "sen", "rep", "approx", "est", "fig", "para", "art", "reg");

    private Tokenizer() {
    }

    /** The same text, one character for one: typographic quotes and dashes as their plain forms. */
    static String normalise(String text) {
        var chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> '-';
                case '\u2014', '\u2015' -> ',';
                case '\u00A0', '\u2007', '\u202F', '\t' -> ' ';
                default -> chars[i];
            };
        }
        return new String(chars);
    }

    /** The tokens of the text, not tagged yet. */
    static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        for (var span : Language.english().tokens(text)) {
            split(text, span.getStart(), span.getEnd(), tokens);
        }
        return tokens;
    }

    /**
     * The tokens with their part of speech and lemma, each sentence ({@code from[s]..to[s]}) tagged as one
     * sequence, as the model was trained.
     */
    static List<Token> tagged(List<Token> tokens, int[] from, int[] to) {
        var all = new boolean[from.length];
        Arrays.fill(all, true);
        return tagged(tokens, from, to, all);
    }

    /** The same, tagging only the sentences marked in {@code which}; the others keep their tokens untagged. */
    static List<Token> tagged(List<Token> tokens, int[] from, int[] to, boolean[] which) {
        var language = Language.english();
        var tagged = new ArrayList<>(tokens);
        for (int s = 0; s < from.length; s++) {
            if (to[s] <= from[s] || !which[s]) {
                continue;
            }
            var words = new String[to[s] - from[s]];
            for (int k = from[s]; k < to[s]; k++) {
                words[k - from[s]] = tokens.get(k).text();
            }
            var tags = language.tags(words);
            for (int k = from[s]; k < to[s]; k++) {
                var tag = tags[k - from[s]];
                tagged.set(k, tokens.get(k).tagged(tag, language.lemma(tokens.get(k).text(), tag)));
            }
        }
        return List.copyOf(tagged);
    }

    private static void split(String text, int from, int n, List<Token> tokens) {
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            var initialism = INITIALISM.matcher(text).region(i, n);
            if (Character.isUpperCase(c) && initialism.lookingAt()) {
                tokens.add(new Token(tokens.size(), text.substring(i, initialism.end()), i, initialism.end(), Token.Type.WORD));
                i = initialism.end();
                continue;
            }
            if (c == '\'' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && i + 1 < text.length()
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                tokens.add(new Token(tokens.size(), text.substring(i, i + 2), i, i + 2, Token.Type.POSSESSIVE));
                i += 2;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    }
                    else if ((d == ',' || d == '.') && j + 1 < n && Character.isDigit(text.charAt(j + 1))
                            && Character.isDigit(text.charAt(j - 1)) && allDigits(text, i, j)) {
                        j++;
                    }
                    else {
                        break;
                    }
                }
                var type = Character.isDigit(c) && allDigits(text, i, j) ? Token.Type.NUMBER : Token.Type.WORD;
                tokens.add(new Token(tokens.size(), text.substring(i, j), i, j, type));
                i = j;
                continue;
            }
            tokens.add(new Token(tokens.size(), String.valueOf(c), i, i + 1, Token.Type.PUNCTUATION));
            i++;
        }
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char d = text.charAt(k);
            if (!Character.isDigit(d) && d != ',' && d != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * Sentences as ranges of the text, without surrounding white space: a sentence ends at ".", "!" or
     * "?" (with any closing quotes) before a capital, digit or opening quote, unless the full stop ends
     * an abbreviation ("Gen.", "U.S."); a line break always ends one.
     */
    static List<Excerpt> sentences(String text) {
        var sentences = new ArrayList<Excerpt>();
        int n = text.length();
        int line = 0;
        while (line <= n) {
            int lineEnd = text.indexOf('\n', line);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            lineSentences(text, line, lineEnd, sentences);
            line = lineEnd + 1;
        }
        return sentences;
    }

    /** OpenNLP's sentences of one line, joined again where a full stop ends an abbreviation. */
    private static void lineSentences(String text, int from, int to, List<Excerpt> sentences) {
        if (text.substring(from, to).isBlank()) {
            return;
        }
        int start = from;
        for (var span : Language.english().sentences(text.substring(from, to))) {
            int end = from + span.getEnd();
            // Closing quotes and brackets right after the end belong to the sentence they close.
            while (end < to && (text.charAt(end) == '"' || text.charAt(end) == '\'' || text.charAt(end) == ')')) {
                end++;
            }
            if (end >= to) {
                break;
            }
            if (!endsSentence(text, end, to)) {
                continue;
            }
            add(sentences, text, start, end);
            start = end;
        }
        add(sentences, text, start, to);
    }

    /** Whether the model's sentence end at {@code end} stands: not after an abbreviation, not before a lower case. */
    private static boolean endsSentence(String text, int end, int to) {
        int last = end - 1;
        while (last > 0 && (text.charAt(last) == '"' || text.charAt(last) == '\'' || text.charAt(last) == ')'
                || Character.isWhitespace(text.charAt(last)))) {
            last--;
        }
        int next = end;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < to && !startsSentence(text.charAt(next))) {
            return false;
        }
        return !(text.charAt(last) == '.' && endsWithAbbreviation(text, last));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '(';
    }

    private static boolean endsWithAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        var word = text.substring(from, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        // "No. 5", "Nos. 3 and 4"
        if ((word.equals("No") || word.equals("Nos")) && dot + 2 < text.length() && Character.isDigit(text.charAt(dot + 2))) {
            return true;
        }
        if (INITIALISM.matcher(word + ".").matches()) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Excerpt> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // A quotation that runs over several sentences: its opening mark belongs to no sentence's words.
        var quotes = text.substring(start, end).chars().filter(c -> c == '"').count();
        if (quotes == 1 && text.charAt(start) == '"') {
            start++;
        }
        else if (quotes == 1 && end - start > 1 && text.charAt(end - 1) == '"') {
            end--;
        }
        if (end > start) {
            sentences.add(Excerpt.of(text, start, end));
        }
    }

}
