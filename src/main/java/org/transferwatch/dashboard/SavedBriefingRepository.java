package org.transferwatch.dashboard;

import static org.transferwatch.db.Tables.BRIEFING;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferFilterParameters;
import org.transferwatch.transfer.TransferKind;

/** The saved briefings: their scope, title, marking, key judgements and author. */
@Repository
class SavedBriefingRepository {

    private final DSLContext dsl;

    SavedBriefingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(BriefingRequest request, long userId) {
        var scope = request.scope();
        return dsl.insertInto(BRIEFING)
            .set(BRIEFING.TITLE, request.title())
            .set(BRIEFING.MARKING, request.marking())
            .set(BRIEFING.KEY_JUDGEMENTS, request.keyJudgements())
            .set(BRIEFING.COUNTRY_A, scope.aCode())
            .set(BRIEFING.COUNTRY_B, scope.bCode())
            .set(BRIEFING.DIRECTION, scope.direction().dbValue())
            .set(BRIEFING.PERIOD_FROM, scope.from())
            .set(BRIEFING.PERIOD_TO, scope.to())
            .set(BRIEFING.KINDS, scope.kinds().stream().sorted().map(TransferKind::dbValue).toArray(String[]::new))
            .set(BRIEFING.INCLUDE_DRAFTS, scope.includeDrafts())
            .set(BRIEFING.CRITERIA, criteria(scope.criteria()))
            .set(BRIEFING.CREATED_BY, userId)
            .returning(BRIEFING.ID)
            .fetchSingle(BRIEFING.ID);
    }

    /** The latest saved briefings first. */
    List<Stored> latest(int limit) {
        return dsl.select(BRIEFING.fields())
            .from(BRIEFING)
            .orderBy(BRIEFING.CREATED_AT.desc(), BRIEFING.ID.desc())
            .limit(limit)
            .fetch(SavedBriefingRepository::toSaved);
    }

    Optional<Stored> find(long id) {
        return dsl.select(BRIEFING.fields())
            .from(BRIEFING)
            .where(BRIEFING.ID.eq(id))
            .fetchOptional(SavedBriefingRepository::toSaved);
    }

    JSONB snapshot(long id) {
        return RowSnapshots.of(dsl, BRIEFING, BRIEFING.ID, id);
    }

    /** A saved briefing's row; its author is a user id, named by the security feature. */
    record Stored(long id, BriefingRequest request, long createdBy, java.time.OffsetDateTime createdAt) {
    }

    /** The list's criteria as its URL query ("status=delivered&q=shells"), the form a link to the list has. */
    static String criteria(TransferFilter criteria) {
        return TransferFilterParameters.toParameters(criteria).entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    static TransferFilter criteria(String query) {
        var parameters = new LinkedHashMap<String, List<String>>();
        for (var pair : query.split("&")) {
            var equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        List.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)));
            }
        }
        return TransferFilterParameters.parse(parameters).filter();
    }

    private static Stored toSaved(Record r) {
        var kinds = Arrays.stream(r.get(BRIEFING.KINDS)).map(kind -> TransferKind.fromDb(kind)).collect(Collectors.toSet());
        var scope = new BriefingScope(r.get(BRIEFING.COUNTRY_A), r.get(BRIEFING.COUNTRY_B),
                BriefingScope.Direction.fromDb(r.get(BRIEFING.DIRECTION)), r.get(BRIEFING.PERIOD_FROM),
                r.get(BRIEFING.PERIOD_TO), kinds, r.get(BRIEFING.INCLUDE_DRAFTS), criteria(r.get(BRIEFING.CRITERIA)));
        return new Stored(r.get(BRIEFING.ID), new BriefingRequest(scope, r.get(BRIEFING.TITLE),
                r.get(BRIEFING.MARKING), r.get(BRIEFING.KEY_JUDGEMENTS)), r.get(BRIEFING.CREATED_BY),
                r.get(BRIEFING.CREATED_AT));
    }

}
