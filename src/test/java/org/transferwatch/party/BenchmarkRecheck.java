package org.transferwatch.party;

import org.springframework.context.ApplicationContext;
import org.transferwatch.designation.DesignationListImported;

/**
 * Gives the benchmark the re-check of every party that runs once a designation list import has committed
 * ({@link DesignationImportListener}), in the caller's transaction, so that the benchmark can time it and roll it
 * back (the listener commits its own).
 */
public final class BenchmarkRecheck {

    /** What the re-check did: matches it added, and existing matches it noted a change of the designation on. */
    public record Outcome(int found, int noted) {
    }

    private BenchmarkRecheck() {
    }

    /** The listener's work for the import, in the transaction the caller opened. */
    public static Outcome recheck(ApplicationContext context, DesignationListImported imported) {
        var recheck = context.getBean(PartyMatcher.class).recheck(imported);
        return new Outcome(recheck.found(), recheck.noted());
    }

}
