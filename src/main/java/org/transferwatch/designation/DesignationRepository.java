package org.transferwatch.designation;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.transferwatch.db.Tables.DESIGNATION;
import static org.transferwatch.db.Tables.DESIGNATION_COUNTRY;
import static org.transferwatch.db.Tables.DESIGNATION_IDENTIFIER;
import static org.transferwatch.db.Tables.DESIGNATION_NAME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.DbEnum;

@Repository
class DesignationRepository {

    /** Rows per multi-row insert, well below PostgreSQL's limit of bind values per statement. */
    private static final int INSERT_CHUNK = 1000;

    /** The key of the advisory lock that lets one import run at a time, on every node. */
    private static final long IMPORT_LOCK = 0x7477_6465_7369_676EL;

    private final DSLContext dsl;

    DesignationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored entry of a source: its row's id and version, the entry as stored, and its delisting date. */
    record Stored(long id, int version, ListedEntry entry, @Nullable LocalDate delistedOn) {
    }

    /** Waits until no other import runs, then holds the lock until this transaction ends. */
    void lockImports() {
        dsl.fetchValue(field("pg_advisory_xact_lock({0})", SQLDataType.VARCHAR, inline(IMPORT_LOCK)));
    }

    /** Takes the import lock for this transaction if no other import holds it; false if one does. */
    boolean tryLockImports() {
        return Boolean.TRUE.equals(dsl.fetchValue(field("pg_try_advisory_xact_lock({0})", SQLDataType.BOOLEAN,
                inline(IMPORT_LOCK))));
    }

    int count(String source) {
        return dsl.fetchCount(DESIGNATION, DESIGNATION.SOURCE.eq(source));
    }

    /** Every stored entry of the source by reference, with its names, identifiers and states, in one query. */
    Map<String, Stored> entriesOf(String source) {
        var result = new LinkedHashMap<String, Stored>();
        dsl.select(DESIGNATION.asterisk(), aliases(), identifiers(), places())
            .from(DESIGNATION)
            .where(DESIGNATION.SOURCE.eq(source))
            .orderBy(DESIGNATION.ID)
            .forEach(row -> {
                var designation = row.into(DESIGNATION);
                @SuppressWarnings("unchecked")
                var entry = new ListedEntry(designation.getSource(), designation.getReference(),
                        DbEnum.fromDb(DesignationKind.class, designation.getKind()), designation.getProgramme(),
                        designation.getPrimaryName(), designation.getOriginalScriptName(), designation.getListedOn(),
                        Arrays.asList(designation.getAmendedOn()), designation.getNarrative(),
                        designation.getSourceEntryId(), designation.getSourceEntryVersion(),
                        ((List<Designation.Name>) row.get("aliases", List.class)).stream()
                            .map(name -> new ListedEntry.Name(name.name(), name.quality())).toList(),
                        ((List<Designation.Identifier>) row.get("identifiers", List.class)).stream()
                            .map(id -> new ListedEntry.Identifier(id.kind(), id.value(), id.issuingCountry(), id.note()))
                            .toList(),
                        ((List<Designation.Place>) row.get("places", List.class)).stream()
                            .map(place -> new ListedEntry.Place(place.relation(), place.listedText())).toList());
                result.put(entry.reference(), new Stored(designation.getId(), designation.getVersion(), entry,
                        designation.getDelistedOn()));
            });
        return result;
    }

    private static Field<List<Designation.Name>> aliases() {
        return multiset(select(DESIGNATION_NAME.NAME, DESIGNATION_NAME.QUALITY).from(DESIGNATION_NAME)
            .where(DESIGNATION_NAME.DESIGNATION_ID.eq(DESIGNATION.ID))
            .and(DESIGNATION_NAME.QUALITY.notIn(NameQuality.PRIMARY.dbValue(), NameQuality.ORIGINAL_SCRIPT.dbValue()))
            .orderBy(DESIGNATION_NAME.POSITION))
            .as("aliases")
            .convertFrom(rows -> rows.map(r -> new Designation.Name(r.value1(), DbEnum.fromDb(NameQuality.class, r.value2()))));
    }

