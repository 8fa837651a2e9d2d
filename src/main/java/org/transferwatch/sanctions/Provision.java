package org.transferwatch.sanctions;

import org.jspecify.annotations.Nullable;

/**
 * A sanctions or export-control provision, e.g. UNSCR 1874 (2009) para 9; retired when staff retired it (or
 * its instrument or issuer), in which case it stays on the transfers linked to it but is no longer suggested.
 */
public record Provision(long id, String issuerCode, String instrument, String paragraph, String summary,
        @Nullable String url, boolean citationVerified, boolean retired) {

    /** "UNSCR 1874 (2009) para 9". */
    public String citation() {
        return instrument + " " + paragraph;
    }

}
