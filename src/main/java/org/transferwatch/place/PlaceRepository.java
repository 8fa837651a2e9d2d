package org.transferwatch.place;

import static org.transferwatch.db.Tables.PLACE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;

/** The SQL of the gazetteer. */
@Repository
class PlaceRepository {

    private final DSLContext dsl;

    PlaceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Place> find(long id) {
        return dsl.selectFrom(PLACE).where(PLACE.ID.eq(id)).fetchOptional(PlaceRepository::toPlace);
    }

    List<Place> findAll(Collection<Long> ids) {
        return dsl.selectFrom(PLACE).where(PLACE.ID.in(ids)).orderBy(PLACE.NAME, PLACE.ID).fetch(PlaceRepository::toPlace);
    }

    List<Place> all() {
        return dsl.selectFrom(PLACE).orderBy(PLACE.NAME, PLACE.ID).fetch(PlaceRepository::toPlace);
    }

    /** A page of the places whose name or an alias contains the text, compared as listed names are, by name. */
    List<Place> search(String text, int offset, int limit) {
        return dsl.selectFrom(PLACE).where(matching(text)).orderBy(PLACE.NAME, PLACE.ID).offset(offset).limit(limit)
            .fetch(PlaceRepository::toPlace);
    }

    /** The places whose name or an alias is the name, compared as {@link #search} compares them, by name. */
    List<Place> named(String name) {
        var aliases = DSL.unnest(PLACE.ALIASES).as("alias", "name");
        Field<String> alias = DSL.field(DSL.name("alias", "name"), String.class);
        var key = key(DSL.val(name));
        return dsl.selectFrom(PLACE)
            .where(key(PLACE.NAME).eq(key).or(DSL.exists(DSL.selectOne().from(aliases).where(key(alias).eq(key)))))
            .orderBy(PLACE.NAME, PLACE.ID)
            .fetch(PlaceRepository::toPlace);
    }

    /** Every place's id and name, as a table another feature's query joins. */
    static Table<Record2<Long, String>> names(String alias) {
        return DSL.select(PLACE.ID, PLACE.NAME).from(PLACE).asTable(alias);
    }

    int count(String text) {
        return dsl.fetchCount(PLACE, matching(text));
    }

    /**
     * Name or alias containing the text, both keyed by the designations' rule (V072: accents dropped, lower case,
     * punctuation as spaces), so that "tumangang-khasan" finds "Tumangang–Khasan" and "wonsan" finds "Wŏnsan".
     */
    private static Condition matching(String text) {
        if (text.isBlank()) {
            return DSL.noCondition();
        }
        var pattern = DSL.inline("%").concat(key(DSL.val(text))).concat(DSL.inline("%"));
        var aliases = DSL.unnest(PLACE.ALIASES).as("alias", "name");
        Field<String> alias = DSL.field(DSL.name("alias", "name"), String.class);
        return key(PLACE.NAME).like(pattern)
            .or(DSL.exists(DSL.selectOne().from(aliases).where(key(alias).like(pattern))));
    }

    private static Field<String> key(Field<String> text) {
        return DSL.function("designation_search_key", String.class, text);
    }

    /** Whether another place of this country (or of none) has this name, in any case. */
    boolean nameTaken(@Nullable String countryCode, String name, @Nullable Long exceptId) {
        return dsl.fetchExists(PLACE, DSL.lower(PLACE.NAME).eq(name.toLowerCase(Locale.ROOT))
            .and(PLACE.COUNTRY_CODE.isNotDistinctFrom(countryCode))
            .and(exceptId == null ? DSL.noCondition() : PLACE.ID.ne(exceptId)));
    }

    long insert(PlaceDraft draft, long userId) {
        return dsl.insertInto(PLACE)
            .set(PLACE.NAME, draft.name())
            .set(PLACE.KIND, kindOf(draft))
            .set(PLACE.COUNTRY_CODE, draft.countryCode())
            .set(PLACE.ALIASES, draft.aliases().toArray(String[]::new))
            .set(PLACE.LATITUDE, draft.latitude())
            .set(PLACE.LONGITUDE, draft.longitude())
            .set(PLACE.COORDINATE_SOURCE, draft.coordinateSource())
            .set(PLACE.COORDINATE_LICENCE, draft.coordinateLicence())
            .set(PLACE.CREATED_BY, userId)
            .set(PLACE.UPDATED_BY, userId)
            .returning(PLACE.ID)
            .fetchSingle(PLACE.ID);
    }

    /** Saves the draft over the stored place if it still has {@code version}; false when someone saved first. */
    boolean update(long id, PlaceDraft draft, int version, long userId) {
        return dsl.update(PLACE)
            .set(PLACE.NAME, draft.name())
            .set(PLACE.KIND, kindOf(draft))
            .set(PLACE.COUNTRY_CODE, draft.countryCode())
            .set(PLACE.ALIASES, draft.aliases().toArray(String[]::new))
            .set(PLACE.LATITUDE, draft.latitude())
            .set(PLACE.LONGITUDE, draft.longitude())
            .set(PLACE.COORDINATE_SOURCE, draft.coordinateSource())
            .set(PLACE.COORDINATE_LICENCE, draft.coordinateLicence())
            .set(PLACE.VERSION, PLACE.VERSION.plus(1))
            .set(PLACE.UPDATED_BY, userId)
            .set(PLACE.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(PLACE.ID.eq(id), PLACE.VERSION.eq(version))
            .execute() == 1;
    }

    JSONB snapshot(long id) {
        return RowSnapshots.of(dsl, PLACE, PLACE.ID, id);
    }

    Changed changed(long id) {
        return dsl.select(PLACE.UPDATED_BY, PLACE.UPDATED_AT).from(PLACE).where(PLACE.ID.eq(id))
            .fetchOptional(r -> new Changed(r.value1(), r.value2()))
            .orElse(Changed.NOBODY);
    }

    /** Who changed a place last, and when, for the sentence of a refused save. */
    record Changed(@Nullable Long by, @Nullable OffsetDateTime at) {

        static final Changed NOBODY = new Changed(null, null);

    }

    private static String kindOf(PlaceDraft draft) {
        if (draft.kind() == null) {
            throw new IllegalArgumentException("A place draft without a kind reached the repository");
        }
        return draft.kind().dbValue();
    }

    private static Place toPlace(Record row) {
        return new Place(row.get(PLACE.ID), row.get(PLACE.NAME), PlaceKind.fromDb(row.get(PLACE.KIND)),
                row.get(PLACE.COUNTRY_CODE), List.of(row.get(PLACE.ALIASES)), row.get(PLACE.LATITUDE),
                row.get(PLACE.LONGITUDE), row.get(PLACE.COORDINATE_SOURCE), row.get(PLACE.COORDINATE_LICENCE),
                row.get(PLACE.VERSION));
    }

}
