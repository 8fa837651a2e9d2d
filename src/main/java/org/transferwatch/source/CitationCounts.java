package org.transferwatch.source;

import java.util.ArrayList;

/** How many transfers a source supports and how many it disputes. */
public record CitationCounts(int supporting, int disputing) {

    public static final CitationCounts NONE = new CitationCounts(0, 0);

    /** "supports 3 · disputes 1", or "—" for a source no transfer cites. */
    public String label() {
        if (supporting == 0 && disputing == 0) {
            return "\u2014";
        }
        var parts = new ArrayList<String>();
        if (supporting > 0) {
            parts.add("supports " + supporting);
        }
        if (disputing > 0) {
            parts.add("disputes " + disputing);
        }
        return String.join(" \u00B7 ", parts);
    }

}