    private static Field<List<Designation.Name>> allNames() {
        return multiset(select(DESIGNATION_NAME.NAME, DESIGNATION_NAME.QUALITY).from(DESIGNATION_NAME)
            .where(DESIGNATION_NAME.DESIGNATION_ID.eq(DESIGNATION.ID))
            .orderBy(DESIGNATION_NAME.POSITION))
            .as("names")
            .convertFrom(rows -> rows.map(r -> new Designation.Name(r.value1(), DbEnum.fromDb(NameQuality.class, r.value2()))));
    }

    private static Field<List<Designation.Identifier>> identifiers() {
        return multiset(select(DESIGNATION_IDENTIFIER.KIND, DESIGNATION_IDENTIFIER.VALUE,
                DESIGNATION_IDENTIFIER.ISSUING_COUNTRY, DESIGNATION_IDENTIFIER.NOTE)
            .from(DESIGNATION_IDENTIFIER)
            .where(DESIGNATION_IDENTIFIER.DESIGNATION_ID.eq(DESIGNATION.ID))
            .orderBy(DESIGNATION_IDENTIFIER.POSITION))
            .as("identifiers")
            .convertFrom(rows -> rows.map(r -> new Designation.Identifier(DbEnum.fromDb(IdentifierKind.class, r.value1()),
                    r.value2(), r.value3(), r.value4())));
    }

    private static Field<List<Designation.Place>> places() {
        return multiset(select(DESIGNATION_COUNTRY.RELATION, DESIGNATION_COUNTRY.LISTED_TEXT, DESIGNATION_COUNTRY.COUNTRY_CODE)
            .from(DESIGNATION_COUNTRY)
            .where(DESIGNATION_COUNTRY.DESIGNATION_ID.eq(DESIGNATION.ID))
            .orderBy(DESIGNATION_COUNTRY.POSITION))
            .as("places")
            .convertFrom(rows -> rows.map(r -> new Designation.Place(
                    ListedEntry.Relation.valueOf(r.value1().toUpperCase(java.util.Locale.ROOT)), r.value2(), r.value3())));
    }

    /** The reference numbers of these designations, by id. */
    Map<Long, String> references(Collection<Long> ids) {
        return dsl.select(DESIGNATION.ID, DESIGNATION.REFERENCE)
            .from(DESIGNATION)
            .where(DESIGNATION.ID.in(ids))
            .fetchMap(DESIGNATION.ID, DESIGNATION.REFERENCE);
    }

    Optional<Designation> findById(long id) {
        return find(DESIGNATION.ID.eq(id)).stream().findFirst();
    }

    /** The designations with these ids, by name. */
    List<Designation> findAll(Collection<Long> ids) {
        return find(DESIGNATION.ID.in(ids));
    }

    private List<Designation> find(Condition condition) {
        return dsl.select(DESIGNATION.asterisk(), allNames(), identifiers(), places())
            .from(DESIGNATION)
            .where(condition)
            .orderBy(DESIGNATION.PRIMARY_NAME, DESIGNATION.ID)
            .fetch(row -> {
                var d = row.into(DESIGNATION);
                @SuppressWarnings("unchecked")
                var designation = new Designation(d.getId(), d.getSource(), d.getReference(),
                        DbEnum.fromDb(DesignationKind.class, d.getKind()), d.getIssuerCode(), d.getProgramme(),
                        d.getRegimeCode(), d.getPrimaryName(), d.getOriginalScriptName(), d.getListedOn(),
                        Arrays.asList(d.getAmendedOn()), d.getDelistedOn(), d.getNarrative(), d.getSourceEntryId(),
                        d.getSourceEntryVersion(), (List<Designation.Name>) row.get("names", List.class),
                        (List<Designation.Identifier>) row.get("identifiers", List.class),
                        (List<Designation.Place>) row.get("places", List.class), d.getUpdatedAt(), d.getVersion());
                return designation;
            });
    }

    // For other features' set-based matching: tables to join, not rows to fetch.

