package org.transferwatch.party;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.designation.DesignationParties;

/** The parties matched to a designation, and the transfers of those confirmed, for the designation's page. */
@Service
class DesignationPartiesService implements DesignationParties {

    private final PartyMatchRepository matches;

    private final PartyTransfers transfers;

    DesignationPartiesService(PartyMatchRepository matches, PartyTransfers transfers) {
        this.matches = matches;
        this.transfers = transfers;
    }

    @Override
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MatchedParty> partiesOf(long designationId) {
        return matches.ofDesignation(designationId).stream()
            .map(row -> {
                var confirmed = row.state() == MatchState.CONFIRMED;
                var involvements = confirmed ? transfers.transfersOf(row.partyId()).stream()
                    .map(t -> new Involvement(t.transferId(), t.supplierName() + " → " + t.recipientName() + ": "
                            + t.item(), t.role(), t.reviewState(), t.period()))
                    .toList() : List.<Involvement>of();
                return new MatchedParty(row.partyId(), row.partyName(), row.partyKind().label(), confirmed,
                        involvements);
            })
            .sorted(Comparator.comparing((MatchedParty party) -> !party.confirmed())
                .thenComparing(MatchedParty::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    }

}
