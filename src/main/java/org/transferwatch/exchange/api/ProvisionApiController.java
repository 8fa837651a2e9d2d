package org.transferwatch.exchange.api;

import java.time.LocalDate;
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
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.sanctions.CatalogueService;
import org.transferwatch.sanctions.ProvisionDetails;
import org.transferwatch.sanctions.ProvisionDraft;
import org.transferwatch.sanctions.ProvisionQuery;
import org.transferwatch.sanctions.ProvisionTransfers;

/**
 * {@code GET /api/provisions}: the sanctions catalogue's provisions, searchable as on the Sanctions screen;
 * {@code GET /api/provisions/{id}}: one provision with its scope and how many transfers stand to it.
 */
@RestController
@RequestMapping(path = "/api/provisions", produces = MediaType.APPLICATION_JSON_VALUE)
class ProvisionApiController {

    private final CatalogueService catalogue;

    private final ProvisionTransfers transfers;

    ProvisionApiController(CatalogueService catalogue, ProvisionTransfers transfers) {
        this.catalogue = catalogue;
        this.transfers = transfers;
    }

    /** A provision as the API gives it out. */
    record ProvisionDocument(long id, String citation, String issuer, String instrument, String paragraph,
            String summary, @Nullable String url, boolean citationVerified, String conduct, String binds,
            List<String> kinds, List<String> categories, List<String> goodsNamed, List<Scope> scope,
            LocalDate appliesFrom, @Nullable LocalDate appliesUntil, boolean retired,
            @Nullable TransferCounts transfers) {

        static ProvisionDocument of(ProvisionDetails details, ProvisionTransfers.@Nullable LinkedTransferCounts counts) {
            var p = details.provision();
            return new ProvisionDocument(p.id(), p.citation(), p.issuerCode(), p.instrument(), p.paragraph(),
                    p.summary(), p.url(), p.citationVerified(), details.conduct().dbValue(), details.binding().dbValue(),
                    details.kinds(), details.categoryCodes(), details.goodsTerms(),
                    details.scope().stream().map(row -> new Scope(row.supplierCode(), row.recipientCode())).toList(),
                    details.appliesFrom(), details.appliesUntil(), p.retired(),
                    counts == null ? null : new TransferCounts(counts.confirmed(), counts.suggested(), counts.dismissed()));
        }

    }

    /** A pair of states the provision concerns; null is any state. */
    record Scope(@Nullable String supplier, @Nullable String recipient) {
    }

    /** Transfers the token's owner may see that an analyst confirmed, the scope suggests, or an analyst dismissed. */
    record TransferCounts(int confirmed, int suggested, int dismissed) {
    }

    record ProvisionList(List<ProvisionDocument> provisions) {
    }

    @GetMapping
    @Operation(summary = "Provisions of the sanctions catalogue matching every criterion, UN measures first (at most 500)")
    ProvisionList list(
            @Parameter(description = "Words of the citation or summary, e.g. petroleum") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Issuer code, e.g. UNSC, EU, US, UK") @RequestParam(required = false) @Nullable String issuer,
            @Parameter(description = "A state the scope names as supplier or recipient, e.g. PRK") @RequestParam(required = false) @Nullable String state,
            @Parameter(description = "arms, raw_material or dual_use") @RequestParam(required = false) @Nullable String kind,
            @Parameter(description = "true: include retired provisions") @RequestParam(required = false) @Nullable String retired) {
        if (kind != null && !ProvisionDraft.KINDS.contains(kind)) {
            throw new ValidationException("The kind must be arms, raw_material or dual_use.");
        }
        if (issuer != null && !issuer.matches("[A-Za-z]{2,10}")) {
            throw new ValidationException("The issuer is a code of 2 to 10 letters, e.g. UNSC.");
        }
        if (state != null && !state.matches("[A-Za-z]{3,4}")) {
            throw new ValidationException("The state is a country code, e.g. PRK.");
        }
        var query = new ProvisionQuery(q, issuer == null ? null : issuer.toUpperCase(Locale.ROOT),
                state == null ? null : state.toUpperCase(Locale.ROOT), kind, "true".equalsIgnoreCase(retired));
        return new ProvisionList(catalogue.searchProvisions(query).stream().map(p -> ProvisionDocument.of(p, null)).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One provision with its scope and the counts of transfers linked to it")
    ProvisionDocument get(@PathVariable long id) {
        var details = catalogue.provision(id).orElseThrow(() -> new NotFoundException("This provision does not exist."));
        return ProvisionDocument.of(details, transfers.countsFor(id));
    }

}
