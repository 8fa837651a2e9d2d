package org.transferwatch.sanctions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;

/**
 * Which provisions a transfer may breach: suggestions from scope, and the analyst's confirmations and
 * dismissals. The transfer's own rules (who may edit it) are checked by the transfer feature before it
 * calls in here.
 */
@Service
public class SanctionsService {

    private final SanctionsRepository sanctions;

    private final AuditService audit;

    private final CurrentUser currentUser;

    SanctionsService(SanctionsRepository sanctions, AuditService audit, CurrentUser currentUser) {
        this.sanctions = sanctions;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * Provisions whose scope covers the transfer, whether or not an analyst has decided on them, best fit first,
     * each with the reason it fits; the names are the transfer's states as the reason should call them.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ProvisionSuggestion> suggestions(TransferScope scope, String supplierName, String recipientName) {
        return SuggestionRanking.rank(sanctions.fits(scope), scope, supplierName, recipientName);
    }

    /**
     * {@link #suggestions} of many transfers, read in one statement: by transfer id, each ranked as for one;
     * {@code stateName} names a state by its code.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, List<ProvisionSuggestion>> suggestionsAll(Map<Long, TransferScope> scopes,
            java.util.function.Function<String, String> stateName) {
        var fits = sanctions.fitsAll(scopes);
        var ranked = new java.util.LinkedHashMap<Long, List<ProvisionSuggestion>>();
        scopes.forEach((id, scope) -> ranked.put(id, SuggestionRanking.rank(fits.getOrDefault(id, List.of()), scope,
                stateName.apply(scope.supplierCode()), stateName.apply(scope.recipientCode()))));
        return ranked;
    }

    /** Every provision that is not retired, for linking one by hand. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Provision> activeProvisions() {
        return sanctions.findActiveProvisions();
    }

    /**
     * A condition on a transfer's scope: the provision covers it, by the same rule as the suggestions. For
     * listing the transfers a provision may concern.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Condition covers(long provisionId, TransferScope.Fields transfer) {
        return sanctions.coveredBy(provisionId, transfer);
    }

    /**
     * A condition on a transfer: the provision is a designation power of a regime (an asset freeze, say) that
     * binds the transfer's states and was in force for some of its period, and {@code designatedUnder} holds of
     * that regime (a party of the transfer is a confirmed designation under it). With {@link #covers}, the
     * transfers a provision is suggested for.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Condition designationPowerApplies(long provisionId, TransferScope.Fields transfer,
            Function<String, Condition> designatedUnder) {
        return sanctions.designationPowerApplies(provisionId, transfer, designatedUnder);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Provision> provision(long id) {
        return sanctions.findProvision(id);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<String> issuerCodes() {
        return sanctions.findIssuerCodes();
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SanctionsLink> linksFor(long transferId) {
        return sanctions.linksFor(transferId);
    }

    /** {@link #linksFor} of many transfers in one statement, by transfer id. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, List<SanctionsLink>> linksForAll(java.util.Collection<Long> transferIds) {
        return sanctions.linksAll(transferIds);
    }

    /** Records the analyst's decision on a provision for a transfer; a dismissal needs a note. Analysts and above. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long decide(long transferId, long provisionId, SanctionsLink.Decision decision, @Nullable String note) {
        var user = currentUser.require();
        var cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (decision == SanctionsLink.Decision.DISMISSED && cleanNote == null) {
            throw new ValidationException("Say why this provision does not apply.");
        }
        if (cleanNote != null && cleanNote.length() > 2000) {
            throw new ValidationException("A note is limited to 2,000 characters.");
        }
        var provision = sanctions.findProvision(provisionId);
        if (provision.isEmpty()) {
            throw new ValidationException("That provision no longer exists.");
        }
        if (provision.get().retired()) {
            throw new ValidationException(provision.get().citation() + " is retired in the catalogue and can no longer be"
                    + " linked.");
        }
        if (sanctions.findLink(transferId, provisionId).isPresent()) {
            throw new ValidationException("A decision on this provision is already recorded for the transfer.");
        }
        long id;
        try {
            id = sanctions.insertLink(transferId, provisionId, decision, cleanNote, user.id());
        }
        catch (DuplicateKeyException e) {
            throw new ValidationException("Someone recorded a decision on this provision for the transfer a moment ago;"
                    + " reload to see it.");
        }
        audit.record(new AuditEntry("sanctions_link", Long.toString(id), "create", transferId, null,
                sanctions.snapshotLink(id)));
        return id;
    }

    /**
     * When two transfers turn out to be one: moves the decisions of the merged transfer to the one kept, except on
     * provisions the kept one has a decision on (they stay with the merged transfer, which is retracted). The
     * transfer feature checks first that the user may merge the two, and audits the merge on both sides with the
     * ids this returns. Reviewers and above.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public List<Long> moveDecisions(long mergedTransferId, long survivorId) {
        return sanctions.moveLinks(mergedTransferId, survivorId, currentUser.require().id());
    }

    /** For the transfers the subquery selects: each provision confirmed for some, with how many. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ProvisionCount> confirmedProvisionCounts(Select<Record1<Long>> transferIds) {
        return sanctions.confirmedProvisionCounts(transferIds);
    }

    /** For the transfers the subquery selects: their confirmed links, UN first, then by adoption. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SanctionsLink> confirmedLinksFor(Select<Record1<Long>> transferIds) {
        return sanctions.confirmedLinksFor(transferIds);
    }

    /**
     * The (transfer, provision) pairs of the confirmed links of the transfers the subquery selects, as a subquery:
     * for matching changed transfers to the watches on provisions in one statement.
     */
    public Select<Record2<Long, Long>> confirmedLinkKeys(Select<Record1<Long>> transferIds) {
        return SanctionsRepository.confirmedLinkKeys(transferIds);
    }

    /** A condition on a transfer id: it has at least one confirmed sanctions link. */
    public Condition hasConfirmedLink(Field<Long> transferId) {
        return SanctionsRepository.hasConfirmedLink(transferId);
    }

    /** A condition on a transfer id: an analyst decided on the provision for it (this way, or either way for null). */
    public Condition hasDecision(long provisionId, SanctionsLink.@Nullable Decision decision, Field<Long> transferId) {
        return SanctionsRepository.hasDecision(provisionId, decision, transferId);
    }

    /** A condition on a transfer id: it has a confirmed link to a provision of the issuer. */
    public Condition hasConfirmedLinkFromIssuer(String issuerCode, Field<Long> transferId) {
        return SanctionsRepository.hasConfirmedLinkFromIssuer(issuerCode, transferId);
    }

    /**
     * The designation powers of a regime (its asset freezes and blocking measures) that bind the transfer's states
     * and were in force for some of its period, UN first: what a transfer may breach once a person the regime
     * designates takes part in it. Never suggested from scope alone; the transfer feature asks for them when a
     * party of the transfer is a confirmed designation of the regime.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Provision> designationPowers(String regimeCode, TransferScope scope) {
        return sanctions.findDesignationPowers(regimeCode, scope);
    }

    /** The provisions of the instruments of a regime, UN first, then by adoption; none for an unknown regime. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Provision> provisionsOfRegime(String regimeCode) {
        return sanctions.findProvisionsOfRegime(regimeCode);
    }

}
