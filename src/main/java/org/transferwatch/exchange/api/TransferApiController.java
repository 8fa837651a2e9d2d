package org.transferwatch.exchange.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

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
import org.transferwatch.designation.DesignationService;
import org.transferwatch.exchange.RequestParameters;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyIdentifierKind;
import org.transferwatch.party.PartyService;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.InvolvedParty;
import org.transferwatch.transfer.ShipmentService;
import org.transferwatch.transfer.TransferFilterParameters;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferPartyService;
import org.transferwatch.transfer.TransferSanctionsService;
import org.transferwatch.transfer.TransferService;

/**
 * {@code GET /api/transfers}: the transfers the token's owner may see, filtered by the transfers list's
 * URL parameters, newest first, a page at a time with an opaque cursor; {@code GET /api/transfers/{id}}:
 * one transfer with its evidence, sanctions links, parties and shipments.
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

    private final TransferPartyService transferParties;

    private final ShipmentService shipments;

    private final PartyService parties;

    private final DesignationService designations;

    TransferApiController(TransferService transfers, TransferSanctionsService transferSanctions,
            EvidenceService evidenceService, TransferListService listing, TransferPartyService transferParties,
            ShipmentService shipments, PartyService parties, DesignationService designations) {
        this.transfers = transfers;
        this.transferSanctions = transferSanctions;
        this.evidenceService = evidenceService;
        this.listing = listing;
        this.transferParties = transferParties;
        this.shipments = shipments;
        this.parties = parties;
        this.designations = designations;
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
            @Parameter(description = "reported, possible, under_negotiation, agreed, in_delivery, delivered, denied or disputed") @RequestParam(name = TransferFilterParameters.STATUS, required = false) @Nullable String status,
            @Parameter(description = "high, moderate or low") @RequestParam(name = TransferFilterParameters.CONFIDENCE, required = false) @Nullable String confidence,
            @Parameter(description = "draft, published or retracted (viewers see published only)") @RequestParam(name = TransferFilterParameters.REVIEW, required = false) @Nullable String review,
            @Parameter(description = "Period overlapping from (YYYY-MM-DD)") @RequestParam(name = TransferFilterParameters.FROM, required = false) @Nullable String from,
            @Parameter(description = "Period overlapping to (YYYY-MM-DD)") @RequestParam(name = TransferFilterParameters.TO, required = false) @Nullable String to,
            @Parameter(description = "Sanctions issuer code with a confirmed link, e.g. UNSC") @RequestParam(name = TransferFilterParameters.ISSUER, required = false) @Nullable String issuer,
            @Parameter(description = "Full-text search over item, notes and quotes") @RequestParam(name = TransferFilterParameters.TEXT, required = false) @Nullable String q,
            @Parameter(description = "A provision's id: transfers as they stand to it (see linked)") @RequestParam(name = TransferFilterParameters.PROVISION, required = false) @Nullable String provision,
            @Parameter(description = "confirmed (default), suggested or dismissed") @RequestParam(name = TransferFilterParameters.LINKED, required = false) @Nullable String linked,
            @Parameter(description = "A party's name, other name or number (e.g. IMO 9183609)") @RequestParam(name = TransferFilterParameters.PARTY, required = false) @Nullable String party,
            @Parameter(description = "A vessel's name, other name or IMO number, as carrier or receiving vessel too") @RequestParam(name = TransferFilterParameters.VESSEL, required = false) @Nullable String vessel,
            @Parameter(description = "A place's id in the gazetteer: transfers with a shipment there") @RequestParam(name = TransferFilterParameters.PLACE, required = false) @Nullable String place,
            @Parameter(description = "1: transfers with a party confirmed to be a listed designation") @RequestParam(name = TransferFilterParameters.DESIGNATED, required = false) @Nullable String designated,
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
    @Operation(summary = "One transfer with its evidence (claims with their sources and grades), sanctions links, "
            + "parties in their roles and shipments")
    ApiModel.TransferDocument get(@PathVariable long id) {
        var details = transfers.details(id);
        var involved = transferParties.partiesOf(id);
        var legs = shipments.shipmentsOf(id);
        var partyIds = new LinkedHashSet<Long>();
        involved.forEach(party -> partyIds.add(party.partyId()));
        legs.forEach(leg -> Stream.of(leg.carrier(), leg.receivingVessel()).filter(Objects::nonNull)
            .forEach(party -> partyIds.add(party.id())));
        var identifiers = new HashMap<Long, List<PartyDraft.Identifier>>();
        partyIds.forEach(partyId -> identifiers.put(partyId, parties.party(partyId).identifiers()));
        var confirmed = parties.confirmedDesignationsByParty(
                involved.stream().filter(InvolvedParty::designated).map(InvolvedParty::partyId).toList());
        var references = designations.references(confirmed.values().stream().flatMap(List::stream).distinct().toList());
        var partyDocuments = involved.stream()
            .map(party -> ApiModel.PartyJson.of(party, identifiers.getOrDefault(party.partyId(), List.of()),
                    confirmed.getOrDefault(party.partyId(), List.of()).stream().map(references::get)
                        .filter(Objects::nonNull).sorted().toList()))
            .toList();
        var imoNumbers = new HashMap<Long, String>();
        identifiers.forEach((partyId, numbers) -> numbers.stream()
            .filter(number -> number.kind() == PartyIdentifierKind.IMO_SHIP).findFirst()
            .ifPresent(number -> imoNumbers.put(partyId, number.value())));
        var shipmentDocuments = legs.stream().map(leg -> ApiModel.ShipmentJson.of(leg, imoNumbers)).toList();
        return ApiModel.TransferDocument.of(details, evidenceService.evidence(id), transferSanctions.sanctionsLinks(id),
                partyDocuments, shipmentDocuments);
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
