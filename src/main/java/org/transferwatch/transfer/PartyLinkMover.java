package org.transferwatch.transfer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.party.PartyLinks;

/**
 * Moves a party's roles and legs to the party kept when an admin merges two party records. A bean of its own,
 * apart from the transfers' visibility rules: the party feature's service needs it, and the transfers' filters
 * need the party feature's service.
 */
@Service
class PartyLinkMover implements PartyLinks {

    private final PartyInvolvementRepository involvements;

    PartyLinkMover(PartyInvolvementRepository involvements) {
        this.involvements = involvements;
    }

    /** Runs in the merge's transaction, which the party feature opens and audits. */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public int moveLinks(long fromPartyId, long intoPartyId) {
        return involvements.moveLinks(fromPartyId, intoPartyId);
    }

}
