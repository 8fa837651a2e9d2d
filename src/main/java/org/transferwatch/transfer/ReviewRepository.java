package org.transferwatch.transfer;

import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.REVIEW_REQUEST;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.db.Tables.TRANSFER_COMMENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;
import org.transferwatch.db.tables.Country;

/**
 * The review's tables: the comment thread of each transfer ({@code transfer_comment}) and the drafts submitted for
 * review ({@code review_request}), with the queues read from them.
 */
@Repository
class ReviewRepository {

    private static final Country SUPPLIER = COUNTRY.as("supplier");

    private static final Country RECIPIENT = COUNTRY.as("recipient");

    private final DSLContext dsl;

    ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertComment(long transferId, long authorId, String body, boolean sentBack) {
        return dsl.insertInto(TRANSFER_COMMENT)
            .set(TRANSFER_COMMENT.TRANSFER_ID, transferId)
            .set(TRANSFER_COMMENT.AUTHOR_ID, authorId)
            .set(TRANSFER_COMMENT.BODY, body)
            .set(TRANSFER_COMMENT.SENT_BACK, sentBack)
            .returning(TRANSFER_COMMENT.ID)
            .fetchSingle(TRANSFER_COMMENT.ID);
    }

    /** The transfer's comments, oldest first, with their authors' ids. */
    List<StoredComment> comments(long transferId) {
        return dsl.select(TRANSFER_COMMENT.ID, TRANSFER_COMMENT.AUTHOR_ID, TRANSFER_COMMENT.BODY,
                    TRANSFER_COMMENT.SENT_BACK, TRANSFER_COMMENT.CREATED_AT)
            .from(TRANSFER_COMMENT)
            .where(TRANSFER_COMMENT.TRANSFER_ID.eq(transferId))
            .orderBy(TRANSFER_COMMENT.ID)
            .fetch(r -> new StoredComment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    JSONB commentSnapshot(long commentId) {
        return RowSnapshots.of(dsl, TRANSFER_COMMENT, TRANSFER_COMMENT.ID, commentId);
    }

    Optional<StoredRequest> request(long transferId) {
        return dsl.select(requestFields())
            .from(REVIEW_REQUEST)
            .leftJoin(TRANSFER_COMMENT).on(TRANSFER_COMMENT.ID.eq(REVIEW_REQUEST.RETURN_COMMENT_ID))
            .where(REVIEW_REQUEST.TRANSFER_ID.eq(transferId))
            .fetchOptional(ReviewRepository::toRequest);
    }

    /** The request of the transfer as the audit keeps it; JSON null when there is none. */
    JSONB requestSnapshot(long transferId) {
        return RowSnapshots.of(dsl, REVIEW_REQUEST, REVIEW_REQUEST.TRANSFER_ID, transferId);
    }

    /** Submits the draft, or submits it again after it was returned: it joins the queue at the back. */
    void submit(long transferId, long userId, OffsetDateTime at) {
        dsl.insertInto(REVIEW_REQUEST)
            .set(REVIEW_REQUEST.TRANSFER_ID, transferId)
            .set(REVIEW_REQUEST.STATE, ReviewRequestState.SUBMITTED.dbValue())
            .set(REVIEW_REQUEST.SUBMITTED_BY, userId)
            .set(REVIEW_REQUEST.SUBMITTED_AT, at)
            .onConflict(REVIEW_REQUEST.TRANSFER_ID)
            .doUpdate()
            .set(REVIEW_REQUEST.STATE, ReviewRequestState.SUBMITTED.dbValue())
            .set(REVIEW_REQUEST.SUBMITTED_BY, userId)
            .set(REVIEW_REQUEST.SUBMITTED_AT, at)
            .setNull(REVIEW_REQUEST.RETURNED_BY)
            .setNull(REVIEW_REQUEST.RETURNED_AT)
            .setNull(REVIEW_REQUEST.RETURN_COMMENT_ID)
            .execute();
    }

    /** Returns a submitted draft with the comment; false, changing nothing, when it is not waiting for review. */
    boolean sendBack(long transferId, long reviewerId, long commentId, OffsetDateTime at) {
        return dsl.update(REVIEW_REQUEST)
            .set(REVIEW_REQUEST.STATE, ReviewRequestState.RETURNED.dbValue())
            .set(REVIEW_REQUEST.RETURNED_BY, reviewerId)
            .set(REVIEW_REQUEST.RETURNED_AT, at)
            .set(REVIEW_REQUEST.RETURN_COMMENT_ID, commentId)
            .where(REVIEW_REQUEST.TRANSFER_ID.eq(transferId)
                .and(REVIEW_REQUEST.STATE.eq(ReviewRequestState.SUBMITTED.dbValue())))
            .execute() == 1;
    }

    /** Ends the transfer's request, if it has one: it was published or retracted. */
    boolean end(long transferId) {
        return dsl.deleteFrom(REVIEW_REQUEST).where(REVIEW_REQUEST.TRANSFER_ID.eq(transferId)).execute() == 1;
    }

    /** The drafts waiting for a reviewer, oldest submission first (the queue's partial index). */
    List<StoredQueueItem> submitted(int offset, int limit) {
        return queueQuery()
            .where(waiting())
            .orderBy(REVIEW_REQUEST.SUBMITTED_AT, REVIEW_REQUEST.TRANSFER_ID)
            .offset(offset)
            .limit(limit)
            .fetch(ReviewRepository::toQueueItem);
    }

    int submittedCount() {
        return dsl.fetchCount(dsl.selectOne().from(REVIEW_REQUEST).join(TRANSFER).on(TRANSFER.ID.eq(REVIEW_REQUEST.TRANSFER_ID))
            .where(waiting()));
    }

    /** The user's drafts (created or submitted by them) that have a request in this state, oldest request first. */
    List<StoredQueueItem> ownRequests(long userId, ReviewRequestState state, int limit) {
        return queueQuery()
            .where(ownRequest(userId, state))
            .orderBy(state == ReviewRequestState.RETURNED ? REVIEW_REQUEST.RETURNED_AT.desc() : REVIEW_REQUEST.SUBMITTED_AT.asc(),
                    REVIEW_REQUEST.TRANSFER_ID)
            .limit(limit)
            .fetch(ReviewRepository::toQueueItem);
    }

    int ownRequestCount(long userId, ReviewRequestState state) {
        return dsl.fetchCount(dsl.selectOne().from(REVIEW_REQUEST).join(TRANSFER).on(TRANSFER.ID.eq(REVIEW_REQUEST.TRANSFER_ID))
            .where(ownRequest(userId, state)));
    }

    /** The user's drafts that no one submitted yet, newest first (the drafts-by-creator index). */
    List<StoredQueueItem> ownDraftsInProgress(long userId, int limit) {
        return dsl.select(TRANSFER.ID, SUPPLIER.NAME, RECIPIENT.NAME, TRANSFER.ITEM, TRANSFER.CREATED_BY,
                    TRANSFER.UPDATED_AT)
            .from(TRANSFER)
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .where(TRANSFER.CREATED_BY.eq(userId).and(TRANSFER.REVIEW_STATE.eq(ReviewState.DRAFT.dbValue())))
            .andNotExists(DSL.selectOne().from(REVIEW_REQUEST).where(REVIEW_REQUEST.TRANSFER_ID.eq(TRANSFER.ID)))
            .orderBy(TRANSFER.ID.desc())
            .limit(limit)
            .fetch(r -> new StoredQueueItem(r.value1(), r.value2() + " → " + r.value3(), r.value4(), r.value5(),
                    r.value6(), null, null, null));
    }

    private SelectOnConditionStep<? extends Record> queueQuery() {
        return dsl.select(TRANSFER.ID, SUPPLIER.NAME, RECIPIENT.NAME, TRANSFER.ITEM, REVIEW_REQUEST.SUBMITTED_BY,
                    REVIEW_REQUEST.SUBMITTED_AT, REVIEW_REQUEST.RETURNED_BY, REVIEW_REQUEST.RETURNED_AT,
                    TRANSFER_COMMENT.BODY)
            .from(REVIEW_REQUEST)
            .join(TRANSFER).on(TRANSFER.ID.eq(REVIEW_REQUEST.TRANSFER_ID))
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .leftJoin(TRANSFER_COMMENT).on(TRANSFER_COMMENT.ID.eq(REVIEW_REQUEST.RETURN_COMMENT_ID));
    }

    /** Submitted and still a draft: a request outlives no publication, but a reviewer may retract a draft. */
    private static Condition waiting() {
        return REVIEW_REQUEST.STATE.eq(ReviewRequestState.SUBMITTED.dbValue())
            .and(TRANSFER.REVIEW_STATE.eq(ReviewState.DRAFT.dbValue()));
    }

    private static Condition ownRequest(long userId, ReviewRequestState state) {
        return REVIEW_REQUEST.STATE.eq(state.dbValue())
            .and(TRANSFER.REVIEW_STATE.eq(ReviewState.DRAFT.dbValue()))
            .and(TRANSFER.CREATED_BY.eq(userId).or(REVIEW_REQUEST.SUBMITTED_BY.eq(userId)));
    }

    private static List<SelectField<?>> requestFields() {
        return List.of(REVIEW_REQUEST.STATE, REVIEW_REQUEST.SUBMITTED_BY, REVIEW_REQUEST.SUBMITTED_AT,
                REVIEW_REQUEST.RETURNED_BY, REVIEW_REQUEST.RETURNED_AT, TRANSFER_COMMENT.BODY);
    }

    private static StoredRequest toRequest(Record r) {
        return new StoredRequest(ReviewRequestState.fromDb(r.get(REVIEW_REQUEST.STATE)), r.get(REVIEW_REQUEST.SUBMITTED_BY),
                r.get(REVIEW_REQUEST.SUBMITTED_AT), r.get(REVIEW_REQUEST.RETURNED_BY), r.get(REVIEW_REQUEST.RETURNED_AT),
                r.get(TRANSFER_COMMENT.BODY));
    }

    private static StoredQueueItem toQueueItem(Record r) {
        return new StoredQueueItem(r.get(TRANSFER.ID), r.get(SUPPLIER.NAME) + " → " + r.get(RECIPIENT.NAME),
                r.get(TRANSFER.ITEM), r.get(REVIEW_REQUEST.SUBMITTED_BY), r.get(REVIEW_REQUEST.SUBMITTED_AT),
                r.get(REVIEW_REQUEST.RETURNED_BY), r.get(REVIEW_REQUEST.RETURNED_AT), r.get(TRANSFER_COMMENT.BODY));
    }

    record StoredComment(long id, long authorId, String body, boolean sentBack, OffsetDateTime createdAt) {
    }

    record StoredRequest(ReviewRequestState state, long submittedBy, OffsetDateTime submittedAt,
            @Nullable Long returnedBy, @Nullable OffsetDateTime returnedAt,
            @Nullable String returnComment) {
    }

    /** For a draft in progress: who created it and when it last changed, in place of the submission. */
    record StoredQueueItem(long transferId, String pairLabel, String item, long submittedBy,
            OffsetDateTime submittedAt, @Nullable Long returnedBy,
            @Nullable OffsetDateTime returnedAt,
            @Nullable String returnComment) {
    }

}
