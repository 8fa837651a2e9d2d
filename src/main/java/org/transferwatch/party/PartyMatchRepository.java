package org.transferwatch.party;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.transferwatch.db.Tables.PARTY;
import static org.transferwatch.db.Tables.PARTY_DESIGNATION_MATCH;
import static org.transferwatch.db.Tables.PARTY_IDENTIFIER;
import static org.transferwatch.db.Tables.PARTY_NAME;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.CaseValueStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;

/**
 * The SQL of the parties' matches with designations: finding them set-based against the designation feature's
 * tables of listed names and numbers, noting what changed in a designation, and the analysts' decisions.
 */
@Repository
class PartyMatchRepository {

    private final DSLContext dsl;

    PartyMatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored match as read, before the designation's names and the decider's name are added. */
    record Row(long id, long partyId, String partyName, PartyKind partyKind, long designationId, MatchBasis basis,
            double score, String matchedName, MatchState state, @Nullable String note, @Nullable Long decidedBy,
            @Nullable OffsetDateTime decidedAt, OffsetDateTime foundAt, OffsetDateTime changedAt,
            @Nullable String changeNote, int version) {
    }

    // Finding

    /**
     * Sets, for this transaction, the similarity from which pg_trgm's {@code %} operator (and the GIN index
     * behind it) calls two names similar.
     */
    void useThreshold(double threshold) {
        dsl.select(field("set_config('pg_trgm.similarity_threshold', {0}, true)", String.class,
                val(Double.toString(threshold)))).fetch();
    }

    /**
     * Adds, as possible, the matches of the party that it does not have yet: each designation once, on an
     * identical number if one is, else on its most similar name. Returns how many it added.
     */
    int insertMatchesOf(long partyId, double threshold, Table<Record4<Long, String, String, String>> names,
            Table<Record4<Long, String, String, String>> numbers) {
        return insertMatches(partyId, threshold, names, numbers, null);
    }

    /**
     * Adds, as possible, the matches of every party (not merged) that it does not have yet, in one statement.
     *
     * @param note what the new matches say about how they were found
     * @return how many matches were added
     */
    int insertMatchesOfAll(double threshold, Table<Record4<Long, String, String, String>> names,
            Table<Record4<Long, String, String, String>> numbers, String note) {
        return insertMatches(null, threshold, names, numbers, note);
    }

    private int insertMatches(@Nullable Long partyId, double threshold, Table<Record4<Long, String, String, String>> names,
            Table<Record4<Long, String, String, String>> numbers, @Nullable String note) {
        var candidates = candidates(partyId, threshold, names, numbers).asTable("candidate");
        return dsl.insertInto(PARTY_DESIGNATION_MATCH, PARTY_DESIGNATION_MATCH.PARTY_ID,
                    PARTY_DESIGNATION_MATCH.DESIGNATION_ID, PARTY_DESIGNATION_MATCH.BASIS, PARTY_DESIGNATION_MATCH.SCORE,
                    PARTY_DESIGNATION_MATCH.MATCHED_NAME, PARTY_DESIGNATION_MATCH.CHANGE_NOTE)
            .select(select(candidates.field("party_id", Long.class), candidates.field("designation_id", Long.class),
                    candidates.field("basis", String.class), candidates.field("score", BigDecimal.class),
                    candidates.field("matched_name", String.class), val(note, String.class))
                .from(candidates))
            .onConflict(PARTY_DESIGNATION_MATCH.PARTY_ID, PARTY_DESIGNATION_MATCH.DESIGNATION_ID)
            .doNothing()
            .execute();
    }

    /** Drops the party's possible matches that its names and numbers no longer give (decided ones stay). */
    int deleteUnfounded(long partyId, double threshold, Table<Record4<Long, String, String, String>> names,
            Table<Record4<Long, String, String, String>> numbers) {
        var candidates = candidates(partyId, threshold, names, numbers).asTable("candidate");
        return dsl.deleteFrom(PARTY_DESIGNATION_MATCH)
            .where(PARTY_DESIGNATION_MATCH.PARTY_ID.eq(partyId))
            .and(PARTY_DESIGNATION_MATCH.STATE.eq(MatchState.POSSIBLE.dbValue()))
            .and(PARTY_DESIGNATION_MATCH.DESIGNATION_ID.notIn(select(candidates.field("designation_id", Long.class))
                .from(candidates)))
            .execute();
    }

