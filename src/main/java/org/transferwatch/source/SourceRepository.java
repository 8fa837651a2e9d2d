package org.transferwatch.source;

import static org.jooq.impl.DSL.field;
import static org.transferwatch.db.Tables.SOURCE;

import java.util.Optional;

import org.jooq.DSLContext;
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

    Optional<Source> findById(long id) {
        return dsl.selectFrom(SOURCE).where(SOURCE.ID.eq(id)).fetchOptional(this::toSource);
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
            .set(SOURCE.PUBLISHER, source.publisher())
            .set(SOURCE.AUTHOR, source.author())
            .set(SOURCE.URL, normalisedUrl == null ? null : source.url().strip())
            .set(SOURCE.NORMALISED_URL, normalisedUrl)
            .set(SOURCE.PUBLISHED_ON, source.publishedOn())
            .set(SOURCE.LANGUAGE, source.language())
            .set(SOURCE.CONTENT, source.content())
            .set(SOURCE.CONTENT_HASH, contentHash)
            .set(SOURCE.CREATED_BY, userId)
            .set(SOURCE.UPDATED_BY, userId)
            .returning(SOURCE.ID)
            .fetchSingle(SOURCE.ID);
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
