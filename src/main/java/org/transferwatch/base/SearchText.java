package org.transferwatch.base;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The one limit on what a user may type into a search box or put in a link's {@code q} parameter, and how a
 * searched word becomes the literal part of a LIKE pattern.
 */
public final class SearchText {

    /** The longest search text, in characters. */
    public static final int MAX_LENGTH = 200;

    private SearchText() {
    }

    /** The text cut to the limit, as a search read from a link is shown and run. */
    public static String cut(String text) {
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    /**
     * The keys a number typed into a search is compared by: its letters and digits, upper case (as the
     * identifiers' {@code search_value} columns keep them), and the same without a leading "IMO"
     * ("IMO 9123453" finds 9123453). None for a text without letters or digits.
     */
    public static List<String> numberKeys(String text) {
        var keys = new LinkedHashSet<String>();
        var digitsAndLetters = text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", "");
        if (!digitsAndLetters.isEmpty()) {
            keys.add(digitsAndLetters);
        }
        if (digitsAndLetters.startsWith("IMO") && digitsAndLetters.length() > 3) {
            keys.add(digitsAndLetters.substring(3));
        }
        return List.copyOf(keys);
    }

    /** The text as a LIKE pattern's literal part: its wildcards and the escape character escaped with a backslash. */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
