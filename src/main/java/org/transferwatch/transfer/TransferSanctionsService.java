package org.transferwatch.transfer;

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

    TransferSanctionsService(TransferAccess access, SanctionsService sanctions, CountryService countries,
            TransferListService listing) {
        this.access = access;
        this.sanctions = sanctions;
        this.countries = countries;
        this.listing = listing;
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
     * Provisions whose scope covers the transfer and on which nobody has decided yet, best fit first, each with
     * the reason it fits.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ProvisionSuggestion> suggestedProvisions(long transferId) {
        var transfer = access.requireVisible(transferId);
        var fields = transfer.fields();
        var decided = sanctions.linksFor(transferId).stream().map(link -> link.provision().id()).toList();
        var goods = fields.designation() == null ? fields.item() : fields.item() + " " + fields.designation();
        var period = fields.period();
        var scope = new TransferScope(transfer.supplierCode(), transfer.recipientCode(), fields.kind().dbValue(),
                fields.categoryCode(), goods, period == null ? null : period.start(), period == null ? null : period.end());
        return sanctions.suggestions(scope, countryName(transfer.supplierCode()), countryName(transfer.recipientCode()))
            .stream()
            .filter(suggestion -> !decided.contains(suggestion.provision().id()))
            .toList();
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
