package org.transferwatch.transfer;

import java.util.List;

/**
 * What a merge moved to the transfer kept, and what it left with the merged one because the kept one had it
 * already (the same source with the same stance, a decision on the same provision, the same party in the same
 * role, the same shipment).
 */
public record MergeOutcome(long mergedId, long survivorId, int claimsMoved, int decisionsMoved, int partiesMoved,
        int shipmentsMoved, int leftBehind) {

    /** "3 claims, 1 sanctions decision, 2 parties, no shipments" */
    public String movedLabel() {
        return String.join(", ", List.of(count(claimsMoved, "claim", "claims"),
                count(decisionsMoved, "sanctions decision", "sanctions decisions"), count(partiesMoved, "party", "parties"),
                count(shipmentsMoved, "shipment", "shipments")));
    }

    static String count(int n, String one, String many) {
        return n == 0 ? "no " + many : n == 1 ? "1 " + one : n + " " + many;
    }

}
