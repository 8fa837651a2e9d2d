package org.transferwatch.category;

import static org.transferwatch.db.Tables.CATEGORY;
import static org.transferwatch.db.Tables.CATEGORY_KEYWORD;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;

@Repository
class CategoryRepository {

    private final DSLContext dsl;

    CategoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every category with its keywords, by scheme and the scheme's order. */
    List<Category> findAll() {
        var keywords = findAllKeywords().stream()
            .collect(Collectors.groupingBy(CategoryKeyword::categoryCode,
                    Collectors.mapping(CategoryKeyword::keyword, Collectors.toList())));
        return dsl.select(CATEGORY.CODE, CATEGORY.SCHEME, CATEGORY.NAME, CATEGORY.KIND)
            .from(CATEGORY)
            .orderBy(CATEGORY.SCHEME, CATEGORY.SORT_ORDER)
            .fetch(r -> new Category(r.value1(), r.value2(), r.value3(), r.value4(),
                    keywords.getOrDefault(r.value1(), List.of())));
    }

    Optional<Category> findByCode(String code) {
        return dsl.select(CATEGORY.CODE, CATEGORY.SCHEME, CATEGORY.NAME, CATEGORY.KIND)
            .from(CATEGORY)
            .where(CATEGORY.CODE.eq(code))
            .fetchOptional(r -> new Category(r.value1(), r.value2(), r.value3(), r.value4(), keywordsOf(code)));
    }

    private List<String> keywordsOf(String code) {
        return dsl.select(CATEGORY_KEYWORD.KEYWORD)
            .from(CATEGORY_KEYWORD)
            .where(CATEGORY_KEYWORD.CATEGORY_CODE.eq(code))
            .orderBy(CATEGORY_KEYWORD.NORMALISED_KEYWORD)
            .fetch(CATEGORY_KEYWORD.KEYWORD);
    }

    List<CategoryKeyword> findAllKeywords() {
        return dsl.select(CATEGORY_KEYWORD.fields())
            .select(CATEGORY.KIND)
            .from(CATEGORY_KEYWORD)
            .join(CATEGORY).on(CATEGORY.CODE.eq(CATEGORY_KEYWORD.CATEGORY_CODE))
            .orderBy(CATEGORY_KEYWORD.CATEGORY_CODE, CATEGORY_KEYWORD.NORMALISED_KEYWORD)
            .fetch(this::toKeyword);
    }

    Optional<CategoryKeyword> findKeyword(long id) {
        return dsl.select(CATEGORY_KEYWORD.fields())
            .select(CATEGORY.KIND)
            .from(CATEGORY_KEYWORD)
            .join(CATEGORY).on(CATEGORY.CODE.eq(CATEGORY_KEYWORD.CATEGORY_CODE))
            .where(CATEGORY_KEYWORD.ID.eq(id))
            .fetchOptional(this::toKeyword);
    }

    /** The keyword, compared as stored (trimmed, case-insensitive), if some category has it. */
    Optional<CategoryKeyword> findKeyword(String keyword) {
        return dsl.select(CATEGORY_KEYWORD.fields())
            .select(CATEGORY.KIND)
            .from(CATEGORY_KEYWORD)
            .join(CATEGORY).on(CATEGORY.CODE.eq(CATEGORY_KEYWORD.CATEGORY_CODE))
            .where(CATEGORY_KEYWORD.NORMALISED_KEYWORD.eq(keyword.strip().toLowerCase(Locale.ROOT)))
            .fetchOptional(this::toKeyword);
    }

    long insertKeyword(String categoryCode, String keyword, @Nullable Long addedBy) {
        return dsl.insertInto(CATEGORY_KEYWORD)
            .set(CATEGORY_KEYWORD.CATEGORY_CODE, categoryCode)
            .set(CATEGORY_KEYWORD.KEYWORD, keyword)
            .set(CATEGORY_KEYWORD.ADDED_BY, addedBy)
            .returning(CATEGORY_KEYWORD.ID)
            .fetchSingle(CATEGORY_KEYWORD.ID);
    }

    boolean deleteKeyword(long id) {
        return dsl.deleteFrom(CATEGORY_KEYWORD).where(CATEGORY_KEYWORD.ID.eq(id)).execute() == 1;
    }

    JSONB keywordSnapshot(long id) {
        return RowSnapshots.of(dsl, CATEGORY_KEYWORD, CATEGORY_KEYWORD.ID, id);
    }

    private CategoryKeyword toKeyword(Record r) {
        return new CategoryKeyword(r.get(CATEGORY_KEYWORD.ID), r.get(CATEGORY_KEYWORD.CATEGORY_CODE),
                r.get(CATEGORY_KEYWORD.KEYWORD), r.get(CATEGORY.KIND), r.get(CATEGORY_KEYWORD.ADDED_BY) != null);
    }

}
