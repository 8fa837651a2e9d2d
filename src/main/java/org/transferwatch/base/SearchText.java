package org.transferwatch.base;

/** The one limit on what a user may type into a search box or put in a link's {@code q} parameter. */
public final class SearchText {

    /** The longest search text, in characters. */
    public static final int MAX_LENGTH = 200;

    private SearchText() {
    }

}
