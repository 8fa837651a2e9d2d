package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.sanctions.ProvisionSuggestion;
import org.transferwatch.sanctions.ProvisionTransfers;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.sanctions.TransferScope;

/**
 * The sanctions provisions a transfer may breach, as far as the user may see and change the transfer: the
 * suggestions from the provisions' scope, the decided links, and an analyst's confirm or dismiss.
 */
@Service
public class TransferSanctionsService implements ProvisionTransfers {

    private final TransferAccess access;

    private final SanctionsService sanctions;

    private final CountryService countries;

    private final TransferListService listing;

    private final TransferPartyService parties;

    TransferSanctionsService(TransferAccess access, SanctionsService sanctions, CountryService countries,
            TransferListService listing, TransferPartyService parties) {
        this.access = access;
        this.sanctions = sanctions;
        this.countries = countries;
        this.listing = listing;
        this.parties = parties;
    }

    /** Counted as the Transfers list counts the same filter, so that a link's count is the list's. */
    @Override
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public LinkedTransferCounts countsFor(long provisionId) {
        return new LinkedTransferCounts(count(provisionId, LinkedProvision.Linked.CONFIRMED),
                count(provisionId, LinkedProvision.Linked.SUGGESTED), count(provisionId, LinkedProvision.Linked.DISMISSED));
    }

    private int count(long provisionId, LinkedProvision.Linked linked) {
        return listing.count(TransferFilter.linkedTo(provisionId, linked));
    }

    /**
     * Confirms or dismisses a provision for a transfer the user may edit; a dismissal needs a note.
     * Analysts and above.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long decideProvision(long transferId, long provisionId, SanctionsLink.Decision decision,
            @Nullable String note) {
        access.requireEditable(transferId);
        return sanctions.decide(transferId, provisionId, decision, note);
    }

    /**
     * Provisions on which nobody has decided yet that the transfer may breach, each with the reason: first those
     * whose scope covers it, best fit first; then, where a party of the transfer or a vessel of its shipments is
     * a confirmed designation, the designation powers (asset freezes) of the designation's regime. A provision of
     * that regime suggested from its scope says so too.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ProvisionSuggestion> suggestedProvisions(long transferId) {
        var transfer = access.requireVisible(transferId);
        var decided = sanctions.linksFor(transferId).stream().map(link -> link.provision().id()).toList();
        var scope = scope(transfer);
        var suggestions = new LinkedHashMap<Long, ProvisionSuggestion>();
        sanctions.suggestions(scope, countryName(transfer.supplierCode()), countryName(transfer.recipientCode()))
            .forEach(suggestion -> suggestions.put(suggestion.provision().id(), suggestion));
        addDesignationReasons(suggestions, scope, transferId);
        return new ArrayList<>(suggestions.values()).stream()
            .filter(suggestion -> !decided.contains(suggestion.provision().id()))
            .toList();
    }

    /**
     * {@link #suggestedProvisions} of many transfers in a few statements, not a few per transfer: the
     * transfers (one statement), their decided links (one), their scopes' fits (one), which of them have a confirmed
     * designated party (one); only those few read their parties one by one. By transfer id, each list as for one
     * transfer; transfers the user may not see are left out.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<ProvisionSuggestion>> suggestedProvisionsOf(java.util.Collection<Long> transferIds) {
        if (transferIds.isEmpty()) {
            return java.util.Map.of();
        }
        var visible = access.visibleAmong(transferIds);
        var ids = visible.stream().map(Transfer::id).toList();
        var decided = sanctions.linksForAll(ids);
        var scopes = new LinkedHashMap<Long, TransferScope>();
        visible.forEach(transfer -> scopes.put(transfer.id(), scope(transfer)));
        var names = new java.util.HashMap<String, String>();
        var ranked = sanctions.suggestionsAll(scopes, code -> names.computeIfAbsent(code, this::countryName));
        var withDesignatedParty = new java.util.HashSet<>(access.visibleIdsAmong(TransferFilter.NONE.withDesignatedParty(true), ids));
        var suggested = new LinkedHashMap<Long, List<ProvisionSuggestion>>();
        for (var transfer : visible) {
            var suggestions = new LinkedHashMap<Long, ProvisionSuggestion>();
            ranked.getOrDefault(transfer.id(), List.of()).forEach(suggestion -> suggestions.put(suggestion.provision().id(), suggestion));
            if (withDesignatedParty.contains(transfer.id())) {
                addDesignationReasons(suggestions, scopes.get(transfer.id()), transfer.id());
            }
            var decidedIds = decided.getOrDefault(transfer.id(), List.of()).stream().map(link -> link.provision().id()).toList();
            suggested.put(transfer.id(), suggestions.values().stream()
                .filter(suggestion -> !decidedIds.contains(suggestion.provision().id()))
                .toList());
        }
        return suggested;
    }

    private static TransferScope scope(Transfer transfer) {
        var fields = transfer.fields();
        var goods = fields.designation() == null ? fields.item() : fields.item() + " " + fields.designation();
        var period = fields.period();
        return new TransferScope(transfer.supplierCode(), transfer.recipientCode(), fields.kind().dbValue(),
                fields.categoryCode(), goods, period == null ? null : period.start(), period == null ? null : period.end());
    }

    private void addDesignationReasons(LinkedHashMap<Long, ProvisionSuggestion> suggestions, TransferScope scope,
            long transferId) {
        for (var party : parties.designatedParties(transferId)) {
            for (var listing : party.listings()) {
                if (listing.regimeCode() != null) {
                    addDesignationReasons(suggestions, scope, party, listing);
                }
            }
        }
    }

    /**
     * The regime's designation powers as suggestions, and the sentence naming the designated party on every
     * suggestion of a provision of the regime: "Korea Achim Shipping Co, a shipper of this transfer, is
     * designated (KPe.058) under the DPRK regime."
     */
    private void addDesignationReasons(LinkedHashMap<Long, ProvisionSuggestion> suggestions, TransferScope scope,
            DesignatedParty party, DesignatedParty.Listing listing) {
        var regime = listing.regimeCode();
        var sentence = party.name() + ", " + party.involvement() + ", is designated (" + listing.reference()
                + ") under the " + regime + " regime.";
        for (var provision : sanctions.provisionsOfRegime(regime)) {
            var suggested = suggestions.get(provision.id());
            if (suggested != null && !suggested.reason().contains(sentence)) {
                suggestions.put(provision.id(), new ProvisionSuggestion(suggested.provision(), suggested.fit(),
                        suggested.reason() + " " + sentence));
            }
        }
        for (var power : sanctions.designationPowers(regime, scope)) {
            suggestions.putIfAbsent(power.id(), new ProvisionSuggestion(power, 0, sentence));
        }
    }

    private String countryName(String code) {
        return countries.findByCode(code).map(Country::name).orElse(code);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SanctionsLink> sanctionsLinks(long transferId) {
        access.requireVisible(transferId);
        return sanctions.linksFor(transferId);
    }

}
