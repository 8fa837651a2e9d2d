package org.transferwatch.transfer;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.party.PartyService;
import org.transferwatch.sanctions.SanctionsService;

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

    private final SanctionsService sanctions;

    WatchedTransfers(TransferRepository transfers, TransferAccess access, PartyService parties,
            SanctionsService sanctions) {
        this.transfers = transfers;
        this.access = access;
        this.parties = parties;
        this.sanctions = sanctions;
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

    /**
     * What the transfers involve that a watch can be keyed by, as subqueries of (transfer id, key) for the matcher
     * to join with the watches' targets, so that a batch of changes meets its candidate watches in one statement
     * rather than in one query per watch: their pairs both ways round ("PRK/RUS"), the parties they involve, the
     * designations confirmed for those parties and the provisions confirmed for them (ids as text).
     */
    public record Keys(Select<Record2<Long, String>> pairs, Select<Record2<Long, String>> parties,
            Select<Record2<Long, String>> designations, Select<Record2<Long, String>> provisions) {
    }

    /** The {@link Keys} of these transfers. */
    public Keys keysOf(Collection<Long> transferIds) {
        var ids = transferIds.toArray(Long[]::new);
        var involved = TransferRouteRepository.involvedParties(ids).asTable("involved", "transfer_id", "party_id");
        var transferId = involved.field("transfer_id", Long.class);
        var partyId = involved.field("party_id", Long.class);
        var designated = parties.confirmedDesignationKeys(DSL.select(partyId).from(involved))
            .asTable("designated", "party_id", "designation_id");
        var batch = DSL.unnest(ids).as("batch", "id");
        var provided = sanctions.confirmedLinkKeys(DSL.select(batch.field("id", Long.class)).from(batch))
            .asTable("provided", "transfer_id", "provision_id");
        return new Keys(TransferRepository.pairsBothWays(ids),
                DSL.select(transferId, partyId.cast(String.class)).from(involved),
                DSL.select(transferId, designated.field("designation_id", Long.class).cast(String.class))
                    .from(involved)
                    .join(designated).on(designated.field("party_id", Long.class).eq(partyId)),
                DSL.select(provided.field("transfer_id", Long.class),
                        provided.field("provision_id", Long.class).cast(String.class))
                    .from(provided));
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
