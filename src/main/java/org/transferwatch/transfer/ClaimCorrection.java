package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;

/**
 * What an analyst corrects of a linked claim: its quote, stance and grade. The source stays: a claim of another
 * source is another claim, removed and linked anew.
 */
public record ClaimCorrection(@Nullable String quote, @Nullable Stance stance, @Nullable AdmiraltyGrade grade) {

    /** The same rules as a new claim's, in the same sentences. */
    public void validate() {
        new NewClaim(0, quote, stance, grade).validate();
    }

}
