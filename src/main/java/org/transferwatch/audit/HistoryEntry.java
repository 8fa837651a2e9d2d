package org.transferwatch.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One event in the history of a transfer: who did what to which entity, when, and the fields a person
 * changed (for a creation, every field that was filled in).
 */
public record HistoryEntry(OffsetDateTime occurredAt, String actor, String action, String entityType, String entityId,
        List<FieldChange> changes) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /** The event in a sentence, e.g. "analyst updated the transfer". */
    public String summary() {
        return actor + " " + activity();
    }

    /** What the actor did, e.g. "linked a source (claim)" or "confirmed a sanctions provision". */
    public String activity() {
        return switch (entityType) {
            case "transfer" -> pastTense() + " the transfer";
            case "claim_link" -> switch (action) {
                case "create" -> "linked a source (claim)";
                case "delete" -> "unlinked a source (claim)";
                default -> pastTense() + " a linked source (claim)";
            };
            case "sanctions_link" -> sanctionsActivity();
            case "transfer_party" -> partActivity("a party", "changed a party's role or note");
            case "shipment" -> partActivity("a shipment", "changed a shipment");
            case "party_claim" -> partActivity("a source's claim about a party", "changed a source's claim about a party");
            case "shipment_claim" -> partActivity("a source's claim about a shipment",
                    "changed a source's claim about a shipment");
            case "transfer_comment" -> "commented";
            case "review_request" -> switch (action) {
                case "submit" -> "submitted the transfer for review";
                case "send_back" -> "sent the transfer back to its analysts";
                default -> pastTense() + " the review request";
            };
            default -> pastTense() + " a " + entityType.replace('_', ' ');
        };
    }

    /** A part of a transfer (a party's role, a shipment, a claim about either) added, changed or removed. */
    private String partActivity(String part, String changed) {
        return switch (action) {
            case "create" -> "added " + part;
            case "delete" -> "removed " + part;
            default -> changed;
        };
    }

    private String sanctionsActivity() {
        if (action.equals("delete")) {
            return "withdrew a sanctions decision";
        }
        var decision = changes.stream()
            .filter(change -> change.field().equals(HistoryFields.DECISION))
            .map(FieldChange::after)
            .filter(Objects::nonNull)
            .findFirst();
        return decision.map(value -> switch (value) {
            case "confirmed" -> "confirmed a sanctions provision";
            case "dismissed" -> "dismissed a sanctions provision";
            default -> "decided on a sanctions provision";
        }).orElseGet(() -> pastTense() + " a sanctions decision");
    }

    private String pastTense() {
        return action.endsWith("e") ? action + "d" : action + "ed";
    }

}
