package org.transferwatch.base;

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

    /** The text as a LIKE pattern's literal part: its wildcards and the escape character escaped with a backslash. */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
