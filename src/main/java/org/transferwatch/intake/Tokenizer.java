package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into tokens and sentences. Works on the text as {@link #normalise normalised}: curly
 * quotes and dashes replaced one character for one, so every offset is an offset into the original.
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

    static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        int n = text.length();
        int i = 0;
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
            if (c == '\'' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && i + 1 < n
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
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
        return tokens;
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
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && (text.charAt(end) == '"' || text.charAt(end) == '\'' || text.charAt(end) == ')')) {
                end++;
            }
            if (end < n && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && text.charAt(next) == ' ') {
                next++;
            }
            if (next < n && text.charAt(next) != '\n' && !startsSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && endsWithAbbreviation(text, i)) {
                continue;
            }
            add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }
        add(sentences, text, start, n);
        return sentences;
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