    /**
     * One row per party and designation: party_id, designation_id, basis, score (numeric, three places) and
     * matched_name, the number as "IMO company number 5342883" or the designation's name that matched.
     */
    private static Select<Record5<Long, Long, String, BigDecimal, String>> candidates(@Nullable Long partyId,
            double threshold, Table<Record4<Long, String, String, String>> names,
            Table<Record4<Long, String, String, String>> numbers) {
        var parties = partyId == null ? DSL.noCondition() : PARTY.ID.eq(partyId);
        var byName = partyId == null ? byNameOfAll(threshold, names) : byNameOf(partyId, threshold, names);
        var byNumber = select(PARTY.ID.as("party_id"), numbers.field("designation_id", Long.class).as("designation_id"),
                    inline(MatchBasis.IDENTIFIER.dbValue()).as("basis"), inline(1.0).as("score"),
                    DSL.concat(labelOf(PARTY_IDENTIFIER.KIND), inline(" "), numbers.field("value", String.class))
                        .as("matched_name"))
            .from(PARTY)
            .join(PARTY_IDENTIFIER).on(PARTY_IDENTIFIER.PARTY_ID.eq(PARTY.ID))
            .join(numbers).on(numbers.field("kind", String.class).eq(PARTY_IDENTIFIER.KIND))
                .and(numbers.field("search_value", String.class).eq(PARTY_IDENTIFIER.SEARCH_VALUE))
            .where(parties)
            .and(PARTY.MERGED_INTO.isNull());
        var all = byNumber.unionAll(byName).asTable("found");
        var foundParty = all.field("party_id", Long.class);
        var designationId = all.field("designation_id", Long.class);
        var basis = all.field("basis", String.class);
        var score = all.field("score", Double.class);
        return DSL.selectDistinct(foundParty, designationId, basis,
                    DSL.round(score.cast(SQLDataType.NUMERIC), 3).as("score"), all.field("matched_name", String.class))
            .on(foundParty, designationId)
            .from(all)
            .orderBy(foundParty, designationId, basis.eq(MatchBasis.IDENTIFIER.dbValue()).desc(), score.desc());
    }

    /** One party's names against the listed names: a few names, each compared with every listed one. */
    private static Select<Record5<Long, Long, String, Double, String>> byNameOf(long partyId, double threshold,
            Table<Record4<Long, String, String, String>> names) {
        var listedKey = names.field("search_key", String.class);
        Field<Double> similarity = field("similarity({0}, {1})", SQLDataType.DOUBLE, PARTY_NAME.SEARCH_KEY, listedKey);
        return select(PARTY.ID.as("party_id"), names.field("designation_id", Long.class).as("designation_id"),
                    inline(MatchBasis.NAME.dbValue()).as("basis"), similarity.as("score"),
                    names.field("name", String.class).as("matched_name"))
            .from(PARTY)
            .join(PARTY_NAME).on(PARTY_NAME.PARTY_ID.eq(PARTY.ID))
            // The % operator lets the trigram index find the similar names; the explicit threshold makes the rule
            // independent of the session's setting.
            .join(names).on(DSL.condition("{0} % {1}", PARTY_NAME.SEARCH_KEY, listedKey))
            .where(PARTY.ID.eq(partyId))
            .and(PARTY.MERGED_INTO.isNull())
            .and(names.field("kind", String.class).eq(designationKindOf(PARTY.KIND)))
            .and(similarity.ge(threshold));
    }

    /**
     * Every party's names against the listed names: for each listed name (a few thousand), the party names
     * similar to it, found through the trigram index on party_name. The subquery is lateral and fenced (OFFSET
     * 0), and so are the pairs it gives, so that the planner keeps this order: joined on the kinds first, it would
     * compare every party name with every listed name of its kind instead. Right after an import, before the
     * designation tables are analysed, the planner takes them for nearly empty and chose that order with the
     * lateral subquery alone fenced (docs/performance.md, Parties (issue 16)).
     */
    private static Select<Record5<Long, Long, String, Double, String>> byNameOfAll(double threshold,
            Table<Record4<Long, String, String, String>> names) {
        var listedKey = names.field("search_key", String.class);
        var similar = select(PARTY_NAME.PARTY_ID, PARTY_NAME.SEARCH_KEY)
            .from(PARTY_NAME)
            .where(DSL.condition("{0} % {1}", PARTY_NAME.SEARCH_KEY, listedKey))
            .offset(0)
            .asTable("similar_name");
        Field<Double> similarity = field("similarity({0}, {1})", SQLDataType.DOUBLE, similar.field(PARTY_NAME.SEARCH_KEY),
                listedKey);
        var pairs = select(similar.field(PARTY_NAME.PARTY_ID).as("party_id"),
                    names.field("designation_id", Long.class).as("designation_id"), names.field("kind", String.class),
                    names.field("name", String.class), similarity.as("score"))
            .from(names)
            .crossJoin(DSL.lateral(similar))
            .offset(0)
            .asTable("similar_pair");
        var similarParty = pairs.field("party_id", Long.class);
        var score = pairs.field("score", Double.class);
        return select(similarParty, pairs.field("designation_id", Long.class),
                    inline(MatchBasis.NAME.dbValue()).as("basis"), score, pairs.field("name", String.class).as("matched_name"))
            .from(pairs)
            .join(PARTY).on(PARTY.ID.eq(similarParty))
            .where(PARTY.MERGED_INTO.isNull())
            .and(pairs.field("kind", String.class).eq(designationKindOf(PARTY.KIND)))
            .and(score.ge(threshold));
    }

