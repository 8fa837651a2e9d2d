package org.transferwatch.source;

import static org.transferwatch.db.Tables.SOURCE;

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
