package org.transferwatch.transfer;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.party.PartyService;

/**
 * Which changed transfers a watch follows, for the monitoring feature's matcher: the same conditions as the
 * Transfers list, applied for the watch's owner rather than the current user (the matcher runs with nobody logged
 * in). Its callers decide what the owner may be told; it only selects.
 */
@Component
public class WatchedTransfers {

    private final TransferRepository transfers;

    private final TransferAccess access;

    private final PartyService parties;

    WatchedTransfers(TransferRepository transfers, TransferAccess access, PartyService parties) {
        this.transfers = transfers;
        this.access = access;
        this.parties = parties;
    }

    /**
     * The transfers among {@code candidates} that the filter selects, whatever their review state: whether the
     * owner may hear of a draft is the change's business (a retraction concerns a transfer no longer published).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> matchingFilter(TransferFilter filter, Collection<Long> candidates) {
        return among(TransferFilterRepository.condition(filter).and(access.restrictions(filter, false)), candidates);
    }

    /** The transfers among {@code candidates} in which the party takes part (as a party, carrier or vessel). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> involvingParty(long partyId, Collection<Long> candidates) {
        return among(TransferRouteRepository.involving(party -> party.eq(partyId)), candidates);
    }

    /** The transfers among {@code candidates} with a party an analyst confirmed as this designation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> involvingDesignation(long designationId, Collection<Long> candidates) {
        return among(TransferRouteRepository.involving(party -> parties.designatedAs(designationId, party)),
                candidates);
    }

    /** Each transfer's label, for a notification's sentence ("North Korea → Russia · KN-23 missiles"). */
    @Transactional(readOnly = true)
    public Map<Long, String> labels(Collection<Long> transferIds) {
        return transferIds.isEmpty() ? Map.of() : transfers.labelsOf(transferIds);
    }

    private Set<Long> among(Condition condition, Collection<Long> candidates) {
        return candidates.isEmpty() ? Set.of() : transfers.matchingAmong(condition, candidates);
    }

}
