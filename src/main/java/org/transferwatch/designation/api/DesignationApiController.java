package org.transferwatch.designation.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferwatch.base.ValidationException;
import org.transferwatch.designation.Designation;
import org.transferwatch.designation.DesignationHit;
import org.transferwatch.designation.DesignationService;

/**
 * {@code GET /api/designations?q=}: designations by name, alias, reference or IMO number, best match first,
 * with the score; {@code GET /api/designations/{id}}: one designation with its names, identifiers, states and
 * the provisions of its regime. Under the API's security chain: a personal token, GET only.
 */
@RestController
@RequestMapping(path = "/api/designations", produces = MediaType.APPLICATION_JSON_VALUE)
class DesignationApiController {

    static final int DEFAULT_LIMIT = 50;

    static final int MAX_LIMIT = 200;

    private final DesignationService designations;

    DesignationApiController(DesignationService designations) {
        this.designations = designations;
    }

    record Page(List<Hit> items, int total, int offset) {
    }

    record Hit(long id, String reference, String kind, String name, String regime, @Nullable LocalDate listedOn,
            @Nullable LocalDate delistedOn, @Nullable String matched, double score, boolean exact) {

        static Hit of(DesignationHit hit) {
            return new Hit(hit.id(), hit.reference(), hit.kind().dbValue(), hit.primaryName(), hit.programme(),
                    hit.listedOn(), hit.delistedOn(), hit.matched(), Math.round(hit.score() * 1000) / 1000.0, hit.exact());
        }
    }

    record Name(String name, String quality) {
    }

    record Identifier(String kind, String value, @Nullable String issuingCountry, @Nullable String note) {
    }

    record Place(String relation, String listedText, @Nullable String countryCode) {
    }

    record ProvisionJson(long id, String issuer, String citation, String summary, @Nullable String url) {
    }

    record DesignationDocument(long id, String source, String reference, String kind, String issuer, String regime,
            @Nullable String regimeCode, @Nullable String regimeName, String name, @Nullable String originalScriptName,
            List<Name> names, @Nullable LocalDate listedOn, List<LocalDate> amendedOn, @Nullable LocalDate delistedOn,
            List<Identifier> identifiers, List<Place> countries, @Nullable String narrative,
            @Nullable String sourceEntryId, @Nullable Integer sourceEntryVersion, List<ProvisionJson> provisions,
            OffsetDateTime updatedAt, int version) {
    }

    @GetMapping
    @Operation(summary = "Designations matching a name, alias, reference or IMO number, best match first",
            description = "Case, accents, hyphens, spacing and word order are ignored; near spellings are found with a "
                    + "lower score (0 to 1). A reference (KPe.001) or an identifier number matches exactly (score 1). "
                    + "Without q, every designation by name. Delisted designations are included with their date.")
    Page search(@Parameter(description = "Name, alias, reference or IMO number, e.g. korea mining dev") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Rows to skip (default 0)") @RequestParam(required = false) @Nullable Integer offset,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RequestParam(required = false) @Nullable Integer limit) {
        var text = q == null ? "" : q;
        var size = limit == null ? DEFAULT_LIMIT : limit;
        var skip = offset == null ? 0 : offset;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ValidationException("The limit must be between 1 and " + MAX_LIMIT + ".");
        }
        if (skip < 0) {
            throw new ValidationException("The offset cannot be negative.");
        }
        return new Page(designations.search(text, skip, size).stream().map(Hit::of).toList(), designations.count(text), skip);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One designation with its names and their quality, identifiers, states, dates, narrative "
            + "and the provisions of its regime")
    DesignationDocument get(@PathVariable long id) {
        var page = designations.page(id);
        Designation d = page.designation();
        return new DesignationDocument(d.id(), d.source(), d.reference(), d.kind().dbValue(), d.issuerCode(), d.programme(),
                d.regimeCode(), page.regimeName(), d.primaryName(), d.originalScriptName(),
                d.names().stream().map(name -> new Name(name.name(), name.quality().dbValue())).toList(), d.listedOn(),
                d.amendedOn(), d.delistedOn(),
                d.identifiers().stream().map(i -> new Identifier(i.kind().dbValue(), i.value(), i.issuingCountry(), i.note()))
                    .toList(),
                d.countries().stream().map(p -> new Place(p.relation().name().toLowerCase(Locale.ROOT), p.listedText(),
                        p.countryCode())).toList(),
                d.narrative(), d.sourceEntryId(), d.sourceEntryVersion(),
                page.provisions().stream().map(p -> new ProvisionJson(p.id(), p.issuerCode(), p.citation(), p.summary(),
                        p.url())).toList(),
                d.updatedAt(), d.version());
    }

}
