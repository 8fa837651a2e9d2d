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
import org.transferwatch.security.UserService;

/** The library of sources. */
@Service
public class SourceService {

    /**
     * Whether a new source was stored or an existing one recognised as the same ({@code duplicate}); whether that
     * one's text was captured again because it had changed ({@code recaptured}, then numbered {@code captureNumber});
     * and the other sources holding the same text under another address ({@code sameText}), likely the same report.
     */
    public record Added(Source source, boolean duplicate, boolean recaptured, int captureNumber, List<Source> sameText) {

        public Added {
            sameText = List.copyOf(sameText);
        }

    }

    private final SourceRepository sources;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    SourceService(SourceRepository sources, AuditService audit, CurrentUser currentUser, UserService users) {
        this.sources = sources;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
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
     * Adds a source, with its text as the first capture, unless the library already holds one with the same
     * normalised URL: then that one is returned, marked as a duplicate, and its text is captured again if it
     * changed (white space and case aside), the earlier captures kept. Without a URL, a source with the same text
     * is the duplicate. The same text under another URL is stored, and the sources that hold it come back as
     * likely the same report. Analysts and above.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Added add(NewSource source) {
        var user = currentUser.require();
        source.validate();
        var normalisedUrl = source.url() == null || source.url().isBlank() ? null
                : SourceText.normaliseUrl(source.url())
                    .orElseThrow(() -> new IllegalArgumentException("The URL must start with http:// or https://."));
        var hasText = source.content() != null && !source.content().isBlank();
        var contentHash = hasText ? SourceText.contentHash(source.content()) : null;
        var existing = normalisedUrl != null ? sources.findDuplicate(normalisedUrl, null)
                : contentHash == null ? Optional.<Source>empty() : sources.withText(contentHash, null).stream().findFirst();
        if (existing.isPresent()) {
            var found = existing.get();
            if (contentHash == null || sources.hasCapture(found.id(), contentHash)) {
                return new Added(found, true, false, 0, contentHash == null ? List.of() : sources.sameText(found.id()));
            }
            return recapture(found, source.content(), contentHash, user.id());
        }
        var id = sources.insert(source, normalisedUrl, contentHash, user.id());
        audit.record(new AuditEntry("source", Long.toString(id), "create", null, null, sources.snapshot(id)));
        if (hasText) {
            capture(id, source.content(), user.id());
        }
        return new Added(sources.findById(id).orElseThrow(), false, false, hasText ? 1 : 0,
                contentHash == null ? List.of() : sources.withText(contentHash, id));
    }

    /** The source's new text as its next capture, and as its text from now on; audited as both. */
    private Added recapture(Source found, String text, String contentHash, long userId) {
        var before = sources.snapshot(found.id());
        var number = capture(found.id(), text, userId);
        sources.updateContent(found.id(), text, contentHash, userId);
        audit.record(new AuditEntry("source", Long.toString(found.id()), "update", null, before,
                sources.snapshot(found.id()), "Captured again: the text at this URL had changed."));
        return new Added(sources.findById(found.id()).orElseThrow(), true, true, number, sources.sameText(found.id()));
    }

    private int capture(long sourceId, String text, long userId) {
        var capture = sources.insertCapture(sourceId, text, userId);
        audit.record(new AuditEntry("source_capture", Long.toString(capture.id()), "create", null, null,
                sources.captureSnapshot(capture.id())));
        return capture.number();
    }

    /** The source's text as captured each time, first to latest; none for a source without text. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SourceCapture> captures(long sourceId) {
        return sources.captures(sourceId).stream()
            .map(capture -> new SourceCapture(capture.id(), capture.number(), capture.text(), capture.sha256(),
                    capture.capturedAt(), users.displayName(capture.capturedBy()).orElse("?")))
            .toList();
    }

    /**
     * The other sources holding a text this one has held (white space and case aside), under another address:
     * likely the same report, syndicated or pasted twice, and not an independent source.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Source> sameText(long sourceId) {
        return sources.sameText(sourceId);
    }

}
