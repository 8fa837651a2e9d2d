package org.transferwatch.transfer;

import static org.transferwatch.db.Tables.TRANSFER;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Which stored transfers look like a new one: the same supplier and recipient, a period that overlaps the new
 * one's (or is unknown on either side), and similar goods: the same category, or an item description at least
 * {@link #SIMILAR_ITEM} alike by trigram similarity (pg_trgm, V070). Retracted transfers are left out: they were
 * judged not to stand. The pair and period are served by the index transfer_by_pair_and_period (V042), the pair's
 * latest transfers of unknown period by transfer_by_pair_without_period (V143); a new transfer of unknown period is
 * compared with the pair's {@link #LATEST_WITHOUT_PERIOD} latest transfers (transfer_by_pair, V005).
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
        return find(draft, visible, limit, false);
    }

    /**
     * The same, and with {@code orSameHeadNoun} also a transfer whose item has the draft's head noun (its last
     * word, singular) as a word: "artillery shells" and "152 mm shells" of transfers without a category.
     */
    List<PossibleDuplicate> find(TransferDraft draft, Condition visible, int limit, boolean orSameHeadNoun) {
        var item = Objects.requireNonNull(draft.item()).strip();
        var pair = TRANSFER.SUPPLIER_CODE.eq(draft.supplierCode()).and(TRANSFER.RECIPIENT_CODE.eq(draft.recipientCode()))
            .and(visible);
        var period = draft.period();
        // Each branch is served by an index of its own; an OR of the two would read every transfer of the pair.
        var candidates = period == null
                ? similar(latest(pair), item, draft, orSameHeadNoun)
                : similar(DSL.selectFrom(TRANSFER)
                    .where(pair, TransferFilterRepository.periodOverlaps(period.start(), period.end()))
                    .asTable("overlapping"), item, draft, orSameHeadNoun)
                    .unionAll(similar(latest(pair.and(TRANSFER.PERIOD_START.isNull())), item, draft, orSameHeadNoun));
        var found = candidates.asTable("candidate");
        var similarity = found.field("similarity", Double.class);
        var id = found.field(TRANSFER.ID);
        return dsl.selectFrom(found)
            .orderBy(similarity.desc(), id.desc())
            .limit(limit)
            .fetch(r -> new PossibleDuplicate(r.get(id), r.get(found.field(TRANSFER.ITEM)),
                    r.get(found.field(TRANSFER.DESIGNATION)),
                    r.get(found.field(TRANSFER.PERIOD_PRECISION)) == null ? null
                            : new Period(r.get(found.field(TRANSFER.PERIOD_START)), r.get(found.field(TRANSFER.PERIOD_END)),
                                    PeriodPrecision.fromDb(r.get(found.field(TRANSFER.PERIOD_PRECISION)))),
                    TransferStatus.fromDb(r.get(found.field(TRANSFER.STATUS))),
                    ReviewState.fromDb(r.get(found.field(TRANSFER.REVIEW_STATE))),
                    Boolean.TRUE.equals(r.get(found.field("same_category", Boolean.class))), r.get(similarity)));
    }

    /** The latest transfers the condition selects, newest first, at most {@link #LATEST_WITHOUT_PERIOD}. */
    private static Table<?> latest(Condition which) {
        return DSL.selectFrom(TRANSFER).where(which).orderBy(TRANSFER.ID.desc()).limit(LATEST_WITHOUT_PERIOD)
            .asTable("latest");
    }

    /** The transfers of {@code from} that stand and whose goods are similar to the draft's, with how alike they are. */
    private static SelectConditionStep<Record10<Long, String, String, LocalDate, LocalDate, String, String, String, Boolean,
            Double>> similar(Table<?> from, String item, TransferDraft draft, boolean orSameHeadNoun) {
        // Plain SQL: similarity() is pg_trgm's.
        Field<Double> similarity = DSL.field("similarity({0}, {1})", SQLDataType.DOUBLE, from.field(TRANSFER.ITEM),
                DSL.val(item));
        var sameCategory = draft.categoryCode() == null ? DSL.falseCondition()
                : from.field(TRANSFER.CATEGORY_CODE).eq(draft.categoryCode());
        var headNoun = orSameHeadNoun ? headNoun(item) : null;
        // The noun is letters only, so it is safe in the pattern; \m is the start of a word.
        var alike = headNoun == null ? sameCategory.or(similarity.ge(SIMILAR_ITEM))
                : sameCategory.or(similarity.ge(SIMILAR_ITEM))
                    .or(DSL.condition("lower({0}) ~ {1}", from.field(TRANSFER.ITEM), DSL.val("\\m" + headNoun)));
        return DSL.select(from.field(TRANSFER.ID), from.field(TRANSFER.ITEM), from.field(TRANSFER.DESIGNATION),
                    from.field(TRANSFER.PERIOD_START), from.field(TRANSFER.PERIOD_END), from.field(TRANSFER.PERIOD_PRECISION),
                    from.field(TRANSFER.STATUS), from.field(TRANSFER.REVIEW_STATE), DSL.field(sameCategory).as("same_category"),
                    similarity.as("similarity"))
            .from(from)
            .where(from.field(TRANSFER.REVIEW_STATE).ne(ReviewState.RETRACTED.dbValue()))
            .and(alike);
    }

    /**
     * The item's head noun: the last word before any "of", "for", "and", comma or bracket ("shells" in "152 mm shells
     * of several types and rockets"), in lower case and singular ("shell"), if it is a word of four letters or more.
     */
    static @org.jspecify.annotations.Nullable String headNoun(String item) {
        var head = item.toLowerCase(java.util.Locale.ROOT).split("\\s+(of|for|from|to|with|and|or)\\s+|[,;(]", 2)[0];
        var words = head.strip().split("[^a-z]+");
        if (words.length == 0) {
            return null;
        }
        var last = words[words.length - 1];
        var singular = last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y"
                : last.endsWith("s") && !last.endsWith("ss") ? last.substring(0, last.length() - 1) : last;
        return singular.length() >= 4 ? singular : null;
    }

}
