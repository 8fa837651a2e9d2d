package org.transferwatch.party;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Party records for every feature that shows or links them. */
@Service
public class PartyService {

    private final PartyRepository parties;

    PartyService(PartyRepository parties) {
        this.parties = parties;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<PartySummary> find(long id) {
        return parties.find(id);
    }

    /** The parties with these ids, by name. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PartySummary> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : parties.findAll(ids);
    }

    /**
     * A condition on a party id: the party is known by a name or alias containing the text (case, accents and
     * punctuation ignored) or has an identifier equal to it ("IMO 9123456" finds 9123456). For the transfer
     * feature's filters.
     */
    public Condition named(String text, Field<Long> partyId) {
        return PartyRepository.named(text, partyId);
    }

    /** A condition on a party id: an analyst confirmed that the party is a listed designation. */
    public Condition designated(Field<Long> partyId) {
        return PartyRepository.designated(partyId);
    }

    /**
     * The ids of the parties {@link #named} selects, as a subquery: for a query over many rows that should start
     * from the few matching parties (the transfers filtered by a party's name).
     */
    public Select<Record1<Long>> namedIds(String text) {
        return PartyRepository.namedIds(text);
    }

    /** A condition on a party id: the party is of this kind (e.g. a vessel). For the transfer feature's filters. */
    public Condition ofKind(PartyKind kind, Field<Long> partyId) {
        return PartyRepository.ofKind(kind, partyId);
    }

    /**
     * For each of these parties with any, the designations an analyst confirmed for it, in one statement: the
     * pair briefing shows each designated party with its designations.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> confirmedDesignationsByParty(Collection<Long> partyIds) {
        return partyIds.isEmpty() ? Map.of() : parties.confirmedDesignationsByParty(partyIds);
    }

    /** The designations an analyst confirmed for any of these parties. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> confirmedDesignations(Collection<Long> partyIds) {
        return partyIds.isEmpty() ? List.of() : parties.confirmedDesignations(partyIds);
    }

}
