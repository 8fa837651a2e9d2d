package org.transferwatch.sanctions;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.cardinality;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.transferwatch.db.Tables.SANCTIONS_INSTRUMENT;
import static org.transferwatch.db.Tables.SANCTIONS_ISSUER;
import static org.transferwatch.db.Tables.SANCTIONS_ISSUER_JURISDICTION;
import static org.transferwatch.db.Tables.SANCTIONS_LINK;
import static org.transferwatch.db.Tables.SANCTIONS_PROVISION;
import static org.transferwatch.db.Tables.SANCTIONS_PROVISION_CATEGORY;
import static org.transferwatch.db.Tables.SANCTIONS_PROVISION_SCOPE;
import static org.transferwatch.db.Tables.SANCTIONS_REGIME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
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
import org.transferwatch.db.Routines;

@Repository
class SanctionsRepository {

    /**
     * Whether a provision is retired, by staff retiring it or its instrument or issuer, over a query that joins
     * the three: the one definition for every list of provisions.
     */
    static final Field<Boolean> RETIRED = DSL.field(SANCTIONS_PROVISION.RETIRED_AT.isNotNull()
        .or(SANCTIONS_INSTRUMENT.RETIRED_AT.isNotNull()).or(SANCTIONS_ISSUER.RETIRED_AT.isNotNull())).as("retired");

    /** A provision's conduct: it prohibits (or caps) the goods, or empowers its issuer to designate persons. */
    private static final String PROHIBITION = "prohibition";

    private static final String DESIGNATION = "designation";

    private final DSLContext dsl;

    SanctionsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Provisions whose scope covers the transfer (see {@link #covers}), each with what made it fit, for
     * ranking.
     */
    List<ScopeFit> fits(TransferScope scope) {
        var t = scope.fields();
        var fit = new FitFields(t);
        return provisions(fit.selected())
            .where(covers(t))
            .fetch(fit::toFit);
    }

    /**
     * {@link #fits} of many transfers in one statement: their scopes as a VALUES table joined to the provisions,
     * under the same condition. By transfer id; a transfer no provision fits has no entry.
     */
    Map<Long, List<ScopeFit>> fitsAll(Map<Long, TransferScope> scopes) {
        if (scopes.isEmpty()) {
            return Map.of();
        }
        var rows = scopes.entrySet().stream().map(entry -> {
            var scope = entry.getValue();
            return DSL.row(DSL.val(entry.getKey()), DSL.val(scope.supplierCode()), DSL.val(scope.recipientCode()),
                    DSL.val(scope.kind()), DSL.val(scope.categoryCode(), String.class), DSL.val(scope.goods()),
                    DSL.val(scope.periodStart(), LocalDate.class), DSL.val(scope.periodEnd(), LocalDate.class));
        }).toList();
        var table = DSL.values(rows.toArray(org.jooq.Row8[]::new)).as("scope", "transfer_id", "supplier_code",
                "recipient_code", "kind", "category_code", "goods", "period_start", "period_end");
        var transferId = table.field("transfer_id", Long.class);
        var t = new TransferScope.Fields(table.field("supplier_code", String.class), table.field("recipient_code", String.class),
                table.field("kind", String.class), table.field("category_code", String.class), table.field("goods", String.class),
                table.field("period_start", LocalDate.class), table.field("period_end", LocalDate.class));
        var fit = new FitFields(t);
        var selected = new ArrayList<SelectFieldOrAsterisk>(List.of(fit.selected()));
        selected.add(transferId);
        var fits = new LinkedHashMap<Long, List<ScopeFit>>();
        provisions(selected.toArray(SelectFieldOrAsterisk[]::new))
            .crossJoin(table)
            .where(covers(t))
            .orderBy(transferId, SANCTIONS_PROVISION.ID)
            .forEach(r -> fits.computeIfAbsent(r.get(transferId), id -> new ArrayList<>()).add(fit.toFit(r)));
        return fits;
    }

    /** What made a provision fit a scope, as SQL over the scope's fields, and the fit read back from a row. */
    private final class FitFields {

        private final Field<String> term;

        private final Field<Boolean> categoryListed;

        private final Field<Boolean> pairNamed;

        private final Field<Boolean> exportSide;

        private final Field<Boolean> supplierBound;

        FitFields(TransferScope.Fields t) {
            var p = SANCTIONS_PROVISION;
            var s = SANCTIONS_PROVISION_SCOPE;
            var j = SANCTIONS_ISSUER_JURISDICTION;
            term = Routines.sanctionsGoodsTerm(t.goods(), p.GOODS_TERMS);
            categoryListed = DSL.field(categoryListed(t));
            pairNamed = DSL.field(exists(selectOne().from(s).where(s.PROVISION_ID.eq(p.ID),
                    s.SUPPLIER_CODE.eq(t.supplierCode()), s.RECIPIENT_CODE.eq(t.recipientCode()))));
            exportSide = DSL.field(exists(selectOne().from(s).where(s.PROVISION_ID.eq(p.ID),
                    s.SUPPLIER_CODE.eq(t.supplierCode()), s.RECIPIENT_CODE.isNull())));
            supplierBound = DSL.field(exists(selectOne().from(j).where(j.ISSUER_CODE.eq(SANCTIONS_INSTRUMENT.ISSUER_CODE),
                    j.COUNTRY_CODE.eq(t.supplierCode()))));
        }

        SelectFieldOrAsterisk[] selected() {
            var p = SANCTIONS_PROVISION;
            return new SelectFieldOrAsterisk[] { term, categoryListed, pairNamed, exportSide, supplierBound,
                SANCTIONS_ISSUER.NAME, p.BINDS, p.APPLIES_FROM, p.APPLIES_UNTIL, SANCTIONS_INSTRUMENT.ADOPTED_ON };
        }

        ScopeFit toFit(Record r) {
            var p = SANCTIONS_PROVISION;
            return new ScopeFit(toProvision(r), r.get(term), r.get(categoryListed), r.get(pairNamed), r.get(exportSide),
                    r.get(supplierBound), r.get(SANCTIONS_ISSUER.NAME), "all_states".equals(r.get(p.BINDS)),
                    r.get(p.APPLIES_FROM), r.get(p.APPLIES_UNTIL), r.get(SANCTIONS_INSTRUMENT.ADOPTED_ON),
                    issuerRank(r.get(SANCTIONS_INSTRUMENT.ISSUER_CODE)));
        }

    }

    /**
     * The one definition of "the provision's scope covers the transfer", over a query that joins the provision
     * to its instrument and issuer: none of them is retired; it prohibits conduct (a designation power needs a
     * designated person, not goods); one of its scope rows names the transfer's supplier, recipient or both;
     * it binds every state, or the issuer's jurisdiction holds the supplier or the recipient; it covers the
     * kind; its goods fit (if it names goods, the item names one; otherwise its categories, if any, hold the
     * transfer's); and it was in force for some of the transfer's period, where that is known.
     */
    static Condition covers(TransferScope.Fields t) {
        var p = SANCTIONS_PROVISION;
        var s = SANCTIONS_PROVISION_SCOPE;
        var pair = exists(selectOne().from(s).where(s.PROVISION_ID.eq(p.ID),
                s.SUPPLIER_CODE.isNull().or(s.SUPPLIER_CODE.eq(t.supplierCode())),
                s.RECIPIENT_CODE.isNull().or(s.RECIPIENT_CODE.eq(t.recipientCode()))));
        var namesGoods = cardinality(p.GOODS_TERMS).gt(0);
        var goods = namesGoods.and(Routines.sanctionsGoodsTerm(t.goods(), p.GOODS_TERMS).isNotNull())
            .or(namesGoods.not().and(noCategories().or(categoryListed(t))));
        return active().and(p.CONDUCT.eq(PROHIBITION)).and(pair).and(binds(t)).and(t.kind().eq(any(p.KINDS)))
            .and(goods).and(inForce(t));
    }

    /** Neither the provision nor its instrument nor its issuer is retired. */
    private static Condition active() {
        return SANCTIONS_PROVISION.RETIRED_AT.isNull().and(SANCTIONS_INSTRUMENT.RETIRED_AT.isNull())
            .and(SANCTIONS_ISSUER.RETIRED_AT.isNull());
    }

    /** It binds every state, or the issuer's jurisdiction holds the supplier or the recipient. */
    private static Condition binds(TransferScope.Fields t) {
        var j = SANCTIONS_ISSUER_JURISDICTION;
        return SANCTIONS_PROVISION.BINDS.eq("all_states").or(exists(selectOne().from(j)
            .where(j.ISSUER_CODE.eq(SANCTIONS_INSTRUMENT.ISSUER_CODE), j.COUNTRY_CODE.in(t.supplierCode(), t.recipientCode()))));
    }

    /** It was in force for some of the transfer's period, where that is known. */
    private static Condition inForce(TransferScope.Fields t) {
        var p = SANCTIONS_PROVISION;
        return t.periodStart().isNull().or(t.periodEnd().ge(p.APPLIES_FROM)
            .and(p.APPLIES_UNTIL.isNull().or(t.periodStart().le(p.APPLIES_UNTIL))));
    }

    /**
     * The transfers a designation power may concern: if the provision is an active designation power of a regime,
     * binding the transfer's states and in force for some of its period, those for which {@code designatedUnder}
     * holds of the provision's regime; otherwise none.
     */
    Condition designationPowerApplies(long provisionId, TransferScope.Fields t,
            Function<String, Condition> designatedUnder) {
        var regime = provisions(SANCTIONS_INSTRUMENT.REGIME_CODE).where(SANCTIONS_PROVISION.ID.eq(provisionId)).and(active())
            .and(SANCTIONS_PROVISION.CONDUCT.eq(DESIGNATION))
            .fetchOptional(SANCTIONS_INSTRUMENT.REGIME_CODE);
        if (regime.isEmpty() || regime.get() == null) {
            return DSL.falseCondition();
        }
        return designatedUnder.apply(regime.get()).and(exists(selectOne().from(SANCTIONS_PROVISION)
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID))
            .where(SANCTIONS_PROVISION.ID.eq(provisionId), binds(t), inForce(t))));
    }

