package org.transferwatch.transfer;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.sanctions.Provision;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.sanctions.TransferScope;

/**
 * The sanctions provisions a transfer may breach, as far as the user may see and change the transfer: the
 * suggestions from the provisions' scope, the decided links, and an analyst's confirm or dismiss.
 */
@Service
public class TransferSanctionsService {

    private final TransferAccess access;

    private final SanctionsService sanctions;

    TransferSanctionsService(TransferAccess access, SanctionsService sanctions) {
        this.access = access;
        this.sanctions = sanctions;
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

    /** Provisions whose scope matches the transfer and on which nobody has decided yet. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Provision> suggestedProvisions(long transferId) {
        var transfer = access.requireVisible(transferId).fields();
        var decided = sanctions.linksFor(transferId).stream().map(link -> link.provision().id()).toList();
        return sanctions.matching(new TransferScope(transfer.supplierCode(), transfer.recipientCode(),
                    transfer.kind().dbValue(), transfer.categoryCode()))
            .stream()
            .filter(provision -> !decided.contains(provision.id()))
            .toList();
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SanctionsLink> sanctionsLinks(long transferId) {
        access.requireVisible(transferId);
        return sanctions.linksFor(transferId);
    }

}
