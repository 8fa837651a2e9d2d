package org.transferwatch.audit;

import java.util.List;

import org.jooq.JSONB;
import org.jooq.Record5;
import org.jooq.Select;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events and reads them back as history. Writing joins the caller's transaction, so an
 * event exists exactly when the change it describes was committed.
 */
@Service
public class AuditService {

    private final AuditRepository events;

    private final AuditActor actor;

    AuditService(AuditRepository events, AuditActor actor) {
        this.events = events;
        this.actor = actor;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        var acting = actor.acting();
        events.insert(acting.map(AuditActor.Acting::id).orElse(null),
                acting.map(AuditActor.Acting::username).orElse("system"), entry);
    }

    /**
     * Records one event per row of {@code rows}, in one statement, for changes made in bulk (an import):
     * each row gives the entity's id, the action, the transfer it belongs to and the snapshots before and
     * after, in that order (see {@code RowSnapshots.ofRow}). Joins the caller's transaction, as
     * {@link #record} does. Returns the number of events recorded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordAll(String entityType, Select<? extends Record5<String, String, Long, JSONB, JSONB>> rows) {
        var acting = actor.acting();
        return events.insertAll(acting.map(AuditActor.Acting::id).orElse(null),
                acting.map(AuditActor.Acting::username).orElse("system"), entityType, rows);
    }

    /**
     * The history of a transfer, its evidence and its sanctions links, newest first: each event with who,
     * when, and the fields a person changed (before and after as plain text; bookkeeping columns left out).
     * Viewers and above. It checks the role only: the caller must first make sure that the user may see
     * the transfer (viewers see published transfers only).
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> transferHistory(long transferId) {
        return events.transferHistory(transferId);
    }

}
