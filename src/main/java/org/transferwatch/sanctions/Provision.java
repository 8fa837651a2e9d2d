package org.transferwatch.sanctions;

import org.jspecify.annotations.Nullable;

/** A sanctions or export-control provision, e.g. UNSCR 1874 (2009) para 9. */
public record Provision(long id, String issuerCode, String instrument, String paragraph, String summary,
        @Nullable String url, boolean citationVerified) {

    /** "UNSCR 1874 (2009) para 9". */
    public String citation() {
        return instrument + " " + paragraph;
    }

}
