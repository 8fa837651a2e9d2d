package org.transferwatch.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.CurrentUser;

/**
 * Writes audit events. It joins the caller's transaction, so an event exists exactly when the change
 * it describes was committed.
 */
@Service
public class AuditService {

    private final AuditRepository events;

    private final CurrentUser currentUser;

    AuditService(AuditRepository events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        var actor = currentUser.find();
        events.insert(actor.map(a -> a.id()).orElse(null), actor.map(a -> a.username()).orElse("system"), entry);
    }

    @Transactional(readOnly = true)
    public int countFor(String entityType, String entityId) {
        return events.countFor(entityType, entityId);
    }

}
