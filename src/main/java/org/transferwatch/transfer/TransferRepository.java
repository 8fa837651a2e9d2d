package org.transferwatch.transfer;

import static org.transferwatch.db.Tables.CLAIM_LINK;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.PARTY_CLAIM;
import static org.transferwatch.db.Tables.SHIPMENT;
import static org.transferwatch.db.Tables.SHIPMENT_CLAIM;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.exception.NoDataFoundException;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;
import org.transferwatch.db.tables.records.TransferRecord;
import org.transferwatch.sanctions.SanctionsLink;

/**
 * Stored transfers one at a time: find, insert, update over an expected version, change the review state, and
 * the snapshot the audit keeps of each version; and how a draft's fields map to a row, for the bulk import too.
 */
@Repository
public class TransferRepository {

    private final DSLContext dsl;

    TransferRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Transfer> findById(long id) {
        return dsl.selectFrom(TRANSFER).where(TRANSFER.ID.eq(id)).fetchOptional(TransferRepository::toTransfer);
    }

    /** Those of these transfers that meet the condition (a filter's, as the list builds it). */
    List<Long> idsAmong(org.jooq.Condition condition, java.util.Collection<Long> ids) {
        return dsl.select(TRANSFER.ID).from(TRANSFER).where(condition, TRANSFER.ID.in(ids)).fetch(TRANSFER.ID);
    }

    /** The stored transfers of these ids, in one statement. */
    List<Transfer> findByIds(java.util.Collection<Long> ids) {
        return dsl.selectFrom(TRANSFER).where(TRANSFER.ID.in(ids)).orderBy(TRANSFER.ID).fetch(TransferRepository::toTransfer);
    }

    /** "North Korea → Russia · artillery shells": the transfer's pair by name and its item. */
    String labelOf(long id) {
        var label = labelsOf(List.of(id)).get(id);
        if (label == null) {
            throw new NoDataFoundException("No transfer " + id);
        }
        return label;
    }

    /**
     * The transfer, locked against other changes until the transaction ends: a change that depends on its review
     * state (a correction of its evidence, a deletion, a merge) must not race a publication.
     */
    Optional<Transfer> lockById(long id) {
        return dsl.selectFrom(TRANSFER).where(TRANSFER.ID.eq(id)).forUpdate().fetchOptional(TransferRepository::toTransfer);
    }

    /** The transfer this one was merged into, if it was; whoever asks (the page and the API redirect). */
    Optional<Long> mergedInto(long id) {
        return dsl.select(TRANSFER.MERGED_INTO_ID).from(TRANSFER).where(TRANSFER.ID.eq(id))
            .fetchOptional(TRANSFER.MERGED_INTO_ID);
    }

    /** The transfers merged into this one, lowest number first. */
    List<Long> mergedFrom(long id) {
        return dsl.select(TRANSFER.ID).from(TRANSFER).where(TRANSFER.MERGED_INTO_ID.eq(id)).orderBy(TRANSFER.ID)
            .fetch(TRANSFER.ID);
    }

    /** Each of the transfers with its pair both ways round, "PRK/RUS" and "RUS/PRK": (transfer, pair). */
    static Select<Record2<Long, String>> pairsBothWays(Long[] transferIds) {
        return DSL.select(TRANSFER.ID, TRANSFER.SUPPLIER_CODE.concat(DSL.inline("/")).concat(TRANSFER.RECIPIENT_CODE))
            .from(TRANSFER).where(TRANSFER.ID.eq(DSL.any(transferIds)))
            .unionAll(DSL.select(TRANSFER.ID, TRANSFER.RECIPIENT_CODE.concat(DSL.inline("/")).concat(TRANSFER.SUPPLIER_CODE))
                .from(TRANSFER).where(TRANSFER.ID.eq(DSL.any(transferIds))));
    }

    /**
     * For each condition, the transfers among {@code among} that meet it, all conditions in one statement (a column
     * each) over the candidates read once.
     */
    List<Set<Long>> matchingEachAmong(List<Condition> conditions, Collection<Long> among) {
        var matched = new java.util.ArrayList<Set<Long>>();
        conditions.forEach(condition -> matched.add(new java.util.HashSet<>()));
        var fields = new java.util.ArrayList<org.jooq.SelectField<?>>();
        fields.add(TRANSFER.ID);
        conditions.forEach(condition -> fields.add(DSL.field(condition)));
        dsl.select(fields).from(TRANSFER)
            .where(TRANSFER.ID.eq(DSL.any(among.toArray(Long[]::new))))
            .forEach(row -> {
                for (int i = 0; i < conditions.size(); i++) {
                    if (Boolean.TRUE.equals(row.get(i + 1))) {
                        matched.get(i).add(row.get(TRANSFER.ID));
                    }
                }
            });
        return matched;
    }

