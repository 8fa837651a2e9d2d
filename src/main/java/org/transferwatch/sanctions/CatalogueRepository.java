package org.transferwatch.sanctions;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.transferwatch.db.Tables.SANCTIONS_INSTRUMENT;
import static org.transferwatch.db.Tables.SANCTIONS_ISSUER;
import static org.transferwatch.db.Tables.SANCTIONS_ISSUER_JURISDICTION;
import static org.transferwatch.db.Tables.SANCTIONS_LINK;
import static org.transferwatch.db.Tables.SANCTIONS_PROVISION;
import static org.transferwatch.db.Tables.SANCTIONS_PROVISION_CATEGORY;
import static org.transferwatch.db.Tables.SANCTIONS_PROVISION_SCOPE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.DbEnum;
import org.transferwatch.base.RowSnapshots;
import org.transferwatch.base.SearchText;

/** The catalogue's issuers, instruments and provisions with their scope: read, written, retired. */
@Repository
class CatalogueRepository {

    private static final int MAX_LISTED = 500;

    private final DSLContext dsl;

    CatalogueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // Issuers

    List<Issuer> issuers() {
        var i = SANCTIONS_ISSUER;
        var jurisdiction = DSL.arrayAgg(SANCTIONS_ISSUER_JURISDICTION.COUNTRY_CODE)
            .orderBy(SANCTIONS_ISSUER_JURISDICTION.COUNTRY_CODE);
        var states = DSL.field(select(DSL.coalesce(jurisdiction, DSL.inline(new String[0])))
            .from(SANCTIONS_ISSUER_JURISDICTION).where(SANCTIONS_ISSUER_JURISDICTION.ISSUER_CODE.eq(i.CODE)));
        var instruments = DSL.field(selectCount().from(SANCTIONS_INSTRUMENT).where(SANCTIONS_INSTRUMENT.ISSUER_CODE.eq(i.CODE)));
        return dsl.select(i.CODE, i.NAME, states, instruments, i.RETIRED_AT, i.VERSION)
            .from(i)
            .orderBy(SanctionsRepository.issuerRank(i.CODE), i.CODE)
            .fetch(r -> new Issuer(r.get(i.CODE), r.get(i.NAME), Arrays.asList(r.get(states)), r.get(instruments),
                    r.get(i.RETIRED_AT) != null, r.get(i.VERSION)));
    }

    Optional<Issuer> issuer(String code) {
        return issuers().stream().filter(issuer -> issuer.code().equals(code)).findFirst();
    }

    void insertIssuer(IssuerDraft draft, long userId) {
        dsl.insertInto(SANCTIONS_ISSUER)
            .set(SANCTIONS_ISSUER.CODE, draft.code())
            .set(SANCTIONS_ISSUER.NAME, draft.name())
            .set(SANCTIONS_ISSUER.UPDATED_BY, userId)
            .set(SANCTIONS_ISSUER.UPDATED_AT, DSL.currentOffsetDateTime())
            .execute();
        replaceJurisdiction(draft.code(), draft.jurisdiction());
    }

