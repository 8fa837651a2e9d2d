package org.transferwatch.sanctions;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.transferwatch.db.Tables.SANCTIONS_INSTRUMENT;
import static org.transferwatch.db.Tables.SANCTIONS_ISSUER;
import static org.transferwatch.db.Tables.SANCTIONS_LINK;
import static org.transferwatch.db.Tables.SANCTIONS_PROVISION;
import static org.transferwatch.db.Tables.SANCTIONS_PROVISION_CATEGORY;
import static org.transferwatch.db.Tables.SANCTIONS_PROVISION_SCOPE;
import static org.transferwatch.db.Tables.SANCTIONS_REGIME;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;

@Repository
class SanctionsRepository {

    private final DSLContext dsl;

    SanctionsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Provisions whose scope covers the transfer: it targets the supplier (for exports) or the recipient
     * (for imports), covers the transfer's kind, and either lists no categories or lists the transfer's.
     */
    List<Provision> matching(TransferScope scope) {
        var p = SANCTIONS_PROVISION;
        var s = SANCTIONS_PROVISION_SCOPE;
        var pair = exists(selectOne().from(s)
            .where(s.PROVISION_ID.eq(p.ID), s.SUPPLIER_CODE.isNull().or(s.SUPPLIER_CODE.eq(scope.supplierCode())),
                    s.RECIPIENT_CODE.isNull().or(s.RECIPIENT_CODE.eq(scope.recipientCode()))));
        var kind = val(scope.kind()).eq(any(p.KINDS));
        var anyCategory = notExists(selectOne().from(SANCTIONS_PROVISION_CATEGORY)
            .where(SANCTIONS_PROVISION_CATEGORY.PROVISION_ID.eq(p.ID)));
        var category = scope.categoryCode() == null ? anyCategory
                : anyCategory.or(exists(selectOne().from(SANCTIONS_PROVISION_CATEGORY)
                    .where(SANCTIONS_PROVISION_CATEGORY.PROVISION_ID.eq(p.ID),
                            SANCTIONS_PROVISION_CATEGORY.CATEGORY_CODE.eq(scope.categoryCode()))));
        return provisions().where(pair, kind, category).orderBy(issuerRank(), SANCTIONS_INSTRUMENT.ADOPTED_ON, p.ID)
            .fetch(this::toProvision);
    }

    List<Provision> findAllProvisions() {
        return provisions().orderBy(issuerRank(), SANCTIONS_INSTRUMENT.ADOPTED_ON, SANCTIONS_PROVISION.ID)
            .fetch(this::toProvision);
    }

    List<String> findIssuerCodes() {
        return dsl.select(SANCTIONS_ISSUER.CODE).from(SANCTIONS_ISSUER)
            .orderBy(SANCTIONS_ISSUER.CODE)
            .fetch(SANCTIONS_ISSUER.CODE);
    }

    /** UN measures bind every state, so they come first; then the US, the EU and the UK. */
    private static Field<Integer> issuerRank() {
        return DSL.when(SANCTIONS_INSTRUMENT.ISSUER_CODE.eq("UNSC"), DSL.inline(0))
            .when(SANCTIONS_INSTRUMENT.ISSUER_CODE.eq("US"), DSL.inline(1))
            .when(SANCTIONS_INSTRUMENT.ISSUER_CODE.eq("EU"), DSL.inline(2))
            .when(SANCTIONS_INSTRUMENT.ISSUER_CODE.eq("UK"), DSL.inline(3))
            .else_(DSL.inline(4));
    }

    Optional<Provision> findProvision(long id) {
        return provisions().where(SANCTIONS_PROVISION.ID.eq(id)).fetchOptional(this::toProvision);
    }

