package org.transferwatch.transfer;

import static org.transferwatch.db.Tables.TRANSFER;

import java.util.List;
import java.util.Objects;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Which stored transfers look like a new one: the same supplier and recipient, a period that overlaps the new
 * one's (or is unknown on either side), and similar goods: the same category, or an item description at least
 * {@link #SIMILAR_ITEM} alike by trigram similarity (pg_trgm, V070). Retracted transfers are left out: they were
 * judged not to stand. The pair and period are served by the index transfer_by_pair_and_period (V042).
 */
@Repository
class DuplicateRepository {

    /** How alike two item descriptions must be: "Shahed-136 drones" and "Shahed 136 drones" are, "shells" and "drones" not. */
    static final double SIMILAR_ITEM = 0.3;

    /** A new transfer without a period is compared with the pair's latest transfers only, so that a busy pair stays fast. */
    static final int LATEST_WITHOUT_PERIOD = 5_000;

    private final DSLContext dsl;

    DuplicateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<PossibleDuplicate> find(TransferDraft draft, Condition visible, int limit) {
        var item = Objects.requireNonNull(draft.item()).strip();
        // Plain SQL: similarity() is pg_trgm's.
        Field<Double> similarity = DSL.field("similarity({0}, {1})", SQLDataType.DOUBLE, TRANSFER.ITEM, DSL.val(item));
        var sameCategory = draft.categoryCode() == null ? DSL.falseCondition()
                : TRANSFER.CATEGORY_CODE.eq(draft.categoryCode());
        var period = draft.period();
        Condition when;
        if (period != null) {
            when = TransferFilterRepository.periodOverlaps(period.start(), period.end()).or(TRANSFER.PERIOD_START.isNull());
        }
        else {
            when = TRANSFER.ID.in(DSL.select(TRANSFER.ID).from(TRANSFER)
                .where(TRANSFER.SUPPLIER_CODE.eq(draft.supplierCode()), TRANSFER.RECIPIENT_CODE.eq(draft.recipientCode()))
                .orderBy(TRANSFER.ID.desc())
                .limit(LATEST_WITHOUT_PERIOD));
        }
        return dsl.select(TRANSFER.ID, TRANSFER.ITEM, TRANSFER.DESIGNATION, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END,
                    TRANSFER.PERIOD_PRECISION, TRANSFER.STATUS, TRANSFER.REVIEW_STATE, DSL.field(sameCategory), similarity)
            .from(TRANSFER)
            .where(TRANSFER.SUPPLIER_CODE.eq(draft.supplierCode()), TRANSFER.RECIPIENT_CODE.eq(draft.recipientCode()),
                    TRANSFER.REVIEW_STATE.ne(ReviewState.RETRACTED.dbValue()), when, visible)
            .and(sameCategory.or(similarity.ge(SIMILAR_ITEM)))
            .orderBy(similarity.desc(), TRANSFER.ID.desc())
            .limit(limit)
            .fetch(r -> new PossibleDuplicate(r.value1(), r.value2(), r.value3(),
                    r.value6() == null ? null : new Period(r.value4(), r.value5(), PeriodPrecision.fromDb(r.value6())),
                    TransferStatus.fromDb(r.value7()), ReviewState.fromDb(r.value8()), Boolean.TRUE.equals(r.value9()),
                    r.value10()));
    }

}