    boolean updateIssuer(String code, IssuerDraft draft, int version, long userId) {
        var updated = dsl.update(SANCTIONS_ISSUER)
            .set(SANCTIONS_ISSUER.NAME, draft.name())
            .set(SANCTIONS_ISSUER.VERSION, SANCTIONS_ISSUER.VERSION.plus(1))
            .set(SANCTIONS_ISSUER.UPDATED_BY, userId)
            .set(SANCTIONS_ISSUER.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(SANCTIONS_ISSUER.CODE.eq(code), SANCTIONS_ISSUER.VERSION.eq(version))
            .execute() == 1;
        if (updated) {
            replaceJurisdiction(code, draft.jurisdiction());
        }
        return updated;
    }

    boolean retireIssuer(String code, boolean retired, int version, long userId) {
        return dsl.update(SANCTIONS_ISSUER)
            .set(SANCTIONS_ISSUER.RETIRED_AT, retired ? DSL.currentOffsetDateTime() : DSL.inline((OffsetDateTime) null))
            .set(SANCTIONS_ISSUER.VERSION, SANCTIONS_ISSUER.VERSION.plus(1))
            .set(SANCTIONS_ISSUER.UPDATED_BY, userId)
            .set(SANCTIONS_ISSUER.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(SANCTIONS_ISSUER.CODE.eq(code), SANCTIONS_ISSUER.VERSION.eq(version))
            .execute() == 1;
    }

    private void replaceJurisdiction(String code, List<String> states) {
        dsl.deleteFrom(SANCTIONS_ISSUER_JURISDICTION).where(SANCTIONS_ISSUER_JURISDICTION.ISSUER_CODE.eq(code)).execute();
        for (var state : states) {
            dsl.insertInto(SANCTIONS_ISSUER_JURISDICTION)
                .set(SANCTIONS_ISSUER_JURISDICTION.ISSUER_CODE, code)
                .set(SANCTIONS_ISSUER_JURISDICTION.COUNTRY_CODE, state)
                .execute();
        }
    }

    JSONB snapshotIssuer(String code) {
        // Plain SQL: to_jsonb of a row and jsonb_build_object are PostgreSQL's.
        return dsl.select(DSL.field("to_jsonb(i) || jsonb_build_object('jurisdiction', coalesce((select jsonb_agg("
                    + "j.country_code order by j.country_code) from sanctions_issuer_jurisdiction j where j.issuer_code"
                    + " = i.code), '[]'::jsonb))", JSONB.class))
            .from(DSL.table("sanctions_issuer i"))
            .where(DSL.field("i.code", String.class).eq(code))
            .fetchSingle().value1();
    }

    Changed changedIssuer(String code) {
        return dsl.select(SANCTIONS_ISSUER.UPDATED_BY, SANCTIONS_ISSUER.UPDATED_AT).from(SANCTIONS_ISSUER)
            .where(SANCTIONS_ISSUER.CODE.eq(code))
            .fetchOptional(r -> new Changed(r.value1(), r.value2()))
            .orElse(Changed.NOBODY);
    }

    // Instruments

    List<Instrument> instruments(@Nullable String issuerCode) {
        var condition = issuerCode == null ? DSL.noCondition() : SANCTIONS_INSTRUMENT.ISSUER_CODE.eq(issuerCode);
        return instrumentQuery(condition);
    }

    Optional<Instrument> instrument(long id) {
        return instrumentQuery(SANCTIONS_INSTRUMENT.ID.eq(id)).stream().findFirst();
    }

    private List<Instrument> instrumentQuery(Condition condition) {
        var n = SANCTIONS_INSTRUMENT;
        var provisions = DSL.field(selectCount().from(SANCTIONS_PROVISION).where(SANCTIONS_PROVISION.INSTRUMENT_ID.eq(n.ID)));
        return dsl.select(n.ID, n.ISSUER_CODE, SANCTIONS_ISSUER.NAME, n.SHORT_TITLE, n.TITLE, n.ADOPTED_ON, n.URL,
                    n.REGIME_CODE, provisions, n.RETIRED_AT, n.VERSION)
            .from(n)
            .join(SANCTIONS_ISSUER).on(SANCTIONS_ISSUER.CODE.eq(n.ISSUER_CODE))
            .where(condition)
            .orderBy(SanctionsRepository.issuerRank(n.ISSUER_CODE), n.ADOPTED_ON.desc().nullsLast(), n.SHORT_TITLE)
            .fetch(r -> new Instrument(r.get(n.ID), r.get(n.ISSUER_CODE), r.get(SANCTIONS_ISSUER.NAME),
                    r.get(n.SHORT_TITLE), r.get(n.TITLE), r.get(n.ADOPTED_ON), r.get(n.URL), r.get(n.REGIME_CODE),
                    r.get(provisions), r.get(n.RETIRED_AT) != null, r.get(n.VERSION)));
    }

    boolean shortTitleTaken(String shortTitle, @Nullable Long exceptId) {
        return dsl.fetchExists(SANCTIONS_INSTRUMENT, DSL.lower(SANCTIONS_INSTRUMENT.SHORT_TITLE).eq(shortTitle.toLowerCase(Locale.ROOT))
            .and(exceptId == null ? DSL.noCondition() : SANCTIONS_INSTRUMENT.ID.ne(exceptId)));
    }

    long insertInstrument(InstrumentDraft draft, long userId) {
        return dsl.insertInto(SANCTIONS_INSTRUMENT)
            .set(SANCTIONS_INSTRUMENT.ISSUER_CODE, draft.issuerCode())
            .set(SANCTIONS_INSTRUMENT.SHORT_TITLE, draft.shortTitle())
            .set(SANCTIONS_INSTRUMENT.TITLE, draft.title())
            .set(SANCTIONS_INSTRUMENT.ADOPTED_ON, draft.adoptedOn())
            .set(SANCTIONS_INSTRUMENT.URL, draft.url())
            .set(SANCTIONS_INSTRUMENT.REGIME_CODE, draft.regimeCode())
            .set(SANCTIONS_INSTRUMENT.UPDATED_BY, userId)
            .set(SANCTIONS_INSTRUMENT.UPDATED_AT, DSL.currentOffsetDateTime())
            .returning(SANCTIONS_INSTRUMENT.ID)
            .fetchSingle(SANCTIONS_INSTRUMENT.ID);
    }

    boolean updateInstrument(long id, InstrumentDraft draft, int version, long userId) {
        return dsl.update(SANCTIONS_INSTRUMENT)
            .set(SANCTIONS_INSTRUMENT.ISSUER_CODE, draft.issuerCode())
            .set(SANCTIONS_INSTRUMENT.SHORT_TITLE, draft.shortTitle())
            .set(SANCTIONS_INSTRUMENT.TITLE, draft.title())
            .set(SANCTIONS_INSTRUMENT.ADOPTED_ON, draft.adoptedOn())
            .set(SANCTIONS_INSTRUMENT.URL, draft.url())
            .set(SANCTIONS_INSTRUMENT.REGIME_CODE, draft.regimeCode())
            .set(SANCTIONS_INSTRUMENT.VERSION, SANCTIONS_INSTRUMENT.VERSION.plus(1))
            .set(SANCTIONS_INSTRUMENT.UPDATED_BY, userId)
            .set(SANCTIONS_INSTRUMENT.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(SANCTIONS_INSTRUMENT.ID.eq(id), SANCTIONS_INSTRUMENT.VERSION.eq(version))
            .execute() == 1;
    }

    boolean retireInstrument(long id, boolean retired, int version, long userId) {
        return dsl.update(SANCTIONS_INSTRUMENT)
            .set(SANCTIONS_INSTRUMENT.RETIRED_AT, retired ? DSL.currentOffsetDateTime() : DSL.inline((OffsetDateTime) null))
            .set(SANCTIONS_INSTRUMENT.VERSION, SANCTIONS_INSTRUMENT.VERSION.plus(1))
            .set(SANCTIONS_INSTRUMENT.UPDATED_BY, userId)
            .set(SANCTIONS_INSTRUMENT.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(SANCTIONS_INSTRUMENT.ID.eq(id), SANCTIONS_INSTRUMENT.VERSION.eq(version))
            .execute() == 1;
    }

    JSONB snapshotInstrument(long id) {
        return RowSnapshots.of(dsl, SANCTIONS_INSTRUMENT, SANCTIONS_INSTRUMENT.ID, id);
    }

    Changed changedInstrument(long id) {
        return dsl.select(SANCTIONS_INSTRUMENT.UPDATED_BY, SANCTIONS_INSTRUMENT.UPDATED_AT).from(SANCTIONS_INSTRUMENT)
            .where(SANCTIONS_INSTRUMENT.ID.eq(id))
            .fetchOptional(r -> new Changed(r.value1(), r.value2()))
            .orElse(Changed.NOBODY);
    }

    // Provisions

    List<ProvisionDetails> provisions(ProvisionQuery query) {
        var p = SANCTIONS_PROVISION;
        var conditions = new ArrayList<Condition>();
        if (query.text() != null && !query.text().isBlank()) {
            var citation = DSL.concat(SANCTIONS_INSTRUMENT.SHORT_TITLE, DSL.inline(" "), p.PARAGRAPH, DSL.inline(" "),
                    p.SUMMARY, DSL.inline(" "), DSL.coalesce(SANCTIONS_INSTRUMENT.TITLE, DSL.inline("")));
            for (var word : query.text().strip().split("\\s+")) {
                conditions.add(citation.likeIgnoreCase("%" + SearchText.likeLiteral(word) + "%", '\\'));
            }
        }
        if (query.issuerCode() != null) {
            conditions.add(SANCTIONS_INSTRUMENT.ISSUER_CODE.eq(query.issuerCode()));
        }
        if (query.stateCode() != null) {
            conditions.add(exists(selectOne().from(SANCTIONS_PROVISION_SCOPE)
                .where(SANCTIONS_PROVISION_SCOPE.PROVISION_ID.eq(p.ID), SANCTIONS_PROVISION_SCOPE.SUPPLIER_CODE
                    .eq(query.stateCode()).or(SANCTIONS_PROVISION_SCOPE.RECIPIENT_CODE.eq(query.stateCode())))));
        }
        if (query.kind() != null) {
            conditions.add(val(query.kind()).eq(any(p.KINDS)));
        }
        if (!query.includeRetired()) {
            conditions.add(p.RETIRED_AT.isNull().and(SANCTIONS_INSTRUMENT.RETIRED_AT.isNull())
                .and(SANCTIONS_ISSUER.RETIRED_AT.isNull()));
        }
        return details(DSL.and(conditions), MAX_LISTED);
    }

    List<ProvisionDetails> provisionsOf(long instrumentId) {
        return details(SANCTIONS_PROVISION.INSTRUMENT_ID.eq(instrumentId), MAX_LISTED);
    }

    Optional<ProvisionDetails> provision(long id) {
        return details(SANCTIONS_PROVISION.ID.eq(id), 1).stream().findFirst();
    }

    private List<ProvisionDetails> details(Condition condition, int limit) {
        var p = SANCTIONS_PROVISION;
        var s = SANCTIONS_PROVISION_SCOPE;
        var scope = multiset(select(s.SUPPLIER_CODE, s.RECIPIENT_CODE).from(s).where(s.PROVISION_ID.eq(p.ID))
            .orderBy(s.ID)).convertFrom(rows -> rows.map(r -> new ScopeRow(r.value1(), r.value2())));
        var categories = multiset(select(SANCTIONS_PROVISION_CATEGORY.CATEGORY_CODE).from(SANCTIONS_PROVISION_CATEGORY)
            .where(SANCTIONS_PROVISION_CATEGORY.PROVISION_ID.eq(p.ID)).orderBy(SANCTIONS_PROVISION_CATEGORY.CATEGORY_CODE))
            .convertFrom(rows -> rows.map(r -> r.value1()));
        var retired = SanctionsRepository.RETIRED;
        return dsl.select(p.ID, SANCTIONS_INSTRUMENT.ISSUER_CODE, SANCTIONS_INSTRUMENT.SHORT_TITLE, p.PARAGRAPH,
                    p.SUMMARY, p.URL, p.CITATION_VERIFIED, retired, p.INSTRUMENT_ID, SANCTIONS_ISSUER.NAME,
                    SANCTIONS_INSTRUMENT.TITLE, p.CONDUCT, p.BINDS, p.KINDS, categories, p.GOODS_TERMS, scope,
                    p.APPLIES_FROM, p.APPLIES_UNTIL, p.RETIRED_AT, p.VERSION)
            .from(p)
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(p.INSTRUMENT_ID))
            .join(SANCTIONS_ISSUER).on(SANCTIONS_ISSUER.CODE.eq(SANCTIONS_INSTRUMENT.ISSUER_CODE))
            .where(condition)
            .orderBy(SanctionsRepository.issuerRank(SANCTIONS_INSTRUMENT.ISSUER_CODE), SANCTIONS_INSTRUMENT.ADOPTED_ON,
                    SANCTIONS_INSTRUMENT.SHORT_TITLE, p.ID)
            .limit(limit)
            .fetch(r -> new ProvisionDetails(
                    new Provision(r.get(p.ID), r.get(SANCTIONS_INSTRUMENT.ISSUER_CODE), r.get(SANCTIONS_INSTRUMENT.SHORT_TITLE),
                            r.get(p.PARAGRAPH), r.get(p.SUMMARY), r.get(p.URL), r.get(p.CITATION_VERIFIED), r.get(retired)),
                    r.get(p.INSTRUMENT_ID), r.get(SANCTIONS_ISSUER.NAME), r.get(SANCTIONS_INSTRUMENT.TITLE),
                    DbEnum.fromDb(Conduct.class, r.get(p.CONDUCT)), DbEnum.fromDb(Binding.class, r.get(p.BINDS)),
                    Arrays.asList(r.get(p.KINDS)), r.get(categories), Arrays.asList(r.get(p.GOODS_TERMS)), r.get(scope),
                    r.get(p.APPLIES_FROM), r.get(p.APPLIES_UNTIL), r.get(p.RETIRED_AT), r.get(p.VERSION)));
    }

    boolean paragraphTaken(long instrumentId, String paragraph, @Nullable Long exceptId) {
        return dsl.fetchExists(SANCTIONS_PROVISION, SANCTIONS_PROVISION.INSTRUMENT_ID.eq(instrumentId)
            .and(DSL.lower(SANCTIONS_PROVISION.PARAGRAPH).eq(paragraph.toLowerCase(Locale.ROOT)))
            .and(exceptId == null ? DSL.noCondition() : SANCTIONS_PROVISION.ID.ne(exceptId)));
    }

    long insertProvision(ProvisionDraft draft, long userId) {
        var id = dsl.insertInto(SANCTIONS_PROVISION)
            .set(SANCTIONS_PROVISION.INSTRUMENT_ID, draft.instrumentId())
            .set(SANCTIONS_PROVISION.PARAGRAPH, draft.paragraph())
            .set(SANCTIONS_PROVISION.SUMMARY, draft.summary())
            .set(SANCTIONS_PROVISION.URL, draft.url())
            .set(SANCTIONS_PROVISION.CITATION_VERIFIED, draft.citationVerified())
            .set(SANCTIONS_PROVISION.CONDUCT, draft.conduct().dbValue())
            .set(SANCTIONS_PROVISION.BINDS, draft.binding().dbValue())
            .set(SANCTIONS_PROVISION.KINDS, draft.kinds().toArray(String[]::new))
            .set(SANCTIONS_PROVISION.GOODS_TERMS, draft.goodsTerms().toArray(String[]::new))
            .set(SANCTIONS_PROVISION.APPLIES_FROM, draft.appliesFrom())
            .set(SANCTIONS_PROVISION.APPLIES_UNTIL, draft.appliesUntil())
            .set(SANCTIONS_PROVISION.UPDATED_BY, userId)
            .set(SANCTIONS_PROVISION.UPDATED_AT, DSL.currentOffsetDateTime())
            .returning(SANCTIONS_PROVISION.ID)
            .fetchSingle(SANCTIONS_PROVISION.ID);
        replaceScope(id, draft);
        return id;
    }

    boolean updateProvision(long id, ProvisionDraft draft, int version, long userId) {
        var updated = dsl.update(SANCTIONS_PROVISION)
            .set(SANCTIONS_PROVISION.INSTRUMENT_ID, draft.instrumentId())
            .set(SANCTIONS_PROVISION.PARAGRAPH, draft.paragraph())
            .set(SANCTIONS_PROVISION.SUMMARY, draft.summary())
            .set(SANCTIONS_PROVISION.URL, draft.url())
            .set(SANCTIONS_PROVISION.CITATION_VERIFIED, draft.citationVerified())
            .set(SANCTIONS_PROVISION.CONDUCT, draft.conduct().dbValue())
            .set(SANCTIONS_PROVISION.BINDS, draft.binding().dbValue())
            .set(SANCTIONS_PROVISION.KINDS, draft.kinds().toArray(String[]::new))
            .set(SANCTIONS_PROVISION.GOODS_TERMS, draft.goodsTerms().toArray(String[]::new))
            .set(SANCTIONS_PROVISION.APPLIES_FROM, draft.appliesFrom())
            .set(SANCTIONS_PROVISION.APPLIES_UNTIL, draft.appliesUntil())
            .set(SANCTIONS_PROVISION.VERSION, SANCTIONS_PROVISION.VERSION.plus(1))
            .set(SANCTIONS_PROVISION.UPDATED_BY, userId)
            .set(SANCTIONS_PROVISION.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(SANCTIONS_PROVISION.ID.eq(id), SANCTIONS_PROVISION.VERSION.eq(version))
            .execute() == 1;
        if (updated) {
            replaceScope(id, draft);
        }
        return updated;
    }

    private void replaceScope(long id, ProvisionDraft draft) {
        dsl.deleteFrom(SANCTIONS_PROVISION_SCOPE).where(SANCTIONS_PROVISION_SCOPE.PROVISION_ID.eq(id)).execute();
        for (var row : draft.scope()) {
            dsl.insertInto(SANCTIONS_PROVISION_SCOPE)
                .set(SANCTIONS_PROVISION_SCOPE.PROVISION_ID, id)
                .set(SANCTIONS_PROVISION_SCOPE.SUPPLIER_CODE, row.supplierCode())
                .set(SANCTIONS_PROVISION_SCOPE.RECIPIENT_CODE, row.recipientCode())
                .execute();
        }
        dsl.deleteFrom(SANCTIONS_PROVISION_CATEGORY).where(SANCTIONS_PROVISION_CATEGORY.PROVISION_ID.eq(id)).execute();
        for (var code : draft.categoryCodes()) {
            dsl.insertInto(SANCTIONS_PROVISION_CATEGORY)
                .set(SANCTIONS_PROVISION_CATEGORY.PROVISION_ID, id)
                .set(SANCTIONS_PROVISION_CATEGORY.CATEGORY_CODE, code)
                .execute();
        }
    }

    boolean retireProvision(long id, boolean retired, int version, long userId) {
        return dsl.update(SANCTIONS_PROVISION)
            .set(SANCTIONS_PROVISION.RETIRED_AT, retired ? DSL.currentOffsetDateTime() : DSL.inline((OffsetDateTime) null))
            .set(SANCTIONS_PROVISION.VERSION, SANCTIONS_PROVISION.VERSION.plus(1))
            .set(SANCTIONS_PROVISION.UPDATED_BY, userId)
            .set(SANCTIONS_PROVISION.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(SANCTIONS_PROVISION.ID.eq(id), SANCTIONS_PROVISION.VERSION.eq(version))
            .execute() == 1;
    }

    void lockProvision(long id) {
        dsl.select(SANCTIONS_PROVISION.ID).from(SANCTIONS_PROVISION).where(SANCTIONS_PROVISION.ID.eq(id)).forUpdate().fetch();
    }

    int linkCount(long provisionId) {
        return dsl.fetchCount(SANCTIONS_LINK, SANCTIONS_LINK.PROVISION_ID.eq(provisionId));
    }

    boolean deleteProvision(long id, int version) {
        return dsl.deleteFrom(SANCTIONS_PROVISION)
            .where(SANCTIONS_PROVISION.ID.eq(id), SANCTIONS_PROVISION.VERSION.eq(version))
            .execute() == 1;
    }

    JSONB snapshotProvision(long id) {
        // Plain SQL: to_jsonb of a row and jsonb_agg are PostgreSQL's; the scope and categories go with the row.
        return dsl.select(DSL.field("to_jsonb(p) || jsonb_build_object("
                    + "'scope', coalesce((select jsonb_agg(jsonb_build_object('supplier', s.supplier_code, 'recipient',"
                    + " s.recipient_code) order by s.id) from sanctions_provision_scope s where s.provision_id = p.id),"
                    + " '[]'::jsonb), 'categories', coalesce((select jsonb_agg(c.category_code order by c.category_code)"
                    + " from sanctions_provision_category c where c.provision_id = p.id), '[]'::jsonb))", JSONB.class))
            .from(DSL.table("sanctions_provision p"))
            .where(DSL.field("p.id", Long.class).eq(id))
            .fetchSingle().value1();
    }

    Changed changedProvision(long id) {
        return dsl.select(SANCTIONS_PROVISION.UPDATED_BY, SANCTIONS_PROVISION.UPDATED_AT).from(SANCTIONS_PROVISION)
            .where(SANCTIONS_PROVISION.ID.eq(id))
            .fetchOptional(r -> new Changed(r.value1(), r.value2()))
            .orElse(Changed.NOBODY);
    }

    /** Who changed a catalogue row last, and when, for the sentence of a refused save. */
    record Changed(@Nullable Long by, @Nullable OffsetDateTime at) {

        static final Changed NOBODY = new Changed(null, null);

    }

}
