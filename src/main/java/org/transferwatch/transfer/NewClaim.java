package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ValidationException;

/** What an analyst enters to link a source to a transfer. */
public record NewClaim(long sourceId, @Nullable String quote, @Nullable Stance stance, @Nullable AdmiraltyGrade grade) {

    public static final int MAX_QUOTE = 10_000;

    public void validate() {
        var problems = new ArrayList<String>();
        if (quote == null || quote.isBlank()) {
            problems.add("Quote the passage of the source that makes the claim.");
        }
        else if (quote.length() > MAX_QUOTE) {
            problems.add("A quote is limited to " + MAX_QUOTE + " characters; quote the passage, not the article.");
        }
        if (stance == null) {
            problems.add("Say whether the source supports or disputes the transfer.");
        }
        if (grade == null) {
            problems.add("Grade the claim: how reliable is the source, and how credible the information?");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(List.copyOf(problems));
        }
    }

}