    /**
     * Every name of every designation still listed: {@code designation_id}, {@code kind} (individual, entity,
     * vessel), {@code name} as listed and {@code search_key}, the key party names are compared with.
     */
    static Select<Record1<Long>> idsOfRegime(String regimeCode) {
        return select(DESIGNATION.ID).from(DESIGNATION).where(DESIGNATION.REGIME_CODE.eq(regimeCode));
    }

    static Table<Record4<Long, String, String, String>> listedNames() {
        return select(DESIGNATION_NAME.DESIGNATION_ID, DESIGNATION.KIND, DESIGNATION_NAME.NAME, DESIGNATION_NAME.SEARCH_KEY)
            .from(DESIGNATION_NAME)
            .join(DESIGNATION).on(DESIGNATION.ID.eq(DESIGNATION_NAME.DESIGNATION_ID))
            .where(DESIGNATION.DELISTED_ON.isNull())
            .asTable("listed_name", "designation_id", "kind", "name", "search_key");
    }

    /**
     * Every number of every designation still listed that identifies it on its own: {@code designation_id},
     * {@code kind} ({@code imo_ship}, {@code imo_company}, and {@code un_reference} for a UN list's reference
     * number), {@code value} as listed and {@code search_value}, its letters and digits upper case.
     */
    static Table<Record4<Long, String, String, String>> listedNumbers() {
        var identifiers = select(DESIGNATION_IDENTIFIER.DESIGNATION_ID, DESIGNATION_IDENTIFIER.KIND,
                DESIGNATION_IDENTIFIER.VALUE, DESIGNATION_IDENTIFIER.SEARCH_VALUE)
            .from(DESIGNATION_IDENTIFIER)
            .join(DESIGNATION).on(DESIGNATION.ID.eq(DESIGNATION_IDENTIFIER.DESIGNATION_ID))
            .where(DESIGNATION_IDENTIFIER.KIND.in(IdentifierKind.IMO_SHIP.dbValue(), IdentifierKind.IMO_COMPANY.dbValue()))
            .and(DESIGNATION.DELISTED_ON.isNull());
        var references = select(DESIGNATION.ID, inline("un_reference"), DESIGNATION.REFERENCE,
                DSL.upper(DSL.regexpReplaceAll(DESIGNATION.REFERENCE, "[^[:alnum:]]+", "")))
            .from(DESIGNATION)
            .where(DESIGNATION.SOURCE.eq(UnListReader.SOURCE))
            .and(DESIGNATION.DELISTED_ON.isNull());
        return identifiers.unionAll(references).asTable("listed_number", "designation_id", "kind", "value", "search_value");
    }

    /** What a stored row becomes: the entry and what we resolved for it. */
    record Resolved(ListedEntry entry, String issuerCode, @Nullable String regimeCode, List<@Nullable String> countryCodes) {
    }

    /** Inserts the entries with their children; returns each one's new id by reference. */
    Map<String, Long> insert(List<Resolved> entries) {
        var ids = new LinkedHashMap<String, Long>();
        for (var chunk : chunks(entries)) {
            var insert = dsl.insertInto(DESIGNATION, DESIGNATION.SOURCE, DESIGNATION.REFERENCE, DESIGNATION.KIND,
                    DESIGNATION.ISSUER_CODE, DESIGNATION.PROGRAMME, DESIGNATION.REGIME_CODE, DESIGNATION.PRIMARY_NAME,
                    DESIGNATION.ORIGINAL_SCRIPT_NAME, DESIGNATION.LISTED_ON, DESIGNATION.AMENDED_ON,
                    DESIGNATION.NARRATIVE, DESIGNATION.SOURCE_ENTRY_ID, DESIGNATION.SOURCE_ENTRY_VERSION);
            for (var resolved : chunk) {
                var e = resolved.entry();
                insert = insert.values(e.source(), e.reference(), e.kind().dbValue(), resolved.issuerCode(),
                        e.programme(), resolved.regimeCode(), e.primaryName(), e.originalScriptName(), e.listedOn(),
                        e.amendedOn().toArray(LocalDate[]::new), e.narrative(), e.sourceEntryId(), e.sourceEntryVersion());
            }
            insert.returning(DESIGNATION.ID, DESIGNATION.REFERENCE).fetch()
                .forEach(row -> ids.put(row.getReference(), row.getId()));
        }
        insertChildren(entries, resolved -> ids.get(resolved.entry().reference()));
        return ids;
    }