    List<SanctionsLink> linksFor(long transferId) {
        return dsl.select(SANCTIONS_LINK.ID, SANCTIONS_LINK.TRANSFER_ID, SANCTIONS_LINK.DECISION, SANCTIONS_LINK.NOTE,
                    SANCTIONS_LINK.VERSION, SANCTIONS_PROVISION.ID, SANCTIONS_INSTRUMENT.ISSUER_CODE,
                    SANCTIONS_INSTRUMENT.SHORT_TITLE, SANCTIONS_PROVISION.PARAGRAPH, SANCTIONS_PROVISION.SUMMARY,
                    SANCTIONS_PROVISION.URL, SANCTIONS_PROVISION.CITATION_VERIFIED)
            .from(SANCTIONS_LINK)
            .join(SANCTIONS_PROVISION).on(SANCTIONS_PROVISION.ID.eq(SANCTIONS_LINK.PROVISION_ID))
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID))
            .where(SANCTIONS_LINK.TRANSFER_ID.eq(transferId))
            .orderBy(issuerRank(), SANCTIONS_INSTRUMENT.ADOPTED_ON, SANCTIONS_PROVISION.ID)
            .fetch(r -> new SanctionsLink(r.get(SANCTIONS_LINK.ID), r.get(SANCTIONS_LINK.TRANSFER_ID), toProvision(r),
                    SanctionsLink.Decision.valueOf(r.get(SANCTIONS_LINK.DECISION).toUpperCase(Locale.ROOT)),
                    r.get(SANCTIONS_LINK.NOTE), r.get(SANCTIONS_LINK.VERSION)));
    }

    Optional<Long> findLink(long transferId, long provisionId) {
        return dsl.select(SANCTIONS_LINK.ID).from(SANCTIONS_LINK)
            .where(SANCTIONS_LINK.TRANSFER_ID.eq(transferId), SANCTIONS_LINK.PROVISION_ID.eq(provisionId))
            .fetchOptional(SANCTIONS_LINK.ID);
    }

    long insertLink(long transferId, long provisionId, SanctionsLink.Decision decision, @Nullable String note,
            long userId) {
        return dsl.insertInto(SANCTIONS_LINK)
            .set(SANCTIONS_LINK.TRANSFER_ID, transferId)
            .set(SANCTIONS_LINK.PROVISION_ID, provisionId)
            .set(SANCTIONS_LINK.DECISION, decision.name().toLowerCase(Locale.ROOT))
            .set(SANCTIONS_LINK.NOTE, note)
            .set(SANCTIONS_LINK.CREATED_BY, userId)
            .set(SANCTIONS_LINK.UPDATED_BY, userId)
            .returning(SANCTIONS_LINK.ID)
            .fetchSingle(SANCTIONS_LINK.ID);
    }

    JSONB snapshotLink(long id) {
        return RowSnapshots.of(dsl, SANCTIONS_LINK, SANCTIONS_LINK.ID, id);
    }

    List<ProvisionCount> confirmedProvisionCounts(Select<Record1<Long>> transferIds) {
        var transfers = DSL.countDistinct(SANCTIONS_LINK.TRANSFER_ID);
        return dsl.select(SANCTIONS_PROVISION.ID, SANCTIONS_INSTRUMENT.ISSUER_CODE, SANCTIONS_INSTRUMENT.SHORT_TITLE,
                    SANCTIONS_PROVISION.PARAGRAPH, SANCTIONS_PROVISION.SUMMARY, SANCTIONS_PROVISION.URL,
                    SANCTIONS_PROVISION.CITATION_VERIFIED, transfers)
            .from(SANCTIONS_LINK)
            .join(SANCTIONS_PROVISION).on(SANCTIONS_PROVISION.ID.eq(SANCTIONS_LINK.PROVISION_ID))
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID))
            .where(SANCTIONS_LINK.DECISION.eq("confirmed"), SANCTIONS_LINK.TRANSFER_ID.in(transferIds))
            .groupBy(SANCTIONS_PROVISION.ID, SANCTIONS_INSTRUMENT.ISSUER_CODE, SANCTIONS_INSTRUMENT.SHORT_TITLE,
                    SANCTIONS_PROVISION.PARAGRAPH, SANCTIONS_PROVISION.SUMMARY, SANCTIONS_PROVISION.URL,
                    SANCTIONS_PROVISION.CITATION_VERIFIED, SANCTIONS_INSTRUMENT.ADOPTED_ON)
            .orderBy(transfers.desc(), issuerRank(), SANCTIONS_INSTRUMENT.ADOPTED_ON)
            .fetch(r -> new ProvisionCount(toProvision(r), r.get(transfers)));
    }

    static Condition hasConfirmedLink(Field<Long> transferId) {
        return exists(selectOne().from(SANCTIONS_LINK)
            .where(SANCTIONS_LINK.TRANSFER_ID.eq(transferId), SANCTIONS_LINK.DECISION.eq("confirmed")));
    }

    static Condition hasConfirmedLinkFromIssuer(String issuerCode, Field<Long> transferId) {
        return exists(selectOne().from(SANCTIONS_LINK)
            .join(SANCTIONS_PROVISION).on(SANCTIONS_PROVISION.ID.eq(SANCTIONS_LINK.PROVISION_ID))
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID))
            .where(SANCTIONS_LINK.TRANSFER_ID.eq(transferId), SANCTIONS_LINK.DECISION.eq("confirmed"),
                    SANCTIONS_INSTRUMENT.ISSUER_CODE.eq(issuerCode)));
    }

    private SelectOnConditionStep<Record> provisions() {
        return dsl.select(List.<SelectFieldOrAsterisk>of(SANCTIONS_PROVISION.ID,
                    SANCTIONS_INSTRUMENT.ISSUER_CODE, SANCTIONS_INSTRUMENT.SHORT_TITLE, SANCTIONS_PROVISION.PARAGRAPH,
                    SANCTIONS_PROVISION.SUMMARY, SANCTIONS_PROVISION.URL, SANCTIONS_PROVISION.CITATION_VERIFIED))
            .from(SANCTIONS_PROVISION)
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID));
    }

    private Provision toProvision(Record r) {
        return new Provision(r.get(SANCTIONS_PROVISION.ID), r.get(SANCTIONS_INSTRUMENT.ISSUER_CODE),
                r.get(SANCTIONS_INSTRUMENT.SHORT_TITLE), r.get(SANCTIONS_PROVISION.PARAGRAPH),
                r.get(SANCTIONS_PROVISION.SUMMARY), r.get(SANCTIONS_PROVISION.URL),
                r.get(SANCTIONS_PROVISION.CITATION_VERIFIED));
    }

    List<Regime> findRegimes() {
        return dsl.select(SANCTIONS_REGIME.CODE, SANCTIONS_REGIME.ISSUER_CODE, SANCTIONS_REGIME.NAME)
            .from(SANCTIONS_REGIME)
            .orderBy(SANCTIONS_REGIME.CODE)
            .fetch(r -> new Regime(r.value1(), r.value2(), r.value3()));
    }

    List<Provision> findProvisionsOfRegime(String regimeCode) {
        return provisions().where(SANCTIONS_INSTRUMENT.REGIME_CODE.eq(regimeCode))
            .orderBy(issuerRank(), SANCTIONS_INSTRUMENT.ADOPTED_ON, SANCTIONS_PROVISION.ID)
            .fetch(this::toProvision);
    }

}
