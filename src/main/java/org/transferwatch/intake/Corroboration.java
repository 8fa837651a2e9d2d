package org.transferwatch.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.ConfidenceRule;
import org.transferwatch.transfer.Evidence;
import org.transferwatch.transfer.PossibleDuplicate;

/**
 * A recorded transfer that a proposal is likely about (same direction, compatible period, goods alike), with what
 * already stands for it: its evidence, the confidence recorded and the one the rule gives its evidence now, and
 * whether the user may add this source to it ({@code mayAddEvidence}: drafts for analysts, any transfer for
 * reviewers).
 */
public record Corroboration(PossibleDuplicate transfer, String pairLabel, @Nullable Confidence confidence,
        ConfidenceRule.Proposal ruleNow, List<Evidence> evidence, boolean mayAddEvidence) {

    public Corroboration {
        evidence = List.copyOf(evidence);
    }

    /** "#42": how the intake screen names the transfer. */
    public String number() {
        return "#" + transfer.id();
    }

}
