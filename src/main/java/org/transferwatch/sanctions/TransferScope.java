package org.transferwatch.sanctions;

import java.time.LocalDate;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a transfer that decide which provisions may apply to it: its states, kind and category,
 * the words that name its goods (item and designation), and its period where known.
 */
public record TransferScope(String supplierCode, String recipientCode, String kind, @Nullable String categoryCode,
        String goods, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd) {

    /** The same facts as SQL values, for the one scope condition. */
    Fields fields() {
        return new Fields(DSL.val(supplierCode), DSL.val(recipientCode), DSL.val(kind),
                DSL.val(categoryCode, String.class), DSL.val(goods), DSL.val(periodStart, LocalDate.class),
                DSL.val(periodEnd, LocalDate.class));
    }

    /**
     * A transfer's scope as SQL expressions: values for one transfer, or a transfers table's columns for the
     * transfers a provision may concern.
     */
    public record Fields(Field<String> supplierCode, Field<String> recipientCode, Field<String> kind,
            Field<String> categoryCode, Field<String> goods, Field<LocalDate> periodStart,
            Field<LocalDate> periodEnd) {
    }

}