    /** The designation kind (individual, entity, vessel) a party of the kind is matched with by name. */
    private static Field<String> designationKindOf(Field<String> partyKind) {
        CaseValueStep<String> choose = DSL.choose(partyKind);
        var kinds = PartyKind.values();
        var cases = choose.when(inline(kinds[0].dbValue()), inline(kinds[0].designationKind().dbValue()));
        for (var i = 1; i < kinds.length; i++) {
            cases = cases.when(inline(kinds[i].dbValue()), inline(kinds[i].designationKind().dbValue()));
        }
        return cases;
    }

    private static Field<String> labelOf(Field<String> identifierKind) {
        CaseValueStep<String> choose = DSL.choose(identifierKind);
        var kinds = PartyIdentifierKind.values();
        var cases = choose.when(inline(kinds[0].dbValue()), inline(kinds[0].label()));
        for (var i = 1; i < kinds.length; i++) {
            cases = cases.when(inline(kinds[i].dbValue()), inline(kinds[i].label()));
        }
        return cases;
    }

    /**
     * Notes on every match with these designations what changed in them: the note given for the designation,
     * then what the analyst should do given where the match stands. The analyst's decision stays as it is.
     */
    int noteChanges(Map<Long, String> notes) {
        if (notes.isEmpty()) {
            return 0;
        }
        var ids = notes.keySet().toArray(Long[]::new);
        var texts = new String[ids.length];
        for (var i = 0; i < ids.length; i++) {
            texts[i] = notes.get(ids[i]);
        }
        // Plain SQL: unnest of two arrays into rows is PostgreSQL's.
        var changes = DSL.table("unnest({0}::bigint[], {1}::text[])", val(ids), val(texts)).as("change", "designation_id", "note");
        var designationId = DSL.field(DSL.name("change", "designation_id"), Long.class);
        var note = DSL.field(DSL.name("change", "note"), String.class);
        var advice = DSL.choose(PARTY_DESIGNATION_MATCH.STATE)
            .when(inline(MatchState.CONFIRMED.dbValue()), inline(": review this confirmation"))
            .when(inline(MatchState.REJECTED.dbValue()), inline(": review this rejection"))
            .otherwise(inline(": review this match"));
        return dsl.update(PARTY_DESIGNATION_MATCH)
            .set(PARTY_DESIGNATION_MATCH.CHANGE_NOTE, DSL.concat(note, advice))
            .set(PARTY_DESIGNATION_MATCH.CHANGED_AT, now())
            .set(PARTY_DESIGNATION_MATCH.VERSION, PARTY_DESIGNATION_MATCH.VERSION.plus(1))
            .from(changes)
            .where(PARTY_DESIGNATION_MATCH.DESIGNATION_ID.eq(designationId))
            .execute();
    }

    /**
     * The moment of the statement, not of the transaction's start: a decision and a change noted in one
     * transaction (a merge, a test) stay in the order they were made.
     */
    private static Field<OffsetDateTime> now() {
        return field("clock_timestamp()", SQLDataType.TIMESTAMPWITHTIMEZONE);
    }

    // Reading

    List<Row> ofParty(long partyId) {
        return rows(PARTY_DESIGNATION_MATCH.PARTY_ID.eq(partyId), Integer.MAX_VALUE);
    }

    /** The matches of a designation that are not rejected, of parties not merged into another. */
    List<Row> ofDesignation(long designationId) {
        return rows(PARTY_DESIGNATION_MATCH.DESIGNATION_ID.eq(designationId)
            .and(PARTY_DESIGNATION_MATCH.STATE.ne(MatchState.REJECTED.dbValue())), Integer.MAX_VALUE);
    }

    Optional<Row> find(long matchId) {
        return rows(PARTY_DESIGNATION_MATCH.ID.eq(matchId), 1).stream().findFirst();
    }

    /**
     * The matches an analyst should look at, latest change first: those still possible, and decided ones whose
     * designation changed after the decision.
     */
    List<Row> toReview(int limit) {
        return rows(toReview(), limit);
    }

