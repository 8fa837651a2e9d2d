package org.transferwatch.transfer;

import java.util.List;

/**
 * Proposes a confidence level from the evidence, by a rule the analyst sees and may overrule:
 * <ul>
 * <li>High: at least two independent sources support it with a grade of B2 or better (reliability A
 * or B, credibility 1 or 2) and none disputes it;</li>
 * <li>Moderate: at least one source supports it with reliability A-C and credibility 1-3;</li>
 * <li>Low: anything else.</li>
 * </ul>
 */
public final class ConfidenceRule {

    public static final String DESCRIPTION = "High: two or more independent sources graded B2 or better support it "
            + "and none disputes it. Moderate: at least one source graded C3 or better supports it. Low: otherwise.";

    /** The proposed level and the sentence that explains it. */
    public record Proposal(Confidence level, String reason) {
    }

    private ConfidenceRule() {
    }

    public static Proposal propose(List<Claim> claims) {
        var strongSources = claims.stream()
            .filter(claim -> claim.stance() == Stance.SUPPORTS)
            .filter(claim -> claim.grade().reliability() <= 'B' && claim.grade().credibility() <= 2)
            .map(Claim::sourceId)
            .distinct()
            .count();
        var fairSources = claims.stream()
            .filter(claim -> claim.stance() == Stance.SUPPORTS)
            .filter(claim -> claim.grade().reliability() <= 'C' && claim.grade().credibility() <= 3)
            .map(Claim::sourceId)
            .distinct()
            .count();
        var disputing = claims.stream().filter(claim -> claim.stance() == Stance.DISPUTES).count();
        if (strongSources >= 2 && disputing == 0) {
            return new Proposal(Confidence.HIGH, strongSources + " independent sources graded B2 or better, none disputing");
        }
        if (fairSources >= 1) {
            return new Proposal(Confidence.MODERATE, fairSources + (fairSources == 1 ? " source" : " sources")
                    + " graded C3 or better" + (disputing > 0 ? ", " + disputing + " disputing" : ""));
        }
        return new Proposal(Confidence.LOW, claims.isEmpty() ? "no sources yet" : "no source graded C3 or better supports it");
    }

}
