package org.transferwatch.transfer;

import static org.transferwatch.db.Tables.TRANSFER_LIST_COLUMNS;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The columns each user chose for the Transfers list ({@code transfer_list_columns}). */
@Repository
class ListColumnsRepository {

    private final DSLContext dsl;

    ListColumnsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<List<String>> find(long userId) {
        return dsl.select(TRANSFER_LIST_COLUMNS.COLUMNS)
            .from(TRANSFER_LIST_COLUMNS)
            .where(TRANSFER_LIST_COLUMNS.USER_ID.eq(userId))
            .fetchOptional(r -> Arrays.asList(r.value1()));
    }

    void save(long userId, List<String> columns) {
        var array = columns.toArray(String[]::new);
        dsl.insertInto(TRANSFER_LIST_COLUMNS)
            .set(TRANSFER_LIST_COLUMNS.USER_ID, userId)
            .set(TRANSFER_LIST_COLUMNS.COLUMNS, array)
            .onConflict(TRANSFER_LIST_COLUMNS.USER_ID)
            .doUpdate()
            .set(TRANSFER_LIST_COLUMNS.COLUMNS, array)
            .set(TRANSFER_LIST_COLUMNS.UPDATED_AT, DSL.currentOffsetDateTime())
            .execute();
    }

}
