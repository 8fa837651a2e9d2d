package org.transferwatch.source;

import static org.transferwatch.db.Tables.SOURCE;
import static org.transferwatch.db.Tables.SOURCE_CAPTURE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.db.tables.records.SourceCaptureRecord;
import org.transferwatch.base.RowSnapshots;
import org.transferwatch.base.SearchText;

@Repository
class SourceRepository {

    private final DSLContext dsl;

    SourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    static Table<Record3<Long, String, String>> titlesAndUrls(String alias) {
        return DSL.select(SOURCE.ID, SOURCE.TITLE, SOURCE.URL).from(SOURCE).asTable(alias);
    }

    Optional<Source> findById(long id) {
        return dsl.selectFrom(SOURCE).where(SOURCE.ID.eq(id)).fetchOptional(this::toSource);
    }

    List<Source> findByIds(Collection<Long> ids) {
        return dsl.selectFrom(SOURCE).where(SOURCE.ID.in(ids)).fetch(this::toSource);
    }

    /** Sources whose title, publisher or URL contain every word of the text, newest first. */
    List<Source> search(String text, int limit) {
        return dsl.selectFrom(SOURCE)
            .where(matching(text, false))
            .orderBy(SOURCE.PUBLISHED_ON.desc().nullsLast(), SOURCE.ID.desc())
            .limit(limit)
            .fetch(this::toSource);
    }

    Optional<Source> findByTitle(String title) {
        return dsl.selectFrom(SOURCE)
            .where(DSL.lower(SOURCE.TITLE).eq(title.strip().toLowerCase(Locale.ROOT)))
            .orderBy(SOURCE.ID)
            .limit(1)
            .fetchOptional(this::toSource);
    }

    /**
     * Every word of the text in the title, publisher or URL (and, for the library's search, the author),
     * case-insensitively and with LIKE's wildcards escaped: one condition for a page and its count.
     */
    static Condition matching(String text, boolean withAuthor) {
        var condition = DSL.noCondition();
        if (text.isBlank()) {
            return condition;
        }
        for (var word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            var pattern = "%" + SearchText.likeLiteral(word) + "%";
            var anyField = DSL.lower(SOURCE.TITLE).like(pattern, '\\')
                .or(DSL.lower(SOURCE.PUBLISHER).like(pattern, '\\'))
                .or(DSL.lower(SOURCE.URL).like(pattern, '\\'));
            if (withAuthor) {
                anyField = anyField.or(DSL.lower(SOURCE.AUTHOR).like(pattern, '\\'));
            }
            condition = condition.and(anyField);
        }
        return condition;
    }

    /** One page of the library, without the sources' texts. */
    List<SourceSummary> page(String text, SourceSort sort, int offset, int limit) {
        return dsl.select(SOURCE.ID, SOURCE.KIND, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.AUTHOR, SOURCE.URL,
                    SOURCE.PUBLISHED_ON, SOURCE.LANGUAGE, SOURCE.CONTENT.isNotNull())
            .from(SOURCE)
            .where(matching(text, true))
            .orderBy(order(sort))
            .offset(offset)
            .limit(limit)
            .fetch(r -> new SourceSummary(r.value1(), SourceKind.fromDb(r.value2()), r.value3(), r.value4(), r.value5(),
                    r.value6(), r.value7(), r.value8(), r.value9()));
    }

    int count(String text) {
        return dsl.fetchCount(SOURCE, matching(text, true));
    }