    /** Each transfer's label ("North Korea → Russia · KN-23 missiles"), in one statement. */
    Map<Long, String> labelsOf(Collection<Long> ids) {
        var supplier = COUNTRY.as("supplier");
        var recipient = COUNTRY.as("recipient");
        return dsl.select(TRANSFER.ID, supplier.NAME, recipient.NAME, TRANSFER.ITEM)
            .from(TRANSFER)
            .join(supplier).on(supplier.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(recipient).on(recipient.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .where(TRANSFER.ID.eq(DSL.any(ids.toArray(Long[]::new))))
            .fetchMap(TRANSFER.ID, r -> r.value2() + " → " + r.value3() + " · " + r.value4());
    }

    Optional<Long> findIdByNaturalKey(String naturalKey) {
        return dsl.select(TRANSFER.ID).from(TRANSFER).where(TRANSFER.NATURAL_KEY.eq(naturalKey)).fetchOptional(TRANSFER.ID);
    }

    long insert(TransferDraft draft, @Nullable String naturalKey, long userId) {
        var record = dsl.newRecord(TRANSFER);
        apply(record, draft);
        record.setNaturalKey(naturalKey != null ? naturalKey : newNaturalKey());
        record.setCreatedBy(userId);
        record.setUpdatedBy(userId);
        return dsl.insertInto(TRANSFER).set(record).returning(TRANSFER.ID).fetchSingle(TRANSFER.ID);
    }

    /**
     * Saves the draft over version {@code expectedVersion}; returns false, changing nothing, when the row
     * is no longer at that version.
     */
    boolean update(long id, int expectedVersion, TransferDraft draft, long userId) {
        var record = dsl.newRecord(TRANSFER);
        apply(record, draft);
        record.setUpdatedBy(userId);
        record.setUpdatedAt(OffsetDateTime.now());
        record.setVersion(expectedVersion + 1);
        record.changed(TRANSFER.ID, false);
        record.changed(TRANSFER.SEARCH_DOCUMENT, false);
        record.changed(TRANSFER.REVIEW_STATE, false);
        record.changed(TRANSFER.CREATED_BY, false);
        record.changed(TRANSFER.CREATED_AT, false);
        record.changed(TRANSFER.NATURAL_KEY, false);
        return dsl.update(TRANSFER).set(record)
            .where(TRANSFER.ID.eq(id).and(TRANSFER.VERSION.eq(expectedVersion)))
            .execute() == 1;
    }

    boolean updateReviewState(long id, int expectedVersion, ReviewState state, @Nullable String note, long userId) {
        return dsl.update(TRANSFER)
            .set(TRANSFER.REVIEW_STATE, state.dbValue())
            .set(TRANSFER.REVIEW_NOTE, note)
            .set(TRANSFER.UPDATED_BY, userId)
            .set(TRANSFER.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(TRANSFER.VERSION, TRANSFER.VERSION.plus(1))
            .where(TRANSFER.ID.eq(id).and(TRANSFER.VERSION.eq(expectedVersion)))
            .execute() == 1;
    }

    /** Deletes the transfer at that version, its parts going with it; false, deleting nothing, at another version. */
    boolean delete(long id, int expectedVersion) {
        return dsl.deleteFrom(TRANSFER).where(TRANSFER.ID.eq(id).and(TRANSFER.VERSION.eq(expectedVersion))).execute() == 1;
    }

    /** Retracts the transfer as merged into the survivor, with the note shown on its page. */
    boolean retractAsMerged(long id, int expectedVersion, long survivorId, String note, long userId) {
        return dsl.update(TRANSFER)
            .set(TRANSFER.REVIEW_STATE, ReviewState.RETRACTED.dbValue())
            .set(TRANSFER.REVIEW_NOTE, note)
            .set(TRANSFER.MERGED_INTO_ID, survivorId)
            .set(TRANSFER.UPDATED_BY, userId)
            .set(TRANSFER.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(TRANSFER.VERSION, TRANSFER.VERSION.plus(1))
            .where(TRANSFER.ID.eq(id).and(TRANSFER.VERSION.eq(expectedVersion)))
            .execute() == 1;
    }

    /** The stored row as the audit keeps it, without its derived search document. */
    JSONB snapshot(long id) {
        return RowSnapshots.of(dsl, TRANSFER, TRANSFER.ID, id, "search_document");
    }

    /**
     * The transfer as the audit keeps it before a deletion: its row with its claims, parties and their claims,
     * shipments and their claims, and the sanctions decisions given (read by the sanctions feature).
     */
    JSONB snapshotWithParts(long id, List<SanctionsLink> decisions) {
        var decided = DSL.jsonbArray(decisions.stream()
            .map(link -> (Field<?>) DSL.jsonbObject(DSL.key("provision_id").value(link.provision().id()),
                    DSL.key("provision").value(link.provision().citation()),
                    DSL.key("decision").value(link.decision().name().toLowerCase(Locale.ROOT)),
                    DSL.key("note").value(link.note())))
            .toList());
        var row = TRANSFER.as("snapshot");
        // Plain SQL: jsonb's || merges the row's object with its parts'.
        return dsl.select(DSL.field("{0} || {1}", JSONB.class, RowSnapshots.ofRow(row, "search_document"),
                    DSL.jsonbObject(DSL.key("claims").value(partsOf(CLAIM_LINK, CLAIM_LINK.TRANSFER_ID.eq(id))),
                            DSL.key("parties").value(partsOf(TRANSFER_PARTY, TRANSFER_PARTY.TRANSFER_ID.eq(id))),
                            DSL.key("party_claims").value(partsOf(PARTY_CLAIM, PARTY_CLAIM.TRANSFER_PARTY_ID.in(
                                    DSL.select(TRANSFER_PARTY.ID).from(TRANSFER_PARTY).where(TRANSFER_PARTY.TRANSFER_ID.eq(id))))),
                            DSL.key("shipments").value(partsOf(SHIPMENT, SHIPMENT.TRANSFER_ID.eq(id))),
                            DSL.key("shipment_claims").value(partsOf(SHIPMENT_CLAIM, SHIPMENT_CLAIM.SHIPMENT_ID.in(
                                    DSL.select(SHIPMENT.ID).from(SHIPMENT).where(SHIPMENT.TRANSFER_ID.eq(id))))),
                            DSL.key("sanctions_decisions").value(decided))))
            .from(row)
            .where(row.ID.eq(id))
            .fetchSingle()
            .value1();
    }

    /** The rows of a part table that the condition selects, as a JSON array of snapshots ([] when there are none). */
    private static Field<JSONB> partsOf(Table<?> table, Condition which) {
        return DSL.field(DSL.select(DSL.coalesce(DSL.jsonbArrayAgg(RowSnapshots.ofRow(table)),
                DSL.inline(JSONB.valueOf("[]")))).from(table).where(which));
    }

    /** The editable columns, in the order a bulk import stages them. */
    public static final List<Field<?>> EDITABLE_COLUMNS = List.of(TRANSFER.SUPPLIER_CODE, TRANSFER.RECIPIENT_CODE,
            TRANSFER.KIND, TRANSFER.CATEGORY_CODE, TRANSFER.ITEM, TRANSFER.DESIGNATION, TRANSFER.QUANTITY_LOW,
            TRANSFER.QUANTITY_HIGH, TRANSFER.QUANTITY_UNIT, TRANSFER.QUANTITY_ESTIMATE, TRANSFER.VALUE_USD_ESTIMATE,
            TRANSFER.STATUS, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END, TRANSFER.PERIOD_PRECISION,
            TRANSFER.FIRST_REPORTED_ON, TRANSFER.ROUTE_NOTES, TRANSFER.NOTES, TRANSFER.CONFIDENCE);

    /** A new, unattached record holding the draft's fields as stored (texts stripped, blanks as null). */
    public static TransferRecord recordOf(TransferDraft draft) {
        var record = new TransferRecord();
        apply(record, draft);
        return record;
    }

    private static void apply(TransferRecord record, TransferDraft draft) {
        record.setSupplierCode(draft.supplierCode());
        record.setRecipientCode(draft.recipientCode());
        record.setKind(draft.kind() == null ? null : draft.kind().dbValue());
        record.setCategoryCode(draft.categoryCode());
        record.setItem(draft.item() == null ? null : draft.item().strip());
        record.setDesignation(blankToNull(draft.designation()));
        record.setQuantityLow(draft.quantity().low());
        record.setQuantityHigh(draft.quantity().high());
        record.setQuantityUnit(blankToNull(draft.quantity().unit()));
        record.setQuantityEstimate(draft.quantity().estimate());
        record.setValueUsdEstimate(draft.valueUsdEstimate());
        record.setStatus(draft.status() == null ? null : draft.status().dbValue());
        var period = draft.period();
        record.setPeriodStart(period == null ? null : period.start());
        record.setPeriodEnd(period == null ? null : period.end());
        record.setPeriodPrecision(period == null ? null : period.precision().dbValue());
        record.setFirstReportedOn(draft.firstReportedOn());
        record.setRouteNotes(blankToNull(draft.routeNotes()));
        record.setNotes(blankToNull(draft.notes()));
        record.setConfidence(draft.confidence() == null ? null : draft.confidence().dbValue());
    }

    private static Transfer toTransfer(TransferRecord r) {
        var period = r.getPeriodPrecision() == null ? null
                : new Period(r.getPeriodStart(), r.getPeriodEnd(), PeriodPrecision.fromDb(r.getPeriodPrecision()));
        var fields = new TransferDraft(r.getSupplierCode(), r.getRecipientCode(), TransferKind.fromDb(r.getKind()),
                r.getCategoryCode(), r.getItem(), r.getDesignation(),
                new Quantity(r.getQuantityLow(), r.getQuantityHigh(), r.getQuantityUnit(), r.getQuantityEstimate()),
                r.getValueUsdEstimate(), TransferStatus.fromDb(r.getStatus()), period, r.getFirstReportedOn(),
                r.getRouteNotes(), r.getNotes(), Confidence.fromDb(r.getConfidence()));
        return new Transfer(r.getId(), fields, ReviewState.fromDb(r.getReviewState()), r.getReviewNote(),
                r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion(), r.getMergedIntoId());
    }

    /** The key of a transfer entered by hand: random, so that it never collides with an import's key. */
    static String newNaturalKey() {
        return "tw:" + UUID.randomUUID();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
