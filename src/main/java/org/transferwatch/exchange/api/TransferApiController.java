package org.transferwatch.exchange.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferwatch.base.ValidationException;
import org.transferwatch.exchange.RequestParameters;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.TransferFilterParameters;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferSanctionsService;
import org.transferwatch.transfer.TransferService;

/**
 * {@code GET /api/transfers}: the transfers the token's owner may see, filtered by the transfers list's
 * URL parameters, newest first, a page at a time with an opaque cursor; {@code GET /api/transfers/{id}}:
 * one transfer with its evidence and sanctions links.
 */
@RestController
@RequestMapping(path = "/api/transfers", produces = MediaType.APPLICATION_JSON_VALUE)
class TransferApiController {

    static final int DEFAULT_LIMIT = 50;

    static final int MAX_LIMIT = 200;

    private static final String CURSOR_VERSION = "v1:";

    private final TransferService transfers;

    private final TransferSanctionsService transferSanctions;

    private final EvidenceService evidenceService;

    private final TransferListService listing;

    TransferApiController(TransferService transfers, TransferSanctionsService transferSanctions, EvidenceService evidenceService, TransferListService listing) {
        this.transfers = transfers;
        this.transferSanctions = transferSanctions;
        this.evidenceService = evidenceService;
        this.listing = listing;
    }

    @GetMapping
    @Operation(summary = "Transfers matching the filter, newest first, one page at a time",
            description = "The filter parameters are those of the transfers list's URL. Pass nextCursor back as "
                    + "cursor for the next page; it is null on the last page.")
    ApiModel.Page list(HttpServletRequest request,
            @Parameter(description = "Supplier country code, e.g. PRK") @RequestParam(name = TransferFilterParameters.SUPPLIER, required = false) @Nullable String supplier,
            @Parameter(description = "Recipient country code, e.g. RUS") @RequestParam(name = TransferFilterParameters.RECIPIENT, required = false) @Nullable String recipient,
            @Parameter(description = "true: the pair in either direction") @RequestParam(name = TransferFilterParameters.EITHER, required = false) @Nullable String either,
            @Parameter(description = "arms, raw_material or dual_use") @RequestParam(name = TransferFilterParameters.KIND, required = false) @Nullable String kind,
            @Parameter(description = "Category code, e.g. ML3") @RequestParam(name = TransferFilterParameters.CATEGORY, required = false) @Nullable String category,
            @Parameter(description = "reported, under_negotiation, agreed, in_delivery, delivered, denied or disputed") @RequestParam(name = TransferFilterParameters.STATUS, required = false) @Nullable String status,
            @Parameter(description = "high, moderate or low") @RequestParam(name = TransferFilterParameters.CONFIDENCE, required = false) @Nullable String confidence,
            @Parameter(description = "draft, published or retracted (viewers see published only)") @RequestParam(name = TransferFilterParameters.REVIEW, required = false) @Nullable String review,
            @Parameter(description = "Period overlapping from (YYYY-MM-DD)") @RequestParam(name = TransferFilterParameters.FROM, required = false) @Nullable String from,
            @Parameter(description = "Period overlapping to (YYYY-MM-DD)") @RequestParam(name = TransferFilterParameters.TO, required = false) @Nullable String to,
            @Parameter(description = "Sanctions issuer code with a confirmed link, e.g. UNSC") @RequestParam(name = TransferFilterParameters.ISSUER, required = false) @Nullable String issuer,
            @Parameter(description = "Full-text search over item, notes and quotes") @RequestParam(name = TransferFilterParameters.TEXT, required = false) @Nullable String q,
            @Parameter(description = "A provision's id: transfers as they stand to it (see linked)") @RequestParam(name = TransferFilterParameters.PROVISION, required = false) @Nullable String provision,
            @Parameter(description = "confirmed (default), suggested or dismissed") @RequestParam(name = TransferFilterParameters.LINKED, required = false) @Nullable String linked,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RequestParam(required = false) @Nullable Integer limit) {
        var parsed = TransferFilterParameters.parse(RequestParameters.of(request));
        if (!parsed.problems().isEmpty()) {
            throw new ValidationException(parsed.problems());
        }
        var size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ValidationException("The limit must be between 1 and " + MAX_LIMIT + ".");
        }
        var rows = listing.pageAfter(parsed.filter(), cursor == null ? null : decode(cursor), size + 1);
        var page = rows.subList(0, Math.min(size, rows.size()));
        var next = rows.size() > size ? encode(page.getLast().id()) : null;
        return new ApiModel.Page(page.stream().map(ApiModel.TransferSummary::of).toList(), next);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One transfer with its evidence (claims with their sources and grades) and sanctions links")
    ApiModel.TransferDocument get(@PathVariable long id) {
        return ApiModel.TransferDocument.of(transfers.details(id), evidenceService.evidence(id), transferSanctions.sanctionsLinks(id));
    }

    static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_VERSION + lastId).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR_VERSION)) {
                return Long.parseLong(text.substring(CURSOR_VERSION.length()));
            }
        }
        catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new ValidationException("The cursor is not one this API gave out; start again without a cursor.");
    }

}