    /** Overwrites the stored entries (by id) with the entries as now listed, listed again where they were delisted. */
    void update(Map<Long, Resolved> entries) {
        for (var stored : entries.entrySet()) {
            var e = stored.getValue().entry();
            dsl.update(DESIGNATION)
                .set(DESIGNATION.KIND, e.kind().dbValue())
                .set(DESIGNATION.ISSUER_CODE, stored.getValue().issuerCode())
                .set(DESIGNATION.PROGRAMME, e.programme())
                .set(DESIGNATION.REGIME_CODE, stored.getValue().regimeCode())
                .set(DESIGNATION.PRIMARY_NAME, e.primaryName())
                .set(DESIGNATION.ORIGINAL_SCRIPT_NAME, e.originalScriptName())
                .set(DESIGNATION.LISTED_ON, e.listedOn())
                .set(DESIGNATION.AMENDED_ON, e.amendedOn().toArray(LocalDate[]::new))
                .set(DESIGNATION.DELISTED_ON, (LocalDate) null)
                .set(DESIGNATION.NARRATIVE, e.narrative())
                .set(DESIGNATION.SOURCE_ENTRY_ID, e.sourceEntryId())
                .set(DESIGNATION.SOURCE_ENTRY_VERSION, e.sourceEntryVersion())
                .set(DESIGNATION.VERSION, DESIGNATION.VERSION.plus(1))
                .set(DESIGNATION.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(DESIGNATION.ID.eq(stored.getKey()))
                .execute();
        }
        var ids = entries.keySet();
        dsl.deleteFrom(DESIGNATION_NAME).where(DESIGNATION_NAME.DESIGNATION_ID.in(ids)).execute();
        dsl.deleteFrom(DESIGNATION_IDENTIFIER).where(DESIGNATION_IDENTIFIER.DESIGNATION_ID.in(ids)).execute();
        dsl.deleteFrom(DESIGNATION_COUNTRY).where(DESIGNATION_COUNTRY.DESIGNATION_ID.in(ids)).execute();
        var byEntry = new LinkedHashMap<Resolved, Long>();
        entries.forEach((id, resolved) -> byEntry.put(resolved, id));
        insertChildren(List.copyOf(entries.values()), byEntry::get);
    }

    /** Marks the designations delisted on the date; they stay, with their names and numbers. */
    void delist(Collection<Long> ids, LocalDate on) {
        dsl.update(DESIGNATION)
            .set(DESIGNATION.DELISTED_ON, on)
            .set(DESIGNATION.VERSION, DESIGNATION.VERSION.plus(1))
            .set(DESIGNATION.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(DESIGNATION.ID.in(ids))
            .execute();
    }

    private void insertChildren(List<Resolved> entries, Function<Resolved, Long> idOf) {
        var names = new ArrayList<Object[]>();
        var identifiers = new ArrayList<Object[]>();
        var places = new ArrayList<Object[]>();
        for (var resolved : entries) {
            var e = resolved.entry();
            long id = idOf.apply(resolved);
            var position = 0;
            names.add(new Object[] { id, position++, e.primaryName(), NameQuality.PRIMARY.dbValue() });
            if (e.originalScriptName() != null) {
                names.add(new Object[] { id, position++, e.originalScriptName(), NameQuality.ORIGINAL_SCRIPT.dbValue() });
            }
            for (var alias : e.aliases()) {
                names.add(new Object[] { id, position++, alias.name(), alias.quality().dbValue() });
            }
            position = 0;
            for (var identifier : e.identifiers()) {
                identifiers.add(new Object[] { id, position++, identifier.kind().dbValue(), identifier.value(),
                    identifier.issuingCountry(), identifier.note() });
            }
            for (var i = 0; i < e.countries().size(); i++) {
                var place = e.countries().get(i);
                places.add(new Object[] { id, i, place.relation().name().toLowerCase(java.util.Locale.ROOT),
                    place.listedText(), resolved.countryCodes().get(i) });
            }
        }
        for (var chunk : chunks(names)) {
            var insert = dsl.insertInto(DESIGNATION_NAME, DESIGNATION_NAME.DESIGNATION_ID, DESIGNATION_NAME.POSITION,
                    DESIGNATION_NAME.NAME, DESIGNATION_NAME.QUALITY);
            for (var row : chunk) {
                insert = insert.values((Long) row[0], (Integer) row[1], (String) row[2], (String) row[3]);
            }
            insert.execute();
        }
        for (var chunk : chunks(identifiers)) {
            var insert = dsl.insertInto(DESIGNATION_IDENTIFIER, DESIGNATION_IDENTIFIER.DESIGNATION_ID,
                    DESIGNATION_IDENTIFIER.POSITION, DESIGNATION_IDENTIFIER.KIND, DESIGNATION_IDENTIFIER.VALUE,
                    DESIGNATION_IDENTIFIER.ISSUING_COUNTRY, DESIGNATION_IDENTIFIER.NOTE);
            for (var row : chunk) {
                insert = insert.values((Long) row[0], (Integer) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5]);
            }
            insert.execute();
        }
        for (var chunk : chunks(places)) {
            var insert = dsl.insertInto(DESIGNATION_COUNTRY, DESIGNATION_COUNTRY.DESIGNATION_ID,
                    DESIGNATION_COUNTRY.POSITION, DESIGNATION_COUNTRY.RELATION, DESIGNATION_COUNTRY.LISTED_TEXT,
                    DESIGNATION_COUNTRY.COUNTRY_CODE);
            for (var row : chunk) {
                insert = insert.values((Long) row[0], (Integer) row[1], (String) row[2], (String) row[3], (String) row[4]);
            }
            insert.execute();
        }
    }

    private static <T> List<List<T>> chunks(List<T> rows) {
        var chunks = new ArrayList<List<T>>();
        for (var start = 0; start < rows.size(); start += INSERT_CHUNK) {
            chunks.add(rows.subList(start, Math.min(rows.size(), start + INSERT_CHUNK)));
        }
        return chunks;
    }

    // Search

    /**
     * Designations whose names are near the text (trigram word similarity of the search keys, at least
     * pg_trgm's word_similarity_threshold), or whose reference or an identifier equals it, the best first:
     * exact matches, then by the best name's score, then by how close the whole name is.
     */
    List<DesignationHit> search(DesignationQuery query, int offset, int limit) {
        var best = bestMatches(query);
        var matched = best.field("matched", String.class);
        var score = best.field("score", Double.class);
        var closeness = best.field("closeness", Double.class);
        var exact = best.field("exact", Boolean.class);
        return dsl.with(best)
            .select(DESIGNATION.ID, DESIGNATION.REFERENCE, DESIGNATION.KIND, DESIGNATION.PRIMARY_NAME,
                    DESIGNATION.PROGRAMME, DESIGNATION.LISTED_ON, DESIGNATION.DELISTED_ON, matched, score, exact)
            .from(best)
            .join(DESIGNATION).on(DESIGNATION.ID.eq(best.field("designation_id", Long.class)))
            .orderBy(exact.desc(), score.desc(), closeness.desc(), DESIGNATION.PRIMARY_NAME, DESIGNATION.ID)
            .offset(offset)
            .limit(limit)
            .fetch(r -> new DesignationHit(r.value1(), r.value2(), DbEnum.fromDb(DesignationKind.class, r.value3()),
                    r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
    }

    /**
     * The page and, from the same statement, how many designations the search finds: the trigram match runs
     * once where a page and a separate count would run it twice.
     */
    DesignationResults searchWithTotal(DesignationQuery query, int offset, int limit) {
        var best = bestMatches(query);
        var matched = best.field("matched", String.class);
        var score = best.field("score", Double.class);
        var closeness = best.field("closeness", Double.class);
        var exact = best.field("exact", Boolean.class);
        var total = DSL.count().over().as("total");
        var rows = dsl.with(best)
            .select(DESIGNATION.ID, DESIGNATION.REFERENCE, DESIGNATION.KIND, DESIGNATION.PRIMARY_NAME,
                    DESIGNATION.PROGRAMME, DESIGNATION.LISTED_ON, DESIGNATION.DELISTED_ON, matched, score, exact, total)
            .from(best)
            .join(DESIGNATION).on(DESIGNATION.ID.eq(best.field("designation_id", Long.class)))
            .orderBy(exact.desc(), score.desc(), closeness.desc(), DESIGNATION.PRIMARY_NAME, DESIGNATION.ID)
            .offset(offset)
            .limit(limit)
            .fetch();
        if (rows.isEmpty()) {
            return new DesignationResults(List.of(), offset == 0 ? 0 : count(query));
        }
        return new DesignationResults(rows.map(r -> new DesignationHit(r.value1(), r.value2(),
                DbEnum.fromDb(DesignationKind.class, r.value3()), r.value4(), r.value5(), r.value6(), r.value7(),
                r.value8(), r.value9(), r.value10())), rows.getFirst().value11());
    }

    int count(DesignationQuery query) {
        var best = bestMatches(query);
        return dsl.with(best).selectCount().from(best).fetchSingle().value1();
    }

    /** Every designation, by name, without a search. */
    List<DesignationHit> all(int offset, int limit) {
        return dsl.select(DESIGNATION.ID, DESIGNATION.REFERENCE, DESIGNATION.KIND, DESIGNATION.PRIMARY_NAME,
                    DESIGNATION.PROGRAMME, DESIGNATION.LISTED_ON, DESIGNATION.DELISTED_ON)
            .from(DESIGNATION)
            .orderBy(DESIGNATION.PRIMARY_NAME, DESIGNATION.ID)
            .offset(offset)
            .limit(limit)
            .fetch(r -> new DesignationHit(r.value1(), r.value2(), DbEnum.fromDb(DesignationKind.class, r.value3()),
                    r.value4(), r.value5(), r.value6(), r.value7(), null, 0, false));
    }

    int countAll() {
        return dsl.fetchCount(DESIGNATION);
    }

    /** One row per designation found: the best-matching name or number, its score, closeness and exactness. */
    private static CommonTableExpression<Record5<Long, String, Double, Double, Boolean>> bestMatches(DesignationQuery query) {
        var key = org.transferwatch.db.Routines.designationSearchKey(val(query.text()));
        var nameKey = DESIGNATION_NAME.SEARCH_KEY;
        Field<Double> wordSimilarity = field("word_similarity({0}, {1})", SQLDataType.DOUBLE, key, nameKey);
        Field<Double> similarity = field("similarity({0}, {1})", SQLDataType.DOUBLE, key, nameKey);
        var names = select(DESIGNATION_NAME.DESIGNATION_ID.as("designation_id"), DESIGNATION_NAME.NAME.as("matched"),
                wordSimilarity.as("score"), similarity.as("closeness"), inline(false).as("exact"))
            .from(DESIGNATION_NAME)
            .where(DSL.condition("{0} <% {1}", key, nameKey));
        var numbers = select(DESIGNATION_IDENTIFIER.DESIGNATION_ID, DESIGNATION_IDENTIFIER.VALUE, inline(1.0),
                inline(1.0), inline(true))
            .from(DESIGNATION_IDENTIFIER)
            .where(DESIGNATION_IDENTIFIER.SEARCH_VALUE.in(query.numberKeys()));
        var references = select(DESIGNATION.ID, DESIGNATION.REFERENCE, inline(1.0), inline(1.0), inline(true))
            .from(DESIGNATION)
            .where(DSL.upper(DESIGNATION.REFERENCE).eq(query.referenceKey()));
        var matches = names.unionAll(numbers).unionAll(references).asTable("match");
        var designationId = matches.field("designation_id", Long.class);
        var matched = matches.field("matched", String.class);
        var score = matches.field("score", Double.class);
        var closeness = matches.field("closeness", Double.class);
        var exact = matches.field("exact", Boolean.class);
        return name("best").fields("designation_id", "matched", "score", "closeness", "exact")
            .as(DSL.selectDistinct(designationId, matched, score, closeness, exact)
                .on(designationId)
                .from(matches)
                .orderBy(designationId, exact.desc(), score.desc(), closeness.desc(), DSL.length(matched)));
    }

}
