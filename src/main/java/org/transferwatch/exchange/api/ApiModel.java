package org.transferwatch.exchange.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartySummary;
import org.transferwatch.place.Place;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.transfer.Evidence;
import org.transferwatch.transfer.InvolvedParty;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ShipmentDetails;
import org.transferwatch.transfer.TransferDetails;
import org.transferwatch.transfer.TransferRow;

/** The JSON documents of the API: plain records, coded values in their stored (lower-case) form. */
final class ApiModel {

    private ApiModel() {
    }

    record Page(List<TransferSummary> items, @Nullable String nextCursor) {
    }

    record State(String code, String name) {
    }

    record QuantityJson(@Nullable BigDecimal low, @Nullable BigDecimal high, @Nullable String unit, boolean estimate,
            String label) {

        static QuantityJson of(Quantity quantity) {
            return new QuantityJson(quantity.low(), quantity.high(), quantity.unit(), quantity.estimate(),
                    quantity.label());
        }
    }

    record PeriodJson(LocalDate start, LocalDate end, String precision, String label) {

        static @Nullable PeriodJson of(@Nullable Period period) {
            return period == null ? null
                    : new PeriodJson(period.start(), period.end(), period.precision().dbValue(), period.label());
        }
    }

    record EvidenceSummaryJson(int sources, int disputing, @Nullable String bestGrade, String label) {
    }

    record TransferSummary(long id, State supplier, State recipient, String kind, @Nullable String category, String item,
            QuantityJson quantity, @Nullable PeriodJson period, String status, String confidence, String reviewState,
            EvidenceSummaryJson evidence) {

        static TransferSummary of(TransferRow row) {
            var evidence = row.evidence();
            return new TransferSummary(row.id(), new State(row.supplierCode(), row.supplierName()),
                    new State(row.recipientCode(), row.recipientName()), row.kind().dbValue(), row.categoryCode(),
                    row.item(), QuantityJson.of(row.quantity()), PeriodJson.of(row.period()), row.status().dbValue(),
                    row.confidence().dbValue(), row.reviewState().dbValue(),
                    new EvidenceSummaryJson(evidence.sources(), evidence.disputing(), evidence.bestGrade(),
                            evidence.label()));
        }
    }

    record SourceJson(long id, String kind, String title, String citation, @Nullable String publisher,
            @Nullable String url, @Nullable LocalDate publishedOn) {
    }

    record ClaimJson(long id, SourceJson source, String quote, String stance, String grade, String gradeDescription) {

        static ClaimJson of(Evidence evidence) {
            var claim = evidence.claim();
            var source = evidence.source();
            return new ClaimJson(claim.id(), new SourceJson(source.id(), source.kind().dbValue(), source.title(),
                    source.citation(), source.publisher(), source.url(), source.publishedOn()), claim.quote(),
                    claim.stance().dbValue(), claim.grade().code(), claim.grade().description());
        }
    }

    record SanctionsLinkJson(long provisionId, String issuer, String citation, String summary, @Nullable String url,
            boolean citationVerified, String decision, @Nullable String note) {

        static SanctionsLinkJson of(SanctionsLink link) {
            var provision = link.provision();
            return new SanctionsLinkJson(provision.id(), provision.issuerCode(), provision.citation(),
                    provision.summary(), provision.url(), provision.citationVerified(),
                    link.decision().name().toLowerCase(Locale.ROOT), link.note());
        }
    }

