package org.transferwatch.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.transferwatch.country.Country;
import org.transferwatch.sanctions.Provision;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Evidence;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferRoutes;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferStatistics;

/**
 * A briefing as written to PDF or Word: who wrote it and when the data was read ("as of"), its scope, the summary
 * sentences, the key judgements, the transfers with their best supporting quote and any denial, the provisions in
 * play, the parties and shipments, the timeline's spans, the flows for the map and the sources.
 *
 * @param a the scope's first state (the supplier of a list's scope), if it names one
 * @param b the scope's second state (the recipient of a list's scope), if it names one
 * @param criteria the Transfers list's further criteria in words ("status: delivered"), none for a pair page's scope
 * @param total how many transfers the scope covers; {@code transfers} lists at most {@link BriefingDocumentService#MAX_TRANSFERS}
 * @param suggestionsShown whether provisions suggested by their scope (not yet decided) are listed: only for
 *        briefings of at most {@link BriefingDocumentService#MAX_TRANSFERS_WITH_SUGGESTIONS} transfers
 */
public record BriefingDocument(BriefingRequest request, @Nullable Country a, @Nullable Country b, OffsetDateTime asOf,
        String author, @Nullable Saved saved, List<String> criteria, List<String> summary, List<Direction> directions, List<Entry> transfers, int total,
        List<ProvisionInPlay> provisions, boolean suggestionsShown, List<TransferStatistics.PeriodSpan> timeline,
        List<Flow> flows, List<SourceLine> sources, Parts parts) {

    /**
     * The parties and the shipments (legs) of the listed transfers: the most involved parties, designated ones
     * first, and the legs with the latest periods; {@code allParties} and {@code allShipments} say whether these are all.
     */
    public record Parts(List<TransferRoutes.PartyLine> parties, boolean allParties, List<TransferRoutes.ShipmentLine> shipments,
            boolean allShipments) {

        static final Parts NONE = new Parts(List.of(), true, List.of(), true);
    }

    /** The listed transfers' numbers ("T3") by transfer id, for the lines that name a transfer. */
    public Map<Long, String> labels() {
        var labels = new java.util.HashMap<Long, String>();
        transfers.forEach(entry -> labels.put(entry.row().id(), entry.label()));
        return labels;
    }

    /** When and by whom the briefing was first saved, for a re-generated one. */
    public record Saved(long id, OffsetDateTime savedAt, String savedBy) {
    }

    /** A transfer of the table, numbered T1, T2 … so that the sanctions section can name it briefly. */
    public record Entry(int number, TransferRow row, @Nullable Evidence support, @Nullable Evidence denial) {

        public String label() {
            return "T" + number;
        }

        public boolean draft() {
            return row.reviewState() == ReviewState.DRAFT;
        }

    }

    /**
     * One direction's figures, as the summary states them; for a list's scope with one state or none, the one side
     * it filters by (supplier or recipient open, {@code either}: in either direction).
     */
    public record Direction(@Nullable Country supplier, @Nullable Country recipient, boolean either, int total, int drafts,
            int delivered, Map<Confidence, Integer> byConfidence, int disputed, int flagged, @Nullable Integer sinceYear) {

        /** "North Korea to Russia", "To or from North Korea", "From North Korea", "To Russia" or "In scope". */
        public String label() {
            var words = words();
            return words.isEmpty() ? "In scope" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        /** "from North Korea to Russia", "to or from North Korea", … or "in scope", as a sentence goes on. */
        public String phrase() {
            var words = words();
            return words.isEmpty() ? "in scope" : supplier != null && recipient != null ? "from " + words : words;
        }

        private String words() {
            if (supplier != null && recipient != null) {
                return supplier.name() + " to " + recipient.name();
            }
            var state = supplier != null ? supplier : recipient;
            if (state == null) {
                return "";
            }
            return (either ? "to or from " : supplier != null ? "from " : "to ") + state.name();
        }

    }

    /**
     * A provision the scope's transfers may breach: those an analyst confirmed it for ({@code confirmedTotal} in
     * all, the listed ones by entry), and those its scope suggests on which nobody has decided yet.
     */
    public record ProvisionInPlay(Provision provision, int confirmedTotal, List<Entry> confirmed, List<Entry> suggested) {
    }

    /** How many transfers of a kind go from one state to the other. */
    public record Flow(Country supplier, Country recipient, TransferKind kind, int count) {
    }

    /** A source and on how many of the scope's transfers it has claims. */
    public record SourceLine(org.transferwatch.source.Source source, int transfers) {
    }

    public String title() {
        return request.title();
    }

    /** What the briefing is about under its title: "North Korea and Russia", "To or from North Korea", "Transfers list". */
    public String subject() {
        if (a != null && b != null) {
            return a.name() + " and " + b.name();
        }
        return a == null && b == null ? "Transfers list" : directions.isEmpty() ? "" : directions.getFirst().label();
    }

    /** The file name's part for the scope: "PRK-RUS", "PRK", or "list". */
    public String codes() {
        var codes = java.util.stream.Stream.of(a, b).filter(java.util.Objects::nonNull).map(Country::code).toList();
        return codes.isEmpty() ? "list" : String.join("-", codes);
    }

    public String marking() {
        return request.marking();
    }

    /** Whether any listed transfer is a draft: the header then says so. */
    public boolean includesDrafts() {
        return request.scope().includeDrafts() && directions.stream().anyMatch(direction -> direction.drafts() > 0);
    }

}
