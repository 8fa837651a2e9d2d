package org.transferwatch.country;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.COUNTRY_ALIAS;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
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

    /** The one country an alias names exactly (case-insensitive), if exactly one does. */
    Optional<Country> resolveAlias(String alias) {
        var matches = dsl.selectDistinct(COUNTRY.CODE, COUNTRY.NAME, COUNTRY.KIND)
            .from(COUNTRY)
            .join(COUNTRY_ALIAS).on(COUNTRY_ALIAS.COUNTRY_CODE.eq(COUNTRY.CODE))
            .where(COUNTRY_ALIAS.NORMALISED_ALIAS.eq(alias.strip().toLowerCase(Locale.ROOT)))
            .limit(2)
            .fetch(r -> new Country(r.value1(), r.value2(), r.value3()));
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
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
