package org.transferwatch.source;

import static org.jooq.impl.DSL.field;
import static org.transferwatch.db.Tables.SOURCE;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class SourceRepository {

    private final DSLContext dsl;

    SourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    static Field<String> titleOf(Field<Long> sourceId) {
        return DSL.field(DSL.select(SOURCE.TITLE).from(SOURCE).where(SOURCE.ID.eq(sourceId)));
    }

    static Field<String> urlOf(Field<Long> sourceId) {
        return DSL.field(DSL.select(SOURCE.URL).from(SOURCE).where(SOURCE.ID.eq(sourceId)));
    }

    Optional<Source> findById(long id) {
        return dsl.selectFrom(SOURCE).where(SOURCE.ID.eq(id)).fetchOptional(this::toSource);
    }

    List<Source> findByIds(Collection<Long> ids) {
        return dsl.selectFrom(SOURCE).where(SOURCE.ID.in(ids)).fetch(this::toSource);
    }

    /** Sources whose title, publisher or URL contain every word of the text, newest first. */
    List<Source> search(String text, int limit) {
        var condition = DSL.noCondition();
        for (var word : text.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            var pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(DSL.lower(SOURCE.TITLE).like(pattern, '\\')
                .or(DSL.lower(SOURCE.PUBLISHER).like(pattern, '\\'))
                .or(DSL.lower(SOURCE.URL).like(pattern, '\\')));
        }
        return dsl.selectFrom(SOURCE)
            .where(condition)
            .orderBy(SOURCE.PUBLISHED_ON.desc().nullsLast(), SOURCE.ID.desc())
            .limit(limit)
            .fetch(this::toSource);
    }

    Optional<Source> findByTitle(String title) {
        return dsl.selectFrom(SOURCE)
            .where(DSL.lower(SOURCE.TITLE).eq(title.strip().toLowerCase(java.util.Locale.ROOT)))
            .orderBy(SOURCE.ID)
            .limit(1)
            .fetchOptional(this::toSource);
    }

    Optional<Source> findDuplicate(@Nullable String normalisedUrl, @Nullable String contentHash) {
        var byUrl = normalisedUrl == null ? null
                : dsl.selectFrom(SOURCE).where(SOURCE.NORMALISED_URL.eq(normalisedUrl)).fetchOptional(this::toSource);
        if (byUrl != null && byUrl.isPresent()) {
            return byUrl;
        }
        return contentHash == null ? Optional.empty()
                : dsl.selectFrom(SOURCE).where(SOURCE.CONTENT_HASH.eq(contentHash)).orderBy(SOURCE.ID).limit(1)
                    .fetchOptional(this::toSource);
    }

    long insert(NewSource source, @Nullable String normalisedUrl, @Nullable String contentHash, long userId) {
        return dsl.insertInto(SOURCE)
            .set(SOURCE.KIND, source.kind().dbValue())
            .set(SOURCE.TITLE, source.title().strip())
            .set(SOURCE.PUBLISHER, blankToNull(source.publisher()))
            .set(SOURCE.AUTHOR, blankToNull(source.author()))
            .set(SOURCE.URL, normalisedUrl == null ? null : source.url().strip())
            .set(SOURCE.NORMALISED_URL, normalisedUrl)
            .set(SOURCE.PUBLISHED_ON, source.publishedOn())
            .set(SOURCE.LANGUAGE, blankToNull(source.language()))
            .set(SOURCE.CONTENT, blankToNull(source.content()))
            .set(SOURCE.CONTENT_HASH, contentHash)
            .set(SOURCE.CREATED_BY, userId)
            .set(SOURCE.UPDATED_BY, userId)
            .returning(SOURCE.ID)
            .fetchSingle(SOURCE.ID);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    JSONB snapshot(long id) {
        return dsl.select(field("to_jsonb({0}) - 'content'", JSONB.class, DSL.name("snapshot")))
            .from(SOURCE.as("snapshot"))
            .where(SOURCE.as("snapshot").ID.eq(id))
            .fetchSingle()
            .value1();
    }

    private Source toSource(Record r) {
        return new Source(r.get(SOURCE.ID), SourceKind.fromDb(r.get(SOURCE.KIND)), r.get(SOURCE.TITLE),
                r.get(SOURCE.PUBLISHER), r.get(SOURCE.AUTHOR), r.get(SOURCE.URL), r.get(SOURCE.PUBLISHED_ON),
                r.get(SOURCE.LANGUAGE), r.get(SOURCE.CONTENT));
    }

}
