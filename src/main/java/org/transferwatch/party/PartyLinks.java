package org.transferwatch.party;

/**
 * The links other features keep to a party, which a merge of two party records moves to the one kept. The
 * feature that owns the links implements it; it runs in the merge's transaction.
 */
public interface PartyLinks {

    /**
     * Moves every link of party {@code fromPartyId} to {@code intoPartyId} (a role the kept party already has in
     * the same transfer is kept once, with the claims of both) and returns how many links moved.
     */
    int moveLinks(long fromPartyId, long intoPartyId);

}
