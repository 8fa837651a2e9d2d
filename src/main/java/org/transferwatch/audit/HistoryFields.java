package org.transferwatch.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of audited rows as a history shows them: bookkeeping columns are left out, the rest get a
 * label and a place in the order of the form.
 */
final class HistoryFields {

    static final String DECISION = "Decision";

    /** Columns that change with every save or never, and that no person edits. */
    static final List<String> BOOKKEEPING = List.of("id", "version", "created_at", "created_by", "updated_at",
            "updated_by", "search_document", "transfer_id", "natural_key", "transfer_party_id", "shipment_id",
            // Who wrote a comment, submitted or returned a draft, and when: the event itself says so.
            "author_id", "sent_back", "submitted_by", "submitted_at", "returned_by", "returned_at", "return_comment_id");

    private static final List<Map.Entry<String, String>> LABELS = List.of(
            Map.entry("supplier_code", "Supplier"),
            Map.entry("recipient_code", "Recipient"),
            Map.entry("kind", "Kind"),
            Map.entry("category_code", "Category"),
            Map.entry("item", "Item"),
            Map.entry("designation", "Designation"),
            Map.entry("quantity_low", "Quantity (low)"),
            Map.entry("quantity_high", "Quantity (high)"),
            Map.entry("quantity_unit", "Quantity unit"),
            Map.entry("quantity_estimate", "Quantity estimated"),
            Map.entry("value_usd_estimate", "Value (USD, estimate)"),
            Map.entry("status", "Status"),
            Map.entry("period_start", "Period start"),
            Map.entry("period_end", "Period end"),
            Map.entry("period_precision", "Period precision"),
            Map.entry("first_reported_on", "First reported on"),
            Map.entry("route_notes", "Route notes"),
            Map.entry("notes", "Notes"),
            Map.entry("confidence", "Confidence"),
            Map.entry("review_state", "Review state"),
            Map.entry("review_note", "Review note"),
            Map.entry("party_id", "Party"),
            Map.entry("role", "Role"),
            Map.entry("mode", "Mode"),
            Map.entry("ship_to_ship", "Ship to ship"),
            Map.entry("carrier_party_id", "Carrier"),
            Map.entry("receiving_vessel_id", "Receiving vessel"),
            Map.entry("loading_place_id", "Place of loading"),
            Map.entry("crossing_place_id", "Crossing"),
            Map.entry("discharge_place_id", "Place of discharge"),
            Map.entry("position_latitude", "Latitude"),
            Map.entry("position_longitude", "Longitude"),
            Map.entry("source_id", "Source"),
            Map.entry("quote", "Quote"),
            Map.entry("stance", "Stance"),
            Map.entry("reliability", "Reliability"),
            Map.entry("credibility", "Credibility"),
            Map.entry("provision_id", "Provision"),
            Map.entry("decision", DECISION),
            Map.entry("note", "Note"),
            Map.entry("state", "Review request"),
            Map.entry("body", "Comment"));

    /** Known columns in form order, then columns added since, alphabetically. */
    static final Comparator<String> ORDER = Comparator.comparingInt(HistoryFields::position)
        .thenComparing(Comparator.naturalOrder());

    private HistoryFields() {
    }

    static String label(String column) {
        return LABELS.stream()
            .filter(entry -> entry.getKey().equals(column))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseGet(() -> column.isEmpty() ? column
                    : column.substring(0, 1).toUpperCase(Locale.ROOT) + column.substring(1).replace('_', ' '));
    }

    private static int position(String column) {
        for (int i = 0; i < LABELS.size(); i++) {
            if (LABELS.get(i).getKey().equals(column)) {
                return i;
            }
        }
        return LABELS.size();
    }

}
