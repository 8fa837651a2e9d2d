package org.transferwatch.party;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.Field;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ValidationException;

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
     * Parties known by a name or alias containing the text (case, accents and punctuation ignored), or with an
     * identifier equal to it, by name; every party for no text. Parties merged into another are left out.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PartySummary> search(String text, int offset, int limit) {
        if (text.length() > SearchText.MAX_LENGTH) {
            throw new ValidationException("A search is limited to " + SearchText.MAX_LENGTH + " characters.");
        }
        return parties.search(text, offset, limit);
    }

    /** The designations an analyst confirmed for any of these parties. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> confirmedDesignations(Collection<Long> partyIds) {
        return partyIds.isEmpty() ? List.of() : parties.confirmedDesignations(partyIds);
    }

}