    /**
     * The regime's designation powers (asset freezes, blocking) that a transfer may breach once a person the
     * regime designates takes part in it: not retired, binding the transfer's states as {@link #covers} says,
     * and in force for some of its period. Their scope rows, kinds and goods are the listing criteria, not
     * conditions on the transfer, so they are not checked.
     */
    List<Provision> findDesignationPowers(String regimeCode, TransferScope scope) {
        var t = scope.fields();
        return provisions().where(SANCTIONS_INSTRUMENT.REGIME_CODE.eq(regimeCode))
            .and(active()).and(SANCTIONS_PROVISION.CONDUCT.eq(DESIGNATION)).and(binds(t)).and(inForce(t))
            .orderBy(issuerRank(), SANCTIONS_INSTRUMENT.ADOPTED_ON, SANCTIONS_PROVISION.ID)
            .fetch(this::toProvision);
    }

    /**
     * {@link #covers} for one provision, led by its states and kinds as plain conditions on the transfer's
     * columns, so that a transfers query can use its pair indexes rather than test every transfer.
     */
    Condition coveredBy(long provisionId, TransferScope.Fields t) {
        var s = SANCTIONS_PROVISION_SCOPE;
        var rows = dsl.select(s.SUPPLIER_CODE, s.RECIPIENT_CODE).from(s).where(s.PROVISION_ID.eq(provisionId)).fetch();
        var kinds = dsl.select(SANCTIONS_PROVISION.KINDS).from(SANCTIONS_PROVISION)
            .where(SANCTIONS_PROVISION.ID.eq(provisionId)).fetchOptional(SANCTIONS_PROVISION.KINDS);
        if (rows.isEmpty() || kinds.isEmpty()) {
            return DSL.falseCondition();
        }
        var states = DSL.or(rows.map(row -> (row.value1() == null ? DSL.noCondition() : t.supplierCode().eq(row.value1()))
            .and(row.value2() == null ? DSL.noCondition() : t.recipientCode().eq(row.value2()))));
        return states.and(t.kind().in(kinds.get())).and(exists(selectOne().from(SANCTIONS_PROVISION)
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID))
            .join(SANCTIONS_ISSUER).on(SANCTIONS_ISSUER.CODE.eq(SANCTIONS_INSTRUMENT.ISSUER_CODE))
            .where(SANCTIONS_PROVISION.ID.eq(provisionId), covers(t))));
    }

    private static Condition noCategories() {
        return notExists(selectOne().from(SANCTIONS_PROVISION_CATEGORY)
            .where(SANCTIONS_PROVISION_CATEGORY.PROVISION_ID.eq(SANCTIONS_PROVISION.ID)));
    }

    private static Condition categoryListed(TransferScope.Fields t) {
        return exists(selectOne().from(SANCTIONS_PROVISION_CATEGORY)
            .where(SANCTIONS_PROVISION_CATEGORY.PROVISION_ID.eq(SANCTIONS_PROVISION.ID),
                    SANCTIONS_PROVISION_CATEGORY.CATEGORY_CODE.eq(t.categoryCode())));
    }

    List<Provision> findActiveProvisions() {
        return provisions().where(SANCTIONS_PROVISION.RETIRED_AT.isNull(), SANCTIONS_INSTRUMENT.RETIRED_AT.isNull(),
                    SANCTIONS_ISSUER.RETIRED_AT.isNull())
            .orderBy(issuerRank(), SANCTIONS_INSTRUMENT.ADOPTED_ON, SANCTIONS_PROVISION.ID)
            .fetch(this::toProvision);
    }

    List<String> findIssuerCodes() {
        return dsl.select(SANCTIONS_ISSUER.CODE).from(SANCTIONS_ISSUER)
            .orderBy(SANCTIONS_ISSUER.CODE)
            .fetch(SANCTIONS_ISSUER.CODE);
    }

    /** UN measures bind every state, so they come first; then the US, the EU and the UK. */
    private static Field<Integer> issuerRank() {
        return issuerRank(SANCTIONS_INSTRUMENT.ISSUER_CODE);
    }

    static Field<Integer> issuerRank(Field<String> issuerCode) {
        return DSL.when(issuerCode.eq("UNSC"), DSL.inline(0))
            .when(issuerCode.eq("US"), DSL.inline(1))
            .when(issuerCode.eq("EU"), DSL.inline(2))
            .when(issuerCode.eq("UK"), DSL.inline(3))
            .else_(DSL.inline(4));
    }

    /** The same order as {@link #issuerRank()}, for rows already fetched. */
    static int issuerRank(String issuerCode) {
        return switch (issuerCode) {
            case "UNSC" -> 0;
            case "US" -> 1;
            case "EU" -> 2;
            case "UK" -> 3;
            default -> 4;
        };
    }

    Optional<Provision> findProvision(long id) {
        return provisions().where(SANCTIONS_PROVISION.ID.eq(id)).fetchOptional(this::toProvision);
    }

    static Select<Record2<Long, Long>> confirmedLinkKeys(Select<Record1<Long>> transferIds) {
        return DSL.select(SANCTIONS_LINK.TRANSFER_ID, SANCTIONS_LINK.PROVISION_ID).from(SANCTIONS_LINK)
            .where(SANCTIONS_LINK.TRANSFER_ID.in(transferIds), SANCTIONS_LINK.DECISION.eq("confirmed"));
    }

    List<SanctionsLink> confirmedLinksFor(Select<Record1<Long>> transferIds) {
        return dsl.select(SANCTIONS_LINK.ID, SANCTIONS_LINK.TRANSFER_ID, SANCTIONS_LINK.DECISION, SANCTIONS_LINK.NOTE,
                    SANCTIONS_LINK.VERSION, SANCTIONS_PROVISION.ID, SANCTIONS_INSTRUMENT.ISSUER_CODE,
                    SANCTIONS_INSTRUMENT.SHORT_TITLE, SANCTIONS_PROVISION.PARAGRAPH, SANCTIONS_PROVISION.SUMMARY,
                    SANCTIONS_PROVISION.URL, SANCTIONS_PROVISION.CITATION_VERIFIED, RETIRED)
            .from(SANCTIONS_LINK)
            .join(SANCTIONS_PROVISION).on(SANCTIONS_PROVISION.ID.eq(SANCTIONS_LINK.PROVISION_ID))
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID))
            .join(SANCTIONS_ISSUER).on(SANCTIONS_ISSUER.CODE.eq(SANCTIONS_INSTRUMENT.ISSUER_CODE))
            .where(SANCTIONS_LINK.DECISION.eq("confirmed"), SANCTIONS_LINK.TRANSFER_ID.in(transferIds))
            .orderBy(issuerRank(), SANCTIONS_INSTRUMENT.ADOPTED_ON, SANCTIONS_PROVISION.ID, SANCTIONS_LINK.TRANSFER_ID)
            .fetch(r -> new SanctionsLink(r.get(SANCTIONS_LINK.ID), r.get(SANCTIONS_LINK.TRANSFER_ID), toProvision(r),
                    SanctionsLink.Decision.CONFIRMED, r.get(SANCTIONS_LINK.NOTE), r.get(SANCTIONS_LINK.VERSION)));
    }

    List<SanctionsLink> linksFor(long transferId) {
        return linksAll(List.of(transferId)).getOrDefault(transferId, List.of());
    }

    /** {@link #linksFor} of many transfers in one statement, by transfer id, each in the same order. */
    Map<Long, List<SanctionsLink>> linksAll(Collection<Long> transferIds) {
        var links = new LinkedHashMap<Long, List<SanctionsLink>>();
        dsl.select(SANCTIONS_LINK.ID, SANCTIONS_LINK.TRANSFER_ID, SANCTIONS_LINK.DECISION, SANCTIONS_LINK.NOTE,
                    SANCTIONS_LINK.VERSION, SANCTIONS_PROVISION.ID, SANCTIONS_INSTRUMENT.ISSUER_CODE,
                    SANCTIONS_INSTRUMENT.SHORT_TITLE, SANCTIONS_PROVISION.PARAGRAPH, SANCTIONS_PROVISION.SUMMARY,
                    SANCTIONS_PROVISION.URL, SANCTIONS_PROVISION.CITATION_VERIFIED, RETIRED)
            .from(SANCTIONS_LINK)
            .join(SANCTIONS_PROVISION).on(SANCTIONS_PROVISION.ID.eq(SANCTIONS_LINK.PROVISION_ID))
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID))
            .join(SANCTIONS_ISSUER).on(SANCTIONS_ISSUER.CODE.eq(SANCTIONS_INSTRUMENT.ISSUER_CODE))
            .where(SANCTIONS_LINK.TRANSFER_ID.in(transferIds))
            .orderBy(SANCTIONS_LINK.TRANSFER_ID, issuerRank(), SANCTIONS_INSTRUMENT.ADOPTED_ON, SANCTIONS_PROVISION.ID)
            .forEach(r -> links.computeIfAbsent(r.get(SANCTIONS_LINK.TRANSFER_ID), id -> new ArrayList<>())
                .add(new SanctionsLink(r.get(SANCTIONS_LINK.ID), r.get(SANCTIONS_LINK.TRANSFER_ID), toProvision(r),
                        SanctionsLink.Decision.valueOf(r.get(SANCTIONS_LINK.DECISION).toUpperCase(Locale.ROOT)),
                        r.get(SANCTIONS_LINK.NOTE), r.get(SANCTIONS_LINK.VERSION))));
        return links;
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

    /**
     * Moves the decisions of one transfer to another, except on provisions the other has a decision on already:
     * those stay. Returns the ids of the decisions moved.
     */
    List<Long> moveLinks(long fromTransferId, long toTransferId, long userId) {
        var there = SANCTIONS_LINK.as("there");
        return dsl.update(SANCTIONS_LINK)
            .set(SANCTIONS_LINK.TRANSFER_ID, toTransferId)
            .set(SANCTIONS_LINK.UPDATED_BY, userId)
            .set(SANCTIONS_LINK.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(SANCTIONS_LINK.VERSION, SANCTIONS_LINK.VERSION.plus(1))
            .where(SANCTIONS_LINK.TRANSFER_ID.eq(fromTransferId))
            .andNotExists(DSL.selectOne().from(there)
                .where(there.TRANSFER_ID.eq(toTransferId), there.PROVISION_ID.eq(SANCTIONS_LINK.PROVISION_ID)))
            .returning(SANCTIONS_LINK.ID)
            .fetch(SANCTIONS_LINK.ID);
    }

    JSONB snapshotLink(long id) {
        return RowSnapshots.of(dsl, SANCTIONS_LINK, SANCTIONS_LINK.ID, id);
    }

    List<ProvisionCount> confirmedProvisionCounts(Select<Record1<Long>> transferIds) {
        var transfers = DSL.countDistinct(SANCTIONS_LINK.TRANSFER_ID);
        return dsl.select(SANCTIONS_PROVISION.ID, SANCTIONS_INSTRUMENT.ISSUER_CODE, SANCTIONS_INSTRUMENT.SHORT_TITLE,
                    SANCTIONS_PROVISION.PARAGRAPH, SANCTIONS_PROVISION.SUMMARY, SANCTIONS_PROVISION.URL,
                    SANCTIONS_PROVISION.CITATION_VERIFIED, RETIRED, transfers)
            .from(SANCTIONS_LINK)
            .join(SANCTIONS_PROVISION).on(SANCTIONS_PROVISION.ID.eq(SANCTIONS_LINK.PROVISION_ID))
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID))
            .join(SANCTIONS_ISSUER).on(SANCTIONS_ISSUER.CODE.eq(SANCTIONS_INSTRUMENT.ISSUER_CODE))
            .where(SANCTIONS_LINK.DECISION.eq("confirmed"), SANCTIONS_LINK.TRANSFER_ID.in(transferIds))
            .groupBy(SANCTIONS_PROVISION.ID, SANCTIONS_INSTRUMENT.ISSUER_CODE, SANCTIONS_INSTRUMENT.SHORT_TITLE,
                    SANCTIONS_PROVISION.PARAGRAPH, SANCTIONS_PROVISION.SUMMARY, SANCTIONS_PROVISION.URL,
                    SANCTIONS_PROVISION.CITATION_VERIFIED, SANCTIONS_PROVISION.RETIRED_AT, SANCTIONS_INSTRUMENT.RETIRED_AT,
                    SANCTIONS_ISSUER.RETIRED_AT, SANCTIONS_INSTRUMENT.ADOPTED_ON)
            .orderBy(transfers.desc(), issuerRank(), SANCTIONS_INSTRUMENT.ADOPTED_ON)
            .fetch(r -> new ProvisionCount(toProvision(r), r.get(transfers)));
    }

    static Condition hasConfirmedLink(Field<Long> transferId) {
        return exists(selectOne().from(SANCTIONS_LINK)
            .where(SANCTIONS_LINK.TRANSFER_ID.eq(transferId), SANCTIONS_LINK.DECISION.eq("confirmed")));
    }

    static Condition hasDecision(long provisionId, SanctionsLink.@Nullable Decision decision, Field<Long> transferId) {
        var link = SANCTIONS_LINK.TRANSFER_ID.eq(transferId).and(SANCTIONS_LINK.PROVISION_ID.eq(provisionId));
        if (decision != null) {
            link = link.and(SANCTIONS_LINK.DECISION.eq(decision.name().toLowerCase(Locale.ROOT)));
        }
        return exists(selectOne().from(SANCTIONS_LINK).where(link));
    }

    static Condition hasConfirmedLinkFromIssuer(String issuerCode, Field<Long> transferId) {
        return exists(selectOne().from(SANCTIONS_LINK)
            .join(SANCTIONS_PROVISION).on(SANCTIONS_PROVISION.ID.eq(SANCTIONS_LINK.PROVISION_ID))
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID))
            .where(SANCTIONS_LINK.TRANSFER_ID.eq(transferId), SANCTIONS_LINK.DECISION.eq("confirmed"),
                    SANCTIONS_INSTRUMENT.ISSUER_CODE.eq(issuerCode)));
    }

    private SelectOnConditionStep<Record> provisions(SelectFieldOrAsterisk... more) {
        var fields = new ArrayList<SelectFieldOrAsterisk>(List.of(SANCTIONS_PROVISION.ID,
                SANCTIONS_INSTRUMENT.ISSUER_CODE, SANCTIONS_INSTRUMENT.SHORT_TITLE, SANCTIONS_PROVISION.PARAGRAPH,
                SANCTIONS_PROVISION.SUMMARY, SANCTIONS_PROVISION.URL, SANCTIONS_PROVISION.CITATION_VERIFIED,
                RETIRED));
        fields.addAll(List.of(more));
        return dsl.select(fields)
            .from(SANCTIONS_PROVISION)
            .join(SANCTIONS_INSTRUMENT).on(SANCTIONS_INSTRUMENT.ID.eq(SANCTIONS_PROVISION.INSTRUMENT_ID))
            .join(SANCTIONS_ISSUER).on(SANCTIONS_ISSUER.CODE.eq(SANCTIONS_INSTRUMENT.ISSUER_CODE));
    }

    private Provision toProvision(Record r) {
        return new Provision(r.get(SANCTIONS_PROVISION.ID), r.get(SANCTIONS_INSTRUMENT.ISSUER_CODE),
                r.get(SANCTIONS_INSTRUMENT.SHORT_TITLE), r.get(SANCTIONS_PROVISION.PARAGRAPH),
                r.get(SANCTIONS_PROVISION.SUMMARY), r.get(SANCTIONS_PROVISION.URL),
                r.get(SANCTIONS_PROVISION.CITATION_VERIFIED), r.get(RETIRED));
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
