package org.transferwatch.party;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.PARTY;
import static org.transferwatch.db.Tables.PARTY_DESIGNATION_MATCH;
import static org.transferwatch.db.Tables.PARTY_IDENTIFIER;
import static org.transferwatch.db.Tables.PARTY_NAME;
import static org.transferwatch.db.Tables.VESSEL_FLAG;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.SearchText;
import org.transferwatch.db.Routines;

/** The SQL of the party records: look-ups, search, writes, and the conditions other features filter by. */
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

    /**
     * Every party's id, name, kind and country with its IMO number (a vessel's ship number, another party's company
     * number), as a table another feature's query joins: the CSV export names the parties of each transfer.
     */
    static Table<Record5<Long, String, String, String, String>> labels(String alias) {
        var imo = select(DSL.min(PARTY_IDENTIFIER.SEARCH_VALUE)).from(PARTY_IDENTIFIER)
            .where(PARTY_IDENTIFIER.PARTY_ID.eq(PARTY.ID))
            .and(PARTY_IDENTIFIER.KIND.eq(DSL.when(PARTY.KIND.eq(inline(PartyKind.VESSEL.dbValue())),
                    inline(PartyIdentifierKind.IMO_SHIP.dbValue())).otherwise(inline(PartyIdentifierKind.IMO_COMPANY.dbValue()))));
        return select(PARTY.ID, PARTY.NAME, PARTY.KIND, PARTY.COUNTRY_CODE, field(imo).as("imo")).from(PARTY).asTable(alias);
    }

    /** Whether an analyst confirmed that the party is a designation. */
    static Condition designated(Field<Long> partyId) {
        return confirmedMatch(partyId, DSL.noCondition());
    }

    /** Whether an analyst confirmed the party as one of these designations. */
    static Condition designatedAmong(Select<Record1<Long>> designationIds, Field<Long> partyId) {
        return confirmedMatch(partyId, PARTY_DESIGNATION_MATCH.DESIGNATION_ID.in(designationIds));
    }

    /** Whether an analyst confirmed the party as this designation. */
    static Condition designatedAs(long designationId, Field<Long> partyId) {
        return confirmedMatch(partyId, PARTY_DESIGNATION_MATCH.DESIGNATION_ID.eq(designationId));
    }

    private static Condition confirmedMatch(Field<Long> partyId, Condition ofDesignation) {
        return exists(selectOne().from(PARTY_DESIGNATION_MATCH)
            .where(PARTY_DESIGNATION_MATCH.PARTY_ID.eq(partyId))
            .and(PARTY_DESIGNATION_MATCH.STATE.eq(CONFIRMED))
            .and(ofDesignation));
    }

    /**
     * Whether the party is known by a name or alias that contains the text (case, accents and punctuation
     * ignored, by the designations' search key), or has an identifier equal to it.
     */
    static Condition named(String text, Field<Long> partyId) {
        var key = field("designation_search_key({0})", SQLDataType.VARCHAR, DSL.val(text));
        return exists(selectOne().from(PARTY_NAME)
            .where(PARTY_NAME.PARTY_ID.eq(partyId))
            // The key holds letters, digits and single spaces only, so it needs no escaping in a LIKE pattern.
            .and(DSL.condition("{0} like '%' || {1} || '%'", PARTY_NAME.SEARCH_KEY, key)))
            .or(exists(selectOne().from(PARTY_IDENTIFIER)
                .where(PARTY_IDENTIFIER.PARTY_ID.eq(partyId))
                .and(PARTY_IDENTIFIER.SEARCH_VALUE.in(SearchText.numberKeys(text)))));
    }

    /**
     * The ids of the parties {@link #named} selects, as a set: a query can then start from the few parties whose
     * name the trigram index finds, where the correlated condition is asked of every row it reads.
     */
    static Select<Record1<Long>> namedIds(String text) {
        var key = field("designation_search_key({0})", SQLDataType.VARCHAR, DSL.val(text));
        return select(PARTY_NAME.PARTY_ID).from(PARTY_NAME)
            .where(DSL.condition("{0} like '%' || {1} || '%'", PARTY_NAME.SEARCH_KEY, key))
            .union(select(PARTY_IDENTIFIER.PARTY_ID).from(PARTY_IDENTIFIER)
                .where(PARTY_IDENTIFIER.SEARCH_VALUE.in(SearchText.numberKeys(text))));
    }

    /** Whether the party is of this kind (a vessel, a company...). */
    static Condition ofKind(PartyKind kind, Field<Long> partyId) {
        return exists(selectOne().from(PARTY).where(PARTY.ID.eq(partyId)).and(PARTY.KIND.eq(kind.dbValue())));
    }

    /** For each of these parties that has any, the designations confirmed for it. */
    static Select<Record2<Long, Long>> confirmedDesignationKeys(Select<Record1<Long>> partyIds) {
        return DSL.select(PARTY_DESIGNATION_MATCH.PARTY_ID, PARTY_DESIGNATION_MATCH.DESIGNATION_ID)
            .from(PARTY_DESIGNATION_MATCH)
            .where(PARTY_DESIGNATION_MATCH.PARTY_ID.in(partyIds))
            .and(PARTY_DESIGNATION_MATCH.STATE.eq(CONFIRMED));
    }

    Map<Long, List<Long>> confirmedDesignationsByParty(Collection<Long> partyIds) {
        return dsl.select(PARTY_DESIGNATION_MATCH.PARTY_ID, PARTY_DESIGNATION_MATCH.DESIGNATION_ID)
            .from(PARTY_DESIGNATION_MATCH)
            .where(PARTY_DESIGNATION_MATCH.PARTY_ID.in(partyIds))
            .and(PARTY_DESIGNATION_MATCH.STATE.eq(CONFIRMED))
            .orderBy(PARTY_DESIGNATION_MATCH.PARTY_ID, PARTY_DESIGNATION_MATCH.DESIGNATION_ID)
            .fetchGroups(PARTY_DESIGNATION_MATCH.PARTY_ID, PARTY_DESIGNATION_MATCH.DESIGNATION_ID);
    }

    /** The designations confirmed for these parties. */
    List<Long> confirmedDesignations(Collection<Long> partyIds) {
        return dsl.selectDistinct(PARTY_DESIGNATION_MATCH.DESIGNATION_ID)
            .from(PARTY_DESIGNATION_MATCH)
            .where(PARTY_DESIGNATION_MATCH.PARTY_ID.in(partyIds))
            .and(PARTY_DESIGNATION_MATCH.STATE.eq(CONFIRMED))
            .fetch(PARTY_DESIGNATION_MATCH.DESIGNATION_ID);
    }

    private static PartySummary toSummary(Record row) {
        return new PartySummary(row.get(PARTY.ID), PartyKind.fromDb(row.get(PARTY.KIND)), row.get(PARTY.NAME),
                row.get(PARTY.COUNTRY_CODE), row.get("designated", Boolean.class));
    }

    // One record

    Optional<Party> party(long id) {
        var aliases = multiset(select(PARTY_NAME.NAME).from(PARTY_NAME)
                .where(PARTY_NAME.PARTY_ID.eq(PARTY.ID)).and(PARTY_NAME.POSITION.gt(0))
                .orderBy(PARTY_NAME.POSITION))
            .as("aliases").convertFrom(rows -> rows.map(r -> r.value1()));
        var identifiers = multiset(select(PARTY_IDENTIFIER.KIND, PARTY_IDENTIFIER.VALUE).from(PARTY_IDENTIFIER)
                .where(PARTY_IDENTIFIER.PARTY_ID.eq(PARTY.ID))
                .orderBy(PARTY_IDENTIFIER.ID))
            .as("identifiers")
            .convertFrom(rows -> rows.map(r -> new PartyDraft.Identifier(PartyIdentifierKind.fromDb(r.value1()), r.value2())));
        var flags = multiset(select(VESSEL_FLAG.COUNTRY_CODE, VESSEL_FLAG.FLOWN_FROM, VESSEL_FLAG.FLOWN_UNTIL).from(VESSEL_FLAG)
                .where(VESSEL_FLAG.PARTY_ID.eq(PARTY.ID))
                .orderBy(DSL.coalesce(VESSEL_FLAG.FLOWN_FROM, VESSEL_FLAG.FLOWN_UNTIL).nullsFirst(), VESSEL_FLAG.ID))
            .as("flags").convertFrom(rows -> rows.map(r -> new PartyDraft.Flag(r.value1(), r.value2(), r.value3())));
        var designated = designated(PARTY.ID).as("designated");
        return dsl.select(PARTY.ID, PARTY.KIND, PARTY.NAME, aliases, PARTY.COUNTRY_CODE, COUNTRY.NAME, PARTY.NOTES,
                    identifiers, flags, PARTY.MERGED_INTO, designated, PARTY.UPDATED_AT, PARTY.VERSION)
            .from(PARTY)
            .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(PARTY.COUNTRY_CODE))
            .where(PARTY.ID.eq(id))
            .fetchOptional(r -> new Party(r.get(PARTY.ID), PartyKind.fromDb(r.get(PARTY.KIND)), r.get(PARTY.NAME),
                    r.get(aliases), r.get(PARTY.COUNTRY_CODE), r.get(COUNTRY.NAME), r.get(PARTY.NOTES), r.get(identifiers),
                    r.get(flags), r.get(PARTY.MERGED_INTO), r.get(designated), r.get(PARTY.UPDATED_AT),
                    r.get(PARTY.VERSION)));
    }

    long insert(PartyDraft draft, long userId) {
        var id = dsl.insertInto(PARTY)
            .set(PARTY.KIND, draft.kind().dbValue())
            .set(PARTY.NAME, draft.name())
            .set(PARTY.COUNTRY_CODE, draft.countryCode())
            .set(PARTY.NOTES, draft.notes())
            .set(PARTY.CREATED_BY, userId)
            .set(PARTY.UPDATED_BY, userId)
            .returning(PARTY.ID)
            .fetchSingle(PARTY.ID);
        insertDetails(id, draft);
        return id;
    }

    /** Writes the draft over the record if it is still at {@code version}; false if someone saved it since. */
    boolean update(long id, PartyDraft draft, int version, long userId) {
        var updated = dsl.update(PARTY)
            .set(PARTY.KIND, draft.kind().dbValue())
            .set(PARTY.NAME, draft.name())
            .set(PARTY.COUNTRY_CODE, draft.countryCode())
            .set(PARTY.NOTES, draft.notes())
            .set(PARTY.VERSION, PARTY.VERSION.plus(1))
            .set(PARTY.UPDATED_BY, userId)
            .set(PARTY.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(PARTY.ID.eq(id), PARTY.VERSION.eq(version))
            .execute() == 1;
        if (updated) {
            deleteDetails(id);
            insertDetails(id, draft);
        }
        return updated;
    }

    /** Gives the kept party of a merge the names, numbers and flags of both, and marks the other merged into it. */
    void merge(long fromId, long intoId, PartyDraft kept, long userId) {
        deleteDetails(fromId);
        deleteDetails(intoId);
        insertDetails(intoId, kept);
        dsl.update(PARTY)
            .set(PARTY.MERGED_INTO, intoId)
            .set(PARTY.VERSION, PARTY.VERSION.plus(1))
            .set(PARTY.UPDATED_BY, userId)
            .set(PARTY.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(PARTY.ID.eq(fromId))
            .execute();
        dsl.update(PARTY)
            .set(PARTY.VERSION, PARTY.VERSION.plus(1))
            .set(PARTY.UPDATED_BY, userId)
            .set(PARTY.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(PARTY.ID.eq(intoId))
            .execute();
    }

    /** Locks the two records of a merge, in id order so that two merges of the same pair cannot deadlock. */
    void lock(long first, long second) {
        dsl.select(PARTY.ID).from(PARTY).where(PARTY.ID.in(first, second)).orderBy(PARTY.ID).forUpdate().fetch();
    }

    private void deleteDetails(long id) {
        dsl.deleteFrom(PARTY_NAME).where(PARTY_NAME.PARTY_ID.eq(id)).execute();
        dsl.deleteFrom(PARTY_IDENTIFIER).where(PARTY_IDENTIFIER.PARTY_ID.eq(id)).execute();
        dsl.deleteFrom(VESSEL_FLAG).where(VESSEL_FLAG.PARTY_ID.eq(id)).execute();
    }

    /** The name at position 0, the other names after it in order, the numbers, and the flags. */
    private void insertDetails(long id, PartyDraft draft) {
        var names = dsl.insertInto(PARTY_NAME, PARTY_NAME.PARTY_ID, PARTY_NAME.POSITION, PARTY_NAME.NAME)
            .values(id, 0, draft.name());
        for (var i = 0; i < draft.aliases().size(); i++) {
            names = names.values(id, i + 1, draft.aliases().get(i));
        }
        names.execute();
        if (!draft.identifiers().isEmpty()) {
            var identifiers = dsl.insertInto(PARTY_IDENTIFIER, PARTY_IDENTIFIER.PARTY_ID, PARTY_IDENTIFIER.KIND,
                    PARTY_IDENTIFIER.VALUE);
            for (var identifier : draft.identifiers()) {
                identifiers = identifiers.values(id, identifier.kind().dbValue(), identifier.value());
            }
            identifiers.execute();
        }
        if (!draft.flags().isEmpty()) {
            var flags = dsl.insertInto(VESSEL_FLAG, VESSEL_FLAG.PARTY_ID, VESSEL_FLAG.COUNTRY_CODE, VESSEL_FLAG.FLOWN_FROM,
                    VESSEL_FLAG.FLOWN_UNTIL);
            for (var flag : draft.flags()) {
                flags = flags.values(id, flag.countryCode(), flag.from(), flag.until());
            }
            flags.execute();
        }
    }

    /** Another party that has one of these numbers (of the kinds only one party may have). */
    record Holder(long partyId, String partyName, PartyDraft.Identifier identifier) {
    }

    List<Holder> holders(List<PartyDraft.Identifier> identifiers, @Nullable Long exceptPartyId) {
        var unique = identifiers.stream().filter(i -> i.kind() != null && i.kind().uniqueToOneParty()).toList();
        if (unique.isEmpty()) {
            return List.of();
        }
        var wanted = unique.stream().map(i -> row(inline(i.kind().dbValue()), searchValue(val(i.value())))).toList();
        return dsl.select(PARTY.ID, PARTY.NAME, PARTY_IDENTIFIER.KIND, PARTY_IDENTIFIER.VALUE)
            .from(PARTY_IDENTIFIER)
            .join(PARTY).on(PARTY.ID.eq(PARTY_IDENTIFIER.PARTY_ID))
            .where(row(PARTY_IDENTIFIER.KIND, PARTY_IDENTIFIER.SEARCH_VALUE).in(wanted))
            .and(exceptPartyId == null ? DSL.noCondition() : PARTY.ID.ne(exceptPartyId))
            .orderBy(PARTY_IDENTIFIER.ID)
            .fetch(r -> new Holder(r.value1(), r.value2(),
                    new PartyDraft.Identifier(PartyIdentifierKind.fromDb(r.value3()), r.value4())));
    }

    /** A number as the database compares it (party_identifier.search_value): letters and digits, upper case. */
    private static Field<String> searchValue(Field<String> value) {
        return DSL.upper(DSL.regexpReplaceAll(value, "[^[:alnum:]]+", ""));
    }

    /** Who saved the record last, and when. */
    record Changed(@Nullable Long by, @Nullable OffsetDateTime at) {
    }

    Changed changed(long id) {
        return dsl.select(PARTY.UPDATED_BY, PARTY.UPDATED_AT).from(PARTY).where(PARTY.ID.eq(id))
            .fetchOptional(r -> new Changed(r.value1(), r.value2()))
            .orElse(new Changed(null, null));
    }

    /** The record as the audit keeps it: its row with its names (the name first), numbers and flags. */
    JSONB snapshot(long id) {
        return snapshot(id, JSONB.valueOf("{}"));
    }

    /** The record as the audit keeps it, with the keys of {@code extra} (a JSON object) added. */
    JSONB snapshot(long id, JSONB extra) {
        // Plain SQL: to_jsonb of a row, jsonb_build_object and jsonb_agg are PostgreSQL's.
        return dsl.select(field("to_jsonb(p) || jsonb_build_object("
                    + "'names', coalesce((select jsonb_agg(n.name order by n.position) from party_name n"
                    + " where n.party_id = p.id), '[]'::jsonb), "
                    + "'identifiers', coalesce((select jsonb_agg(jsonb_build_object('kind', i.kind, 'value', i.value)"
                    + " order by i.id) from party_identifier i where i.party_id = p.id), '[]'::jsonb), "
                    + "'flags', coalesce((select jsonb_agg(jsonb_build_object('country', f.country_code, 'from',"
                    + " f.flown_from, 'until', f.flown_until) order by coalesce(f.flown_from, f.flown_until) nulls first,"
                    + " f.id) from vessel_flag f where f.party_id = p.id), '[]'::jsonb)) || {0}", JSONB.class, val(extra)))
            .from(DSL.table("party p"))
            .where(field("p.id", Long.class).eq(id))
            .fetchSingle().value1();
    }

    // Search

    /**
     * Parties not merged into another, best first: known by a name near the text (trigram word similarity of the
     * search keys, through the GIN index) or containing it, or with a number equal to it; all by name for no text.
     */
    List<PartyRow> search(String text, int offset, int limit) {
        var possible = field(selectCount().from(PARTY_DESIGNATION_MATCH)
                .where(PARTY_DESIGNATION_MATCH.PARTY_ID.eq(PARTY.ID))
                .and(PARTY_DESIGNATION_MATCH.STATE.eq(MatchState.POSSIBLE.dbValue())))
            .as("possible");
        var designated = designated(PARTY.ID).as("designated");
        if (text.isBlank()) {
            return dsl.select(PARTY.ID, PARTY.KIND, PARTY.NAME, inline((String) null).as("matched"), PARTY.COUNTRY_CODE,
                        COUNTRY.NAME, designated, possible)
                .from(PARTY)
                .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(PARTY.COUNTRY_CODE))
                .where(PARTY.MERGED_INTO.isNull())
                .orderBy(PARTY.NAME, PARTY.ID)
                .offset(offset)
                .limit(limit)
                .fetch(PartyRepository::toRow);
        }
        var hits = hits(text);
        var matched = hits.field("matched", String.class);
        var score = hits.field("score", Double.class);
        return dsl.select(PARTY.ID, PARTY.KIND, PARTY.NAME, matched, PARTY.COUNTRY_CODE, COUNTRY.NAME, designated,
                    possible)
            .from(hits)
            .join(PARTY).on(PARTY.ID.eq(hits.field("party_id", Long.class)))
            .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(PARTY.COUNTRY_CODE))
            .where(PARTY.MERGED_INTO.isNull())
            .orderBy(score.desc(), PARTY.NAME, PARTY.ID)
            .offset(offset)
            .limit(limit)
            .fetch(PartyRepository::toRow);
    }

    int count(String text) {
        if (text.isBlank()) {
            return dsl.fetchCount(PARTY, PARTY.MERGED_INTO.isNull());
        }
        var hits = hits(text);
        return dsl.fetchCount(select(PARTY.ID).from(hits).join(PARTY).on(PARTY.ID.eq(hits.field("party_id", Long.class)))
            .where(PARTY.MERGED_INTO.isNull()));
    }

    /** One row per party found: the name or number that matched best (none when it was the name itself) and how well. */
    private static Table<?> hits(String text) {
        var key = Routines.designationSearchKey(val(text.strip()));
        Field<Double> wordSimilarity = field("word_similarity({0}, {1})", SQLDataType.DOUBLE, key, PARTY_NAME.SEARCH_KEY);
        var names = select(PARTY_NAME.PARTY_ID.as("party_id"),
                    DSL.when(PARTY_NAME.POSITION.gt(0), PARTY_NAME.NAME).as("matched"), wordSimilarity.as("score"))
            .from(PARTY_NAME)
            // The key holds letters, digits and single spaces only, so it needs no escaping in a LIKE pattern.
            .where(DSL.condition("{0} <% {1}", key, PARTY_NAME.SEARCH_KEY)
                .or(DSL.condition("{0} like '%' || {1} || '%'", PARTY_NAME.SEARCH_KEY, key)));
        var numbers = select(PARTY_IDENTIFIER.PARTY_ID, PARTY_IDENTIFIER.VALUE, inline(1.0))
            .from(PARTY_IDENTIFIER)
            .where(PARTY_IDENTIFIER.SEARCH_VALUE.in(SearchText.numberKeys(text)));
        var matches = names.unionAll(numbers).asTable("match");
        var partyId = matches.field("party_id", Long.class);
        var matched = matches.field("matched", String.class);
        var score = matches.field("score", Double.class);
        return DSL.selectDistinct(partyId, matched, score)
            .on(partyId)
            .from(matches)
            .orderBy(partyId, score.desc(), matched.asc().nullsFirst())
            .asTable("hit");
    }

    private static PartyRow toRow(Record row) {
        return new PartyRow(row.get(PARTY.ID), PartyKind.fromDb(row.get(PARTY.KIND)), row.get(PARTY.NAME),
                row.get("matched", String.class), row.get(PARTY.COUNTRY_CODE), row.get(COUNTRY.NAME),
                row.get("designated", Boolean.class), row.get("possible", Integer.class));
    }

}