    private static List<SortField<?>> order(SourceSort sort) {
        var order = new ArrayList<SortField<?>>();
        switch (sort) {
            case NEWEST -> order.add(SOURCE.PUBLISHED_ON.desc().nullsLast());
            case OLDEST -> order.add(SOURCE.PUBLISHED_ON.asc().nullsLast());
            case TITLE -> order.add(DSL.lower(SOURCE.TITLE).asc());
            case TITLE_DESC -> order.add(DSL.lower(SOURCE.TITLE).desc());
            case PUBLISHER -> order.add(DSL.lower(SOURCE.PUBLISHER).asc().nullsLast());
            case PUBLISHER_DESC -> order.add(DSL.lower(SOURCE.PUBLISHER).desc().nullsLast());
        }
        order.add(SOURCE.ID.desc());
        return order;
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

    /** A capture as stored, with the id of the user who captured it. */
    record StoredCapture(long id, int number, String text, String sha256, OffsetDateTime capturedAt, long capturedBy) {
    }

    /** Records the text as captured, numbered after the source's earlier captures. */
    StoredCapture insertCapture(long sourceId, String text, long userId) {
        var next = dsl.select(DSL.coalesce(DSL.max(SOURCE_CAPTURE.CAPTURE_NUMBER), 0).plus(1))
            .from(SOURCE_CAPTURE)
            .where(SOURCE_CAPTURE.SOURCE_ID.eq(sourceId))
            .fetchSingle(0, Integer.class);
        return dsl.insertInto(SOURCE_CAPTURE)
            .set(SOURCE_CAPTURE.SOURCE_ID, sourceId)
            .set(SOURCE_CAPTURE.CAPTURE_NUMBER, next)
            .set(SOURCE_CAPTURE.TEXT, text)
            .set(SOURCE_CAPTURE.SHA256, SourceText.sha256(text))
            .set(SOURCE_CAPTURE.NORMALISED_SHA256, SourceText.contentHash(text))
            .set(SOURCE_CAPTURE.CAPTURED_BY, userId)
            .returning()
            .fetchSingle(SourceRepository::toCapture);
    }

    /** The source's captures, first to latest, with the id of the user who captured each. */
    List<StoredCapture> captures(long sourceId) {
        return dsl.selectFrom(SOURCE_CAPTURE)
            .where(SOURCE_CAPTURE.SOURCE_ID.eq(sourceId))
            .orderBy(SOURCE_CAPTURE.CAPTURE_NUMBER)
            .fetch(SourceRepository::toCapture);
    }

    private static StoredCapture toCapture(SourceCaptureRecord r) {
        return new StoredCapture(r.getId(), r.getCaptureNumber(), r.getText(), r.getSha256(), r.getCapturedAt(),
                r.getCapturedBy());
    }

    /** Whether any capture of the source has this text, white space and case aside. */
    boolean hasCapture(long sourceId, String contentHash) {
        return dsl.fetchExists(SOURCE_CAPTURE, SOURCE_CAPTURE.SOURCE_ID.eq(sourceId)
            .and(SOURCE_CAPTURE.NORMALISED_SHA256.eq(contentHash)));
    }

    /** The source's text becomes the latest capture's. */
    void updateContent(long sourceId, String content, String contentHash, long userId) {
        dsl.update(SOURCE)
            .set(SOURCE.CONTENT, content.strip())
            .set(SOURCE.CONTENT_HASH, contentHash)
            .set(SOURCE.UPDATED_BY, userId)
            .set(SOURCE.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(SOURCE.VERSION, SOURCE.VERSION.plus(1))
            .where(SOURCE.ID.eq(sourceId))
            .execute();
    }

    /**
     * The other sources that have, in any of their captures, a text one of this source's captures has (white space
     * and case aside): the same report under another address. Oldest first.
     */
    List<Source> sameText(long sourceId) {
        var mine = SOURCE_CAPTURE.as("mine");
        var theirs = SOURCE_CAPTURE.as("theirs");
        return dsl.selectFrom(SOURCE)
            .where(SOURCE.ID.ne(sourceId))
            .and(DSL.exists(DSL.selectOne()
                .from(mine)
                .join(theirs).on(theirs.NORMALISED_SHA256.eq(mine.NORMALISED_SHA256))
                .where(mine.SOURCE_ID.eq(sourceId), theirs.SOURCE_ID.eq(SOURCE.ID))))
            .orderBy(SOURCE.ID)
            .fetch(this::toSource);
    }

    /** The sources other than {@code exceptId} with a capture of this text, white space and case aside. */
    List<Source> withText(String contentHash, @Nullable Long exceptId) {
        return dsl.selectFrom(SOURCE)
            .where(exceptId == null ? DSL.noCondition() : SOURCE.ID.ne(exceptId))
            .and(DSL.exists(DSL.selectOne()
                .from(SOURCE_CAPTURE)
                .where(SOURCE_CAPTURE.SOURCE_ID.eq(SOURCE.ID), SOURCE_CAPTURE.NORMALISED_SHA256.eq(contentHash))))
            .orderBy(SOURCE.ID)
            .fetch(this::toSource);
    }

    /** The capture as the audit keeps it: which source, which number, its hashes; not its text. */
    JSONB captureSnapshot(long captureId) {
        return RowSnapshots.of(dsl, SOURCE_CAPTURE, SOURCE_CAPTURE.ID, captureId, "text");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The stored row as the audit keeps it, without its text. */
    JSONB snapshot(long id) {
        return RowSnapshots.of(dsl, SOURCE, SOURCE.ID, id, "content");
    }

    private Source toSource(Record r) {
        return new Source(r.get(SOURCE.ID), SourceKind.fromDb(r.get(SOURCE.KIND)), r.get(SOURCE.TITLE),
                r.get(SOURCE.PUBLISHER), r.get(SOURCE.AUTHOR), r.get(SOURCE.URL), r.get(SOURCE.PUBLISHED_ON),
                r.get(SOURCE.LANGUAGE), r.get(SOURCE.CONTENT));
    }

}
