package org.transferwatch.country;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.COUNTRY_ALIAS;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;
import org.transferwatch.base.SearchText;

@Repository
class CountryRepository {

    private final DSLContext dsl;

    CountryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Country> findByCode(String code) {
        return dsl.select(COUNTRY.CODE, COUNTRY.NAME, COUNTRY.KIND)
            .from(COUNTRY)
            .where(COUNTRY.CODE.eq(code))
            .fetchOptional(r -> new Country(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Countries whose code, name or an alias starts with the text (any word of the name for names),
     * exact matches first.
     */
    List<Country> findAll(int offset, int limit) {
        return dsl.select(COUNTRY.CODE, COUNTRY.NAME, COUNTRY.KIND)
            .from(COUNTRY)
            .orderBy(COUNTRY.NAME)
            .offset(offset)
            .limit(limit)
            .fetch(r -> new Country(r.value1(), r.value2(), r.value3()));
    }

    List<Country> search(String text, int offset, int limit) {
        var needle = text.strip().toLowerCase(Locale.ROOT);
        var prefix = SearchText.likeLiteral(needle) + "%";
        var rank = min(DSL.when(COUNTRY_ALIAS.NORMALISED_ALIAS.eq(needle), inline(0))
            .when(DSL.lower(COUNTRY.CODE).eq(needle), inline(0))
            .otherwise(inline(1)));
        return dsl.select(COUNTRY.CODE, COUNTRY.NAME, COUNTRY.KIND)
            .from(COUNTRY)
            .leftJoin(COUNTRY_ALIAS).on(COUNTRY_ALIAS.COUNTRY_CODE.eq(COUNTRY.CODE))
            .where(COUNTRY_ALIAS.NORMALISED_ALIAS.like(prefix, '\\')
                .or(DSL.lower(COUNTRY.NAME).like(prefix, '\\'))
                .or(DSL.lower(COUNTRY.NAME).like("% " + prefix, '\\'))
                .or(DSL.lower(COUNTRY.CODE).eq(needle)))
            .groupBy(COUNTRY.CODE, COUNTRY.NAME, COUNTRY.KIND)
            .orderBy(rank, COUNTRY.NAME)
            .offset(offset)
            .limit(limit)
            .fetch(r -> new Country(r.value1(), r.value2(), r.value3()));
    }

    /**
     * The one country an alias names (case-insensitive), if exactly one does: first as typed, then by its
     * {@link #looseForm}, so that "U.A.E", "N Korea" and "Emirates" find what "UAE", "N. Korea" and "the
     * Emirates" name.
     */
    Optional<Country> resolveAlias(String alias) {
        var exact = single(COUNTRY_ALIAS.NORMALISED_ALIAS.eq(alias.strip().toLowerCase(Locale.ROOT)));
        if (exact.isPresent()) {
            return exact;
        }
        var loose = looseForm(alias);
        return loose.isEmpty() ? Optional.empty() : single(looseForm(COUNTRY_ALIAS.NORMALISED_ALIAS).eq(loose));
    }

    private Optional<Country> single(Condition aliasCondition) {
        var matches = dsl.selectDistinct(COUNTRY.CODE, COUNTRY.NAME, COUNTRY.KIND)
            .from(COUNTRY)
            .join(COUNTRY_ALIAS).on(COUNTRY_ALIAS.COUNTRY_CODE.eq(COUNTRY.CODE))
            .where(aliasCondition)
            .limit(2)
            .fetch(r -> new Country(r.value1(), r.value2(), r.value3()));
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    /**
     * A name as the loose comparison sees it: lower case, without full stops, with commas as spaces, without a leading "the", with
     * single spaces. The same rule as {@link #looseForm(Field)} in SQL.
     */
    static String looseForm(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").replace(",", " ").strip().replaceAll("\\s+", " ")
            .replaceFirst("^the ", "");
    }

    private static Field<String> looseForm(Field<String> normalised) {
        var noStops = DSL.replace(DSL.replace(normalised, DSL.inline("."), DSL.inline("")), DSL.inline(","), DSL.inline(" "));
        var spaced = DSL.regexpReplaceAll(DSL.trim(noStops), DSL.inline("\\s+"), DSL.inline(" "));
        return DSL.regexpReplaceAll(spaced, DSL.inline("^the "), DSL.inline(""));
    }

    /** The stored aliases of a country, by alias, for the reference-data screen. */
    List<Alias> findAliases(String countryCode) {
        return dsl.select(COUNTRY_ALIAS.ID, COUNTRY_ALIAS.COUNTRY_CODE, COUNTRY_ALIAS.ALIAS, COUNTRY_ALIAS.ALIAS_KIND)
            .from(COUNTRY_ALIAS)
            .where(COUNTRY_ALIAS.COUNTRY_CODE.eq(countryCode))
            .orderBy(COUNTRY_ALIAS.NORMALISED_ALIAS)
            .fetch(r -> new Alias(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Optional<Alias> findAlias(long id) {
        return dsl.select(COUNTRY_ALIAS.ID, COUNTRY_ALIAS.COUNTRY_CODE, COUNTRY_ALIAS.ALIAS, COUNTRY_ALIAS.ALIAS_KIND)
            .from(COUNTRY_ALIAS)
            .where(COUNTRY_ALIAS.ID.eq(id))
            .fetchOptional(r -> new Alias(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The countries (by name) that already have this alias, compared as stored. */
    List<String> countriesWithAlias(String alias) {
        return dsl.selectDistinct(COUNTRY.NAME)
            .from(COUNTRY_ALIAS)
            .join(COUNTRY).on(COUNTRY.CODE.eq(COUNTRY_ALIAS.COUNTRY_CODE))
            .where(COUNTRY_ALIAS.NORMALISED_ALIAS.eq(alias.strip().toLowerCase(Locale.ROOT)))
            .orderBy(COUNTRY.NAME)
            .fetch(COUNTRY.NAME);
    }

    long insertAlias(String countryCode, String alias, String kind) {
        return dsl.insertInto(COUNTRY_ALIAS)
            .set(COUNTRY_ALIAS.COUNTRY_CODE, countryCode)
            .set(COUNTRY_ALIAS.ALIAS, alias)
            .set(COUNTRY_ALIAS.ALIAS_KIND, kind)
            .returning(COUNTRY_ALIAS.ID)
            .fetchSingle(COUNTRY_ALIAS.ID);
    }

    boolean deleteAlias(long id) {
        return dsl.deleteFrom(COUNTRY_ALIAS).where(COUNTRY_ALIAS.ID.eq(id)).execute() == 1;
    }

    boolean existsCode(String code) {
        return dsl.fetchExists(COUNTRY, COUNTRY.CODE.eq(code));
    }

    boolean existsName(String name) {
        return dsl.fetchExists(COUNTRY, DSL.lower(COUNTRY.NAME).eq(name.strip().toLowerCase(Locale.ROOT)));
    }

    void insertCountry(String code, String name, String kind) {
        dsl.insertInto(COUNTRY).set(COUNTRY.CODE, code).set(COUNTRY.NAME, name).set(COUNTRY.KIND, kind).execute();
    }

    JSONB aliasSnapshot(long id) {
        return RowSnapshots.of(dsl, COUNTRY_ALIAS, COUNTRY_ALIAS.ID, id);
    }

    JSONB countrySnapshot(String code) {
        var row = COUNTRY.as("snapshot");
        return dsl.select(RowSnapshots.ofRow(row)).from(row).where(row.CODE.eq(code)).fetchSingle().value1();
    }

    /** Every alias with its country's name, for matching names in running text. */
    List<CountryAlias> findAllAliases() {
        return dsl.select(COUNTRY_ALIAS.COUNTRY_CODE, COUNTRY.NAME, COUNTRY_ALIAS.ALIAS, COUNTRY_ALIAS.ALIAS_KIND)
            .from(COUNTRY_ALIAS)
            .join(COUNTRY).on(COUNTRY.CODE.eq(COUNTRY_ALIAS.COUNTRY_CODE))
            .orderBy(COUNTRY_ALIAS.ID)
            .fetch(r -> new CountryAlias(r.value1(), r.value2(), r.value3(), r.value4()));
    }


}
