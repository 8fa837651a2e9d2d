package org.transferwatch.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because the database cannot be reached (its connections were cut, the server is down
 * or refuses connections) from every other failure. Such a failure changed nothing the user can rely on,
 * and the same request may work once the database is back; any other failure is a bug or bad data and
 * is reported as such.
 */
public final class DatabaseOutage {

    /** What the user reads, wherever the outage shows. */
    public static final String NOTICE = "Database unavailable, retrying…";

    /**
     * PostgreSQL's codes for a connection the server ended (administrator command, crash, restart in
     * progress); class 08 (connection exception) is checked apart.
     */
    private static final Set<String> SERVER_ENDED_CONNECTION = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or any of its causes says the database could not be reached. */
    public static boolean causedBy(@Nullable Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_ENDED_CONNECTION.contains(sql.getSQLState()))) {
                return true;
            }
            // A failed rollback after a cut connection hides the failure that caused the rollback.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

}
