package org.transferwatch.party;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectOne;
import static org.transferwatch.db.Tables.PARTY;
import static org.transferwatch.db.Tables.PARTY_DESIGNATION_MATCH;
import static org.transferwatch.db.Tables.PARTY_IDENTIFIER;
import static org.transferwatch.db.Tables.PARTY_NAME;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** The SQL of the party records: look-ups, search, and the conditions other features filter by. */
@Repository
class PartyRepository {

    static final String CONFIRMED = "confirmed";

    private final DSLContext dsl;

    PartyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<PartySummary> find(long id) {
        return dsl.select(PARTY.ID, PARTY.KIND, PARTY.NAME, PARTY.COUNTRY_CODE, designated(PARTY.ID).as("designated"))
            .from(PARTY)
            .where(PARTY.ID.eq(id))
            .fetchOptional(PartyRepository::toSummary);
    }

    List<PartySummary> findAll(Collection<Long> ids) {
        return dsl.select(PARTY.ID, PARTY.KIND, PARTY.NAME, PARTY.COUNTRY_CODE, designated(PARTY.ID).as("designated"))
            .from(PARTY)
            .where(PARTY.ID.in(ids))
            .orderBy(PARTY.NAME, PARTY.ID)
            .fetch(PartyRepository::toSummary);
    }

    /** Whether an analyst confirmed that the party is a designation. */
    static Condition designated(Field<Long> partyId) {
        return exists(selectOne().from(PARTY_DESIGNATION_MATCH)
            .where(PARTY_DESIGNATION_MATCH.PARTY_ID.eq(partyId))
            .and(PARTY_DESIGNATION_MATCH.STATE.eq(CONFIRMED)));
    }

    /**
     * Whether the party is known by a name or alias that contains the text (case, accents and punctuation
     * ignored, by the designations' search key), or has an identifier equal to it.
     */
    static Condition named(String text, Field<Long> partyId) {
        var key = field("designation_search_key({0})", SQLDataType.VARCHAR, DSL.val(text));
        var digitsAndLetters = text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", "");
        return exists(selectOne().from(PARTY_NAME)
            .where(PARTY_NAME.PARTY_ID.eq(partyId))
            // The key holds letters, digits and single spaces only, so it needs no escaping in a LIKE pattern.
            .and(DSL.condition("{0} like '%' || {1} || '%'", PARTY_NAME.SEARCH_KEY, key)))
            .or(exists(selectOne().from(PARTY_IDENTIFIER)
                .where(PARTY_IDENTIFIER.PARTY_ID.eq(partyId))
                .and(PARTY_IDENTIFIER.SEARCH_VALUE.eq(digitsAndLetters.replaceFirst("^IMO(?=\\d{7}$)", "")))));
    }

    /** The designations confirmed for these parties. */
    List<Long> confirmedDesignations(Collection<Long> partyIds) {
        return dsl.selectDistinct(PARTY_DESIGNATION_MATCH.DESIGNATION_ID)
            .from(PARTY_DESIGNATION_MATCH)
            .where(PARTY_DESIGNATION_MATCH.PARTY_ID.in(partyIds))
            .and(PARTY_DESIGNATION_MATCH.STATE.eq(CONFIRMED))
            .fetch(PARTY_DESIGNATION_MATCH.DESIGNATION_ID);
    }

    /** Parties known by the text (see {@link #named}), not merged into another, by name; all of them for no text. */
    List<PartySummary> search(String text, int offset, int limit) {
        var condition = PARTY.MERGED_INTO.isNull();
        if (!text.isBlank()) {
            condition = condition.and(named(text.strip(), PARTY.ID));
        }
        return dsl.select(PARTY.ID, PARTY.KIND, PARTY.NAME, PARTY.COUNTRY_CODE, designated(PARTY.ID).as("designated"))
            .from(PARTY)
            .where(condition)
            .orderBy(PARTY.NAME, PARTY.ID)
            .offset(offset)
            .limit(limit)
            .fetch(PartyRepository::toSummary);
    }

    private static PartySummary toSummary(Record row) {
        return new PartySummary(row.get(PARTY.ID), PartyKind.fromDb(row.get(PARTY.KIND)), row.get(PARTY.NAME),
                row.get(PARTY.COUNTRY_CODE), row.get("designated", Boolean.class));
    }

}
