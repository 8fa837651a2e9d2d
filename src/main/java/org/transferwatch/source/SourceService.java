package org.transferwatch.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.Record3;
import org.jooq.Table;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.SearchText;
import org.transferwatch.security.CurrentUser;

/** The library of sources. */
@Service
public class SourceService {

    /** Whether a new source was stored or an existing one recognised as the same. */
    public record Added(Source source, boolean duplicate) {
    }

    private final SourceRepository sources;

    private final AuditService audit;

    private final CurrentUser currentUser;

    SourceService(SourceRepository sources, AuditService audit, CurrentUser currentUser) {
        this.sources = sources;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Source> findById(long id) {
        return sources.findById(id);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, Source> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : sources.findByIds(ids).stream().collect(Collectors.toMap(Source::id, s -> s));
    }

    /** Sources matching every word of the text in title, publisher or URL; for picking one to link. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Source> search(String text, int limit) {
        if (text.isBlank() || text.length() > SearchText.MAX_LENGTH) {
            return List.of();
        }
        return sources.search(text, limit);
    }

    /** The first source with exactly this title (case aside): how an import recognises a source it names by title only. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Source> findByTitle(String title) {
        return sources.findByTitle(title);
    }

    /**
     * Every source's {@code id}, {@code title} and {@code url}, as a table under the alias for another
     * feature's query to join: one join lets the database match many rows at once, where an expression per
     * row would look each source up again.
     */
    public Table<Record3<Long, String, String>> titlesAndUrls(String alias) {
        return SourceRepository.titlesAndUrls(alias);
    }

    /** One page of the library, matching every word of the text in title, publisher, author or URL. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SourceSummary> page(String text, SourceSort sort, int offset, int limit) {
        return text.length() > SearchText.MAX_LENGTH ? List.of() : sources.page(text, sort, offset, limit);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public int count(String text) {
        return text.length() > SearchText.MAX_LENGTH ? 0 : sources.count(text);
    }

    /**
     * Adds a source, unless the library already holds one with the same normalised URL or the same
     * text: then that one is returned, marked as a duplicate, and nothing is written. Analysts and
     * above.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Added add(NewSource source) {
        var user = currentUser.require();
        source.validate();
        var normalisedUrl = source.url() == null || source.url().isBlank() ? null
                : SourceText.normaliseUrl(source.url())
                    .orElseThrow(() -> new IllegalArgumentException("The URL must start with http:// or https://."));
        var contentHash = source.content() == null || source.content().isBlank() ? null
                : SourceText.contentHash(source.content());
        var existing = sources.findDuplicate(normalisedUrl, contentHash);
        if (existing.isPresent()) {
            return new Added(existing.get(), true);
        }
        var id = sources.insert(source, normalisedUrl, contentHash, user.id());
        audit.record(new AuditEntry("source", Long.toString(id), "create", null, null, sources.snapshot(id)));
        return new Added(sources.findById(id).orElseThrow(), false);
    }

}
