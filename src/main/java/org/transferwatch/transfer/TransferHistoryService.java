package org.transferwatch.transfer;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditService;
import org.transferwatch.audit.FieldChange;
import org.transferwatch.audit.HistoryEntry;

/** A transfer's history as its page shows it: the audit's events about it, coded values shown by their labels. */
@Service
public class TransferHistoryService {

    private final TransferAccess access;

    private final AuditService audit;

    TransferHistoryService(TransferAccess access, AuditService audit) {
        this.access = access;
        this.audit = audit;
    }

    /**
     * The transfer's history, newest first, with coded values (status, kind, stance, ...) shown by their
     * labels. Anyone who may see the transfer may see its history.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long transferId) {
        access.requireVisible(transferId);
        return audit.transferHistory(transferId).stream()
            .map(entry -> new HistoryEntry(entry.occurredAt(), entry.actor(), entry.action(), entry.entityType(),
                    entry.entityId(), entry.changes().stream()
                        .map(change -> new FieldChange(change.field(), HistoryLabels.label(change.field(), change.before()),
                                HistoryLabels.label(change.field(), change.after())))
                        .toList()))
            .toList();
    }

}
