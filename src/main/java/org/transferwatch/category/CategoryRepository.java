package org.transferwatch.category;

import static org.transferwatch.db.Tables.CATEGORY;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CategoryRepository {

    private final DSLContext dsl;

    CategoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Category> findAll() {
        return dsl.select(CATEGORY.CODE, CATEGORY.SCHEME, CATEGORY.NAME, CATEGORY.KIND)
            .from(CATEGORY)
            .orderBy(CATEGORY.SCHEME, CATEGORY.SORT_ORDER)
            .fetch(r -> new Category(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Optional<Category> findByCode(String code) {
        return dsl.select(CATEGORY.CODE, CATEGORY.SCHEME, CATEGORY.NAME, CATEGORY.KIND)
            .from(CATEGORY)
            .where(CATEGORY.CODE.eq(code))
            .fetchOptional(r -> new Category(r.value1(), r.value2(), r.value3(), r.value4()));
    }

}
