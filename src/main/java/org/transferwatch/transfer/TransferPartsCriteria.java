package org.transferwatch.transfer;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.transferwatch.party.PartyKind;
import org.transferwatch.party.PartyService;

/**
 * The filter's criteria on a transfer's parties (by name, by vessel, designated), built from the party feature's
 * conditions on a party id over the transfer's parts, and the "designated party" flag of a page's rows.
 */
@Component
class TransferPartsCriteria {

    private final PartyService parties;

    TransferPartsCriteria(PartyService parties) {
        this.parties = parties;
    }

    /** The filter's criteria on parties as one condition; no condition for a filter without them. */
    Condition of(TransferFilter filter) {
        var conditions = DSL.noCondition();
        var party = text(filter.party());
        if (party != null) {
            conditions = conditions.and(named(party, false));
        }
        var vessel = text(filter.vessel());
        if (vessel != null) {
            conditions = conditions.and(named(vessel, true));
        }
        if (filter.designatedParty()) {
            conditions = conditions.and(TransferRouteRepository.involving(parties::designated));
        }
        return conditions;
    }

    /** Whether a party of the row's transfer is confirmed designated: the grid's flag, for its page's rows only. */
    Condition designatedPartyOfRow() {
        return TransferPartyRepository.involvesDesignatedParty(TransferFilterRepository.transferId(), parties::designated);
    }

    /**
     * Whether a party of the transfer is confirmed as a designation of the regime: what makes the regime's
     * designation powers suggested for it.
     */
    Condition involvesPartyDesignatedUnder(String regimeCode, Field<Long> transferId) {
        return TransferPartyRepository.involvesDesignatedParty(transferId,
                partyId -> parties.designatedUnder(regimeCode, partyId));
    }

    /** A text with neither letter nor digit names no party (its search key is empty and would match every name). */
    private Condition named(String text, boolean vesselOnly) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return DSL.falseCondition();
        }
        // By the set of matching parties' ids, so that PostgreSQL starts from the few parties the name finds; as an
        // array, so that it reads the shipments' carrier index at those ids, where with IN it estimated a carrier's
        // shipments from the vessels' and read every shipment (docs/performance.md, Parties (issue 16)).
        var named = DSL.any(DSL.array(parties.namedIds(text)));
        return TransferRouteRepository.involving(id -> vesselOnly
                ? id.eq(named).and(parties.ofKind(PartyKind.VESSEL, id))
                : id.eq(named));
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
