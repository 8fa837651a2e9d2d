package org.transferwatch.audit;

import java.util.Optional;

/**
 * Who is acting: the user an audit event names. The security feature knows the logged-in user and
 * supplies this; the audit trail needs nothing else of users.
 */
public interface AuditActor {

    /** A user as an audit event names them. */
    record Acting(long id, String username) {
    }

    /** The user on whose behalf the current action runs; empty when the system itself acts. */
    Optional<Acting> acting();

}
