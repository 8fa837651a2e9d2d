package org.transferwatch.exchange.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.transfer.Evidence;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
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
            List<SanctionsLinkJson> sanctions, String createdBy, OffsetDateTime createdAt, String updatedBy,
            OffsetDateTime updatedAt, int version) {

        static TransferDocument of(TransferDetails details, List<Evidence> evidence, List<SanctionsLink> links) {
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
                    details.createdByName(), transfer.createdAt(), details.updatedByName(), transfer.updatedAt(),
                    transfer.version());
        }
    }

    record Error(String error, @Nullable List<String> problems) {
    }

}
