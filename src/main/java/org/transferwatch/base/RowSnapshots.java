package org.transferwatch.base;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;

/** A stored row as the audit keeps it: the whole row as JSON, less the columns the audit must not keep. */
public final class RowSnapshots {

    private RowSnapshots() {
    }

    /**
     * The row of {@code table} whose {@code id} is {@code value}, without the columns {@code leftOut} (a derived
     * search document, a password hash, a source's full text).
     */
    public static JSONB of(DSLContext dsl, Table<?> table, Field<Long> id, long value, String... leftOut) {
        var row = table.as("snapshot");
        return dsl.select(ofRow(row, leftOut)).from(row).where(row.field(id).eq(value)).fetchSingle().value1();
    }

    /**
     * The snapshot of each row of {@code row} in a query that selects from it, for auditing many rows in
     * one statement; {@code row} must be the table under an alias of its own (see {@link Table#as}).
     */
    public static Field<JSONB> ofRow(Table<?> row, String... leftOut) {
        // Plain SQL: to_jsonb of a whole row and jsonb's "-" operator are PostgreSQL's.
        Field<JSONB> json = field("to_jsonb({0})", JSONB.class, name(row.getName()));
        for (var column : leftOut) {
            json = field("{0} - {1}", JSONB.class, json, inline(column));
        }
        return json;
    }

}
