package org.transferwatch.transfer;

import static org.transferwatch.db.Tables.APP_USER;
import static org.transferwatch.db.Tables.AUDIT_EVENT;
import static org.transferwatch.db.Tables.DESIGNATION;
import static org.transferwatch.db.Tables.PARTY;
import static org.transferwatch.db.Tables.PARTY_DESIGNATION_MATCH;
import static org.transferwatch.db.Tables.PARTY_NAME;
import static org.transferwatch.db.Tables.PLACE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.transferwatch.party.PartyKind;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parties, places and designation matches written straight into the database, as the party and place features
 * would: the transfer's tests need them, not those features' rules. Names end in "(test)" so that they never
 * meet the gazetteer the app ships.
 */
public final class PartsFixture {

    private final DSLContext dsl;

    private final SourceService sources;

    public PartsFixture(DSLContext dsl, SourceService sources) {
        this.dsl = dsl;
        this.sources = sources;
    }

    public long party(PartyKind kind, String name, @Nullable String countryCode) {
        var analyst = userId("analyst");
        var id = dsl.insertInto(PARTY)
            .set(PARTY.KIND, kind.dbValue())
            .set(PARTY.NAME, name)
            .set(PARTY.COUNTRY_CODE, countryCode)
            .set(PARTY.CREATED_BY, analyst)
            .set(PARTY.UPDATED_BY, analyst)
            .returning(PARTY.ID)
            .fetchSingle(PARTY.ID);
        dsl.insertInto(PARTY_NAME).set(PARTY_NAME.PARTY_ID, id).set(PARTY_NAME.POSITION, 0).set(PARTY_NAME.NAME, name)
            .execute();
        return id;
    }

    public long vessel(String name) {
        return party(PartyKind.VESSEL, name, "RUS");
    }

    public long company(String name) {
        return party(PartyKind.COMPANY, name, "PRK");
    }

    public long place(String name, PlaceKind kind, String countryCode) {
        return dsl.insertInto(PLACE)
            .set(PLACE.NAME, name + " (test)")
            .set(PLACE.KIND, kind.dbValue())
            .set(PLACE.COUNTRY_CODE, countryCode)
            .set(PLACE.LATITUDE, new BigDecimal("42.24"))
            .set(PLACE.LONGITUDE, new BigDecimal("130.30"))
            .set(PLACE.COORDINATE_SOURCE, "test")
            .set(PLACE.COORDINATE_LICENCE, "test")
            .returning(PLACE.ID)
            .fetchSingle(PLACE.ID);
    }

    public long port(String name) {
        return place(name, PlaceKind.PORT, "PRK");
    }

    /** The UN designation with the reference, as the shipped list loads it ("KPe.058"). */
    public long designation(String reference) {
        return dsl.select(DESIGNATION.ID).from(DESIGNATION).where(DESIGNATION.REFERENCE.eq(reference))
            .fetchSingle(DESIGNATION.ID);
    }

    /** An analyst's decision that the party is the designation ({@code confirmed}) or may be ({@code possible}). */
    public void match(long partyId, String reference, String state) {
        var possible = state.equals("possible");
        dsl.insertInto(PARTY_DESIGNATION_MATCH)
            .set(PARTY_DESIGNATION_MATCH.PARTY_ID, partyId)
            .set(PARTY_DESIGNATION_MATCH.DESIGNATION_ID, designation(reference))
            .set(PARTY_DESIGNATION_MATCH.BASIS, "name")
            .set(PARTY_DESIGNATION_MATCH.SCORE, new BigDecimal("0.9"))
            .set(PARTY_DESIGNATION_MATCH.MATCHED_NAME, "test")
            .set(PARTY_DESIGNATION_MATCH.STATE, state)
            .set(PARTY_DESIGNATION_MATCH.DECIDED_BY, possible ? null : userId("analyst"))
            .set(PARTY_DESIGNATION_MATCH.DECIDED_AT, possible ? null : OffsetDateTime.now())
            .execute();
    }

    public long source(String title) {
        return TestData.as(Role.ANALYST, () -> sources.add(new NewSource(SourceKind.MONITORING_REPORT, title, "MSMT", null,
                null, LocalDate.of(2025, 5, 29), "en", null)).source().id());
    }

    public static NewClaim claim(long sourceId, String quote) {
        return new NewClaim(sourceId, quote, Stance.SUPPORTS, AdmiraltyGrade.parse("B2"));
    }

    /** The audit events of an entity: action, before and after, oldest first. */
    public List<AuditRow> audit(String entityType, long entityId) {
        return dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.TRANSFER_ID, AUDIT_EVENT.BEFORE, AUDIT_EVENT.AFTER)
            .from(AUDIT_EVENT)
            .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType), AUDIT_EVENT.ENTITY_ID.eq(Long.toString(entityId)))
            .orderBy(AUDIT_EVENT.ID)
            .fetch(r -> new AuditRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record AuditRow(String action, @Nullable Long transferId, @Nullable JSONB before, @Nullable JSONB after) {

        @Nullable String before(String column) {
            return value(before, column);
        }

        @Nullable String after(String column) {
            return value(after, column);
        }

        private static @Nullable String value(@Nullable JSONB snapshot, String column) {
            if (snapshot == null) {
                return null;
            }
            var node = JSON.readTree(snapshot.data()).get(column);
            return node == null || node.isNull() ? null : node.asString();
        }

    }

    private long userId(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.ID);
    }

}
