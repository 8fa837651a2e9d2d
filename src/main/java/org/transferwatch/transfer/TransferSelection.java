package org.transferwatch.transfer;

import java.util.List;

import org.jooq.Condition;

/**
 * The transfers a filter selects, as one condition ({@code all}) and as parts of it ({@code parts}): no
 * transfer matches two parts, and together they match exactly what {@code all} matches. A filter on a country
 * pair in either direction has two parts, one per direction, any other filter one. The grid reads each part in
 * id order from the pair index and merges them, and counts each part on its own, where one condition with an
 * OR would make PostgreSQL read and sort every transfer of both directions.
 */
record TransferSelection(Condition all, List<Condition> parts) {

    static TransferSelection of(Condition all) {
        return new TransferSelection(all, List.of(all));
    }

    TransferSelection and(Condition more) {
        return new TransferSelection(all.and(more), parts.stream().map(part -> part.and(more)).toList());
    }

}
