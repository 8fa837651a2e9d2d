package org.transferwatch.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.transferwatch.base.DatabaseProbe;

/**
 * Each user's role and enabled flag as the database has them now, read again at most every
 * {@link #MAX_AGE}. A session's login carries the role it was given at login; with several nodes, a role
 * change or a disabled account made on one node reaches sessions on the others only through the database,
 * so every request checks its login against this (see {@link CurrentRolesFilter}).
 */
@Component
class CurrentRoles {

    /** How stale a role may be: a demoted or disabled user keeps their old rights at most this long. */
    static final Duration MAX_AGE = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(CurrentRoles.class);

    /** What the database says of a login's user. */
    sealed interface Standing {

        /** The user exists; enabled or not, with their role. */
        record Known(AppUser user) implements Standing {
        }

        /** No such user any more. */
        record Gone() implements Standing {
        }

        /** The database cannot be asked now and nothing was read before. */
        record Unknown() implements Standing {
        }

    }

    private record Reading(@Nullable AppUser user, Instant readAt) {

        Standing standing() {
            return user == null ? new Standing.Gone() : new Standing.Known(user);
        }

    }

    private final AppUserRepository users;

    private final DatabaseProbe database;

    private final Clock clock;

    private final ConcurrentHashMap<String, Reading> readings = new ConcurrentHashMap<>();

    CurrentRoles(AppUserRepository users, DatabaseProbe database, Clock clock) {
        this.users = users;
        this.database = database;
        this.clock = clock;
    }

    /**
     * The user as the database has them, read at most {@link #MAX_AGE} ago. While the database is
     * unavailable, the last reading, or {@link Standing.Unknown}: the request goes on with the rights of its
     * login, and fails (or shows the outage) where it needs the database anyway.
     */
    Standing of(String username) {
        var now = clock.instant();
        var last = readings.get(username);
        if (last != null && !last.readAt().plus(MAX_AGE).isBefore(now) && !now.isBefore(last.readAt())) {
            return last.standing();
        }
        if (!database.isAvailable()) {
            return last == null ? new Standing.Unknown() : last.standing();
        }
        try {
            var reading = new Reading(users.findByUsername(username).orElse(null), now);
            readings.put(username, reading);
            return reading.standing();
        }
        catch (DataAccessException e) {
            log.debug("Could not read the current role of {}; keeping the login's", username, e);
            return last == null ? new Standing.Unknown() : last.standing();
        }
    }

    /** Keeps what a login just read, so that an older reading does not take its new role away again. */
    void remember(AppUser user) {
        readings.put(user.username(), new Reading(user, clock.instant()));
    }

}