    record TransferDocument(long id, State supplier, State recipient, String kind, @Nullable String category,
            @Nullable String categoryLabel, String item, @Nullable String designation, QuantityJson quantity,
            @Nullable BigDecimal valueUsdEstimate, String status, @Nullable PeriodJson period,
            @Nullable LocalDate firstReportedOn, @Nullable String routeNotes, @Nullable String notes, String confidence,
            String reviewState, @Nullable String reviewNote, EvidenceSummaryJson evidenceSummary, List<ClaimJson> evidence,
            List<SanctionsLinkJson> sanctions, List<PartyJson> parties, List<ShipmentJson> shipments, String createdBy, OffsetDateTime createdAt, String updatedBy,
            OffsetDateTime updatedAt, int version) {

        static TransferDocument of(TransferDetails details, List<Evidence> evidence, List<SanctionsLink> links,
                List<PartyJson> parties, List<ShipmentJson> shipments) {
            var transfer = details.transfer();
            var fields = transfer.fields();
            var summary = details.evidence();
            return new TransferDocument(transfer.id(), new State(transfer.supplierCode(), details.supplierName()),
                    new State(transfer.recipientCode(), details.recipientName()),
                    fields.kind() == null ? "" : fields.kind().dbValue(), fields.categoryCode(), details.categoryLabel(),
                    fields.item() == null ? "" : fields.item(), fields.designation(), QuantityJson.of(fields.quantity()),
                    fields.valueUsdEstimate(), fields.status() == null ? "" : fields.status().dbValue(),
                    PeriodJson.of(fields.period()), fields.firstReportedOn(), fields.routeNotes(), fields.notes(),
                    fields.confidence() == null ? "" : fields.confidence().dbValue(), transfer.reviewState().dbValue(),
                    transfer.reviewNote(),
                    new EvidenceSummaryJson(summary.sources(), summary.disputing(), summary.bestGrade(), summary.label()),
                    evidence.stream().map(ClaimJson::of).toList(), links.stream().map(SanctionsLinkJson::of).toList(),
                    parties, shipments,
                    details.createdByName(), transfer.createdAt(), details.updatedByName(), transfer.updatedAt(),
                    transfer.version());
        }
    }

    record IdentifierJson(String kind, String value) {
    }

    record PlaceJson(long id, String name, String kind, @Nullable String countryCode, BigDecimal latitude,
            BigDecimal longitude) {

        static @Nullable PlaceJson of(@Nullable Place place) {
            return place == null ? null : new PlaceJson(place.id(), place.name(), place.kind().dbValue(),
                    place.countryCode(), place.latitude(), place.longitude());
        }
    }

    /** A party in one of its roles in the transfer; {@code designations} are the references it was confirmed as. */
    record PartyJson(long partyId, String name, String kind, @Nullable String countryCode, @Nullable String countryName,
            String role, @Nullable String note, List<IdentifierJson> identifiers, boolean designated,
            List<String> designations) {

        static PartyJson of(InvolvedParty party, List<PartyDraft.Identifier> identifiers, List<String> designations) {
            return new PartyJson(party.partyId(), party.name(), party.kind().dbValue(), party.countryCode(),
                    party.countryName(), party.role().dbValue(), party.note(), identifiers.stream()
                        .map(identifier -> new IdentifierJson(identifier.kind() == null ? "" : identifier.kind().dbValue(),
                                identifier.value()))
                        .toList(),
                    party.designated(), designations);
        }
    }

    /** A carrier or receiving vessel of a shipment, with its IMO ship number when it has one. */
    record ShipmentPartyJson(long partyId, String name, String kind, @Nullable String imoNumber) {
    }

    record PositionJson(BigDecimal latitude, BigDecimal longitude) {
    }

    record ShipmentJson(long id, String mode, boolean shipToShip, @Nullable PeriodJson period,
            @Nullable ShipmentPartyJson carrier, @Nullable ShipmentPartyJson receivingVessel, @Nullable PlaceJson loading,
            @Nullable PlaceJson crossing, @Nullable PlaceJson discharge, @Nullable PositionJson position,
            QuantityJson quantity, String route, @Nullable String notes) {

        static ShipmentJson of(ShipmentDetails leg, Map<Long, String> imoNumbers) {
            var draft = leg.draft();
            return new ShipmentJson(leg.id(), draft.mode() == null ? "" : draft.mode().dbValue(), draft.shipToShip(),
                    PeriodJson.of(draft.period()), party(leg.carrier(), imoNumbers),
                    party(leg.receivingVessel(), imoNumbers), PlaceJson.of(leg.loading()), PlaceJson.of(leg.crossing()),
                    PlaceJson.of(leg.discharge()), draft.latitude() == null || draft.longitude() == null ? null
                            : new PositionJson(draft.latitude(), draft.longitude()),
                    QuantityJson.of(draft.quantity()), leg.route(), draft.notes());
        }

        private static @Nullable ShipmentPartyJson party(@Nullable PartySummary party, Map<Long, String> imoNumbers) {
            return party == null ? null
                    : new ShipmentPartyJson(party.id(), party.name(), party.kind().dbValue(), imoNumbers.get(party.id()));
        }
    }

    record Error(String error, @Nullable List<String> problems) {
    }

}
