package org.transferwatch.transfer;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.db.Tables.TRANSFER_EVIDENCE;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.transferwatch.db.tables.TransferEvidence;

/**
 * The one definition of a transfer's evidence summary, and its read for one transfer ("3 sources, 1 disputing, best B2"), read from its row
 * in {@code transfer_evidence}, which the claims' triggers keep in step with the claims (V049). The grid, the
 * transfer page, the pair page and the CSV export all select these fields; a transfer without claims has no
 * row there and reads as "No sources".
 */
@Repository
public class EvidenceSummaryRepository {

    /** The summary joined as {@code ev}, left-joined on the transfer's id. */
    public static final TransferEvidence EVIDENCE = TRANSFER_EVIDENCE.as("ev");

    public static final Field<Integer> SOURCES = coalesce(EVIDENCE.SOURCES, inline(0)).as("evidence_sources");

    public static final Field<Integer> DISPUTING = coalesce(EVIDENCE.DISPUTING, inline(0)).as("evidence_disputing");

    /**
     * The best grade among the supporting claims: the best claim's grade when that one supports, since
     * supporting claims rank first and within them the best grade.
     */
    public static final Field<String> BEST_GRADE = bestGrade().as("evidence_best_grade");

    public static final Field<String> LABEL = label().as("evidence_label");

    /** The best claim's own grade, whether it supports or disputes (the export's grade column). */
    public static final Field<String> BEST_CLAIM_GRADE = bestClaimGrade().as("evidence_best_claim_grade");

    private final DSLContext dsl;

    EvidenceSummaryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The transfer's evidence summary. */
    EvidenceSummary find(long transferId) {
        return dsl.select(SOURCES, DISPUTING, BEST_GRADE, LABEL)
            .from(TRANSFER)
            .leftJoin(EVIDENCE).on(EVIDENCE.TRANSFER_ID.eq(TRANSFER.ID))
            .where(TRANSFER.ID.eq(transferId))
            .fetchSingle(EvidenceSummaryRepository::of);
    }

    private static Field<String> bestClaimGrade() {
        return EVIDENCE.RELIABILITY.concat(EVIDENCE.CREDIBILITY.cast(SQLDataType.VARCHAR));
    }

    private static Field<String> bestGrade() {
        return when(EVIDENCE.STANCE.eq(inline(Stance.SUPPORTS.dbValue())), bestClaimGrade());
    }

    private static Field<String> label() {
        return when(EVIDENCE.SOURCES.isNull(), inline("No sources"))
            .else_(EVIDENCE.SOURCES.cast(SQLDataType.VARCHAR)
                .concat(when(EVIDENCE.SOURCES.eq(inline(1)), inline(" source")).else_(inline(" sources")))
                .concat(when(EVIDENCE.DISPUTING.gt(inline(0)),
                        inline(", ").concat(EVIDENCE.DISPUTING.cast(SQLDataType.VARCHAR)).concat(inline(" disputing")))
                    .else_(inline("")))
                .concat(when(EVIDENCE.STANCE.eq(inline(Stance.SUPPORTS.dbValue())), inline(", best ").concat(bestGrade()))
                    .else_(inline(""))));
    }

    /** The summary of a record that selected SOURCES, DISPUTING, BEST_GRADE and LABEL. */
    static EvidenceSummary of(Record record) {
        return new EvidenceSummary(record.get(SOURCES), record.get(DISPUTING), record.get(BEST_GRADE), record.get(LABEL));
    }

}
