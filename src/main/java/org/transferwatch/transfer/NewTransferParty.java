package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;

/**
 * What an analyst (or the intake assistant, or an import) enters to place a party in a transfer: the party
 * record, its role, a note, and at least one source's claim that it had that role.
 */
public record NewTransferParty(long partyId, @Nullable PartyRole role, @Nullable String note, List<NewClaim> claims) {

    public static final int MAX_NOTE = 2_000;

    /** The fields a problem of a new party belongs to. */
    public enum Field implements Problem.Field {
        PARTY, ROLE, NOTE, CLAIM
    }

    public NewTransferParty {
        claims = List.copyOf(claims);
    }

    /** Every rule the input breaks, the claims' own rules included. */
    public void validate() {
        var problems = new ArrayList<Problem>();
        if (role == null) {
            problems.add(Field.ROLE.problem("Choose the party's role in the transfer."));
        }
        noteProblem(note).ifPresent(problems::add);
        if (claims.isEmpty()) {
            problems.add(Field.CLAIM.problem("Quote a source that places the party in the transfer."));
        }
        for (var claim : claims) {
            try {
                claim.validate();
            }
            catch (ValidationException e) {
                e.problems().forEach(message -> problems.add(Field.CLAIM.problem(message)));
            }
        }
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

    static Optional<Problem> noteProblem(@Nullable String note) {
        return note != null && note.length() > MAX_NOTE
                ? Optional.of(Field.NOTE.problem("A note is limited to 2,000 characters."))
                : Optional.empty();
    }

}