    int countToReview() {
        return dsl.fetchCount(select(PARTY_DESIGNATION_MATCH.ID).from(PARTY_DESIGNATION_MATCH)
            .join(PARTY).on(PARTY.ID.eq(PARTY_DESIGNATION_MATCH.PARTY_ID))
            .where(toReview()).and(PARTY.MERGED_INTO.isNull()));
    }

    private static Condition toReview() {
        return PARTY_DESIGNATION_MATCH.STATE.eq(MatchState.POSSIBLE.dbValue())
            .or(PARTY_DESIGNATION_MATCH.CHANGE_NOTE.isNotNull()
                .and(PARTY_DESIGNATION_MATCH.CHANGED_AT.gt(PARTY_DESIGNATION_MATCH.DECIDED_AT)));
    }

    private List<Row> rows(Condition condition, int limit) {
        var m = PARTY_DESIGNATION_MATCH;
        return dsl.select(m.ID, m.PARTY_ID, PARTY.NAME, PARTY.KIND, m.DESIGNATION_ID, m.BASIS, m.SCORE, m.MATCHED_NAME,
                    m.STATE, m.NOTE, m.DECIDED_BY, m.DECIDED_AT, m.FOUND_AT, m.CHANGED_AT, m.CHANGE_NOTE, m.VERSION)
            .from(m)
            .join(PARTY).on(PARTY.ID.eq(m.PARTY_ID))
            .where(condition)
            .and(PARTY.MERGED_INTO.isNull())
            .orderBy(m.CHANGED_AT.desc(), m.SCORE.desc(), m.ID.desc())
            .limit(limit)
            .fetch(PartyMatchRepository::toRow);
    }

    private static Row toRow(Record r) {
        var m = PARTY_DESIGNATION_MATCH;
        return new Row(r.get(m.ID), r.get(m.PARTY_ID), r.get(PARTY.NAME), PartyKind.fromDb(r.get(PARTY.KIND)),
                r.get(m.DESIGNATION_ID), MatchBasis.fromDb(r.get(m.BASIS)), r.get(m.SCORE).doubleValue(),
                r.get(m.MATCHED_NAME), MatchState.fromDb(r.get(m.STATE)), r.get(m.NOTE), r.get(m.DECIDED_BY),
                r.get(m.DECIDED_AT), r.get(m.FOUND_AT), r.get(m.CHANGED_AT), r.get(m.CHANGE_NOTE), r.get(m.VERSION));
    }

    // Deciding

    /** Records the analyst's decision if the match is still at {@code version}; false if it changed since. */
    boolean decide(long matchId, MatchState state, @Nullable String note, int version, long userId) {
        return dsl.update(PARTY_DESIGNATION_MATCH)
            .set(PARTY_DESIGNATION_MATCH.STATE, state.dbValue())
            .set(PARTY_DESIGNATION_MATCH.NOTE, note)
            .set(PARTY_DESIGNATION_MATCH.DECIDED_BY, userId)
            .set(PARTY_DESIGNATION_MATCH.DECIDED_AT, now())
            .set(PARTY_DESIGNATION_MATCH.VERSION, PARTY_DESIGNATION_MATCH.VERSION.plus(1))
            .where(PARTY_DESIGNATION_MATCH.ID.eq(matchId), PARTY_DESIGNATION_MATCH.VERSION.eq(version))
            .execute() == 1;
    }

    JSONB snapshot(long matchId) {
        return RowSnapshots.of(dsl, PARTY_DESIGNATION_MATCH, PARTY_DESIGNATION_MATCH.ID, matchId);
    }

    /**
     * Gives the kept party of a merge the matches of the merged one. Where both have a match with the same
     * designation, one stays: a decided one before a possible one, the kept party's before the merged one's.
     */
    void moveMatches(long fromPartyId, long intoPartyId) {
        var kept = new HashMap<Long, Row>();
        ofParty(intoPartyId).forEach(row -> kept.put(row.designationId(), row));
        for (var merged : ofParty(fromPartyId)) {
            var existing = kept.get(merged.designationId());
            if (existing != null && (existing.state() != MatchState.POSSIBLE || merged.state() == MatchState.POSSIBLE)) {
                dsl.deleteFrom(PARTY_DESIGNATION_MATCH).where(PARTY_DESIGNATION_MATCH.ID.eq(merged.id())).execute();
                continue;
            }
            if (existing != null) {
                dsl.deleteFrom(PARTY_DESIGNATION_MATCH).where(PARTY_DESIGNATION_MATCH.ID.eq(existing.id())).execute();
            }
            dsl.update(PARTY_DESIGNATION_MATCH)
                .set(PARTY_DESIGNATION_MATCH.PARTY_ID, intoPartyId)
                .where(PARTY_DESIGNATION_MATCH.ID.eq(merged.id()))
                .execute();
        }
    }

}
