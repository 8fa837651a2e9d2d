package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.party.PartyService;
import org.transferwatch.sanctions.SanctionsService;

/**
 * Which changed transfers a watch follows, for the monitoring feature's matcher: the same conditions as the
 * Transfers list, applied for the watch's owner rather than the current user (the matcher runs with nobody logged
 * in). Its callers decide what the owner may be told; it only selects.
 */
@Component
public class WatchedTransfers {

    /** How many filters {@link #matchingFilters} reads in one statement (a column each). */
    private static final int FILTERS_PER_STATEMENT = 100;

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
     * For each filter, the transfers among {@code candidates} that it selects, whatever their review state (whether
     * the owner may hear of a draft is the change's business: a retraction concerns a transfer no longer
     * published): up to a hundred filters in one statement, over the candidates read once. A filter the list would
     * refuse (a search text over the limit) selects nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Set<Long>> matchingFilters(List<TransferFilter> filters, Collection<Long> candidates) {
        var matched = new ArrayList<Set<Long>>();
        if (candidates.isEmpty()) {
            filters.forEach(filter -> matched.add(Set.of()));
            return matched;
        }
        for (int from = 0; from < filters.size(); from += FILTERS_PER_STATEMENT) {
            var conditions = new ArrayList<Condition>();
            for (var filter : filters.subList(from, Math.min(filters.size(), from + FILTERS_PER_STATEMENT))) {
                Condition condition;
                try {
                    condition = TransferFilterRepository.condition(filter).and(access.restrictions(filter, false));
                }
                catch (ValidationException refused) {
                    condition = DSL.falseCondition();
                }
                conditions.add(condition);
            }
            matched.addAll(transfers.matchingEachAmong(conditions, candidates));
        }
        return matched;
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

}
