package org.transferwatch.security;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.transferwatch.db.Tables.LOGIN_ATTEMPT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

@Repository
class LoginAttemptRepository {

    /** The first key of the advisory locks that serialise the attempts for one username. */
    private static final int USERNAME_LOCKS = 1;

    /** The first key of the advisory locks that serialise the attempts from one address. */
    private static final int ADDRESS_LOCKS = 2;

    private final DSLContext dsl;

    LoginAttemptRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Instant at, String username, String address, LoginOutcome outcome) {
        dsl.insertInto(LOGIN_ATTEMPT)
            .set(LOGIN_ATTEMPT.ATTEMPTED_AT, utc(at))
            .set(LOGIN_ATTEMPT.USERNAME, username)
            .set(LOGIN_ATTEMPT.ADDRESS, address)
            .set(LOGIN_ATTEMPT.OUTCOME, outcome.dbValue())
            .execute();
    }

    /**
     * When the failed attempts for this username since {@code since} happened, oldest first; only those
     * after the username's last successful login, because only its owner can log in successfully.
     */
    List<Instant> failuresForUsername(String username, Instant since) {
        var successes = LOGIN_ATTEMPT.as("success");
        Field<OffsetDateTime> lastSuccess = field(select(max(successes.ATTEMPTED_AT))
            .from(successes)
            .where(successes.USERNAME.eq(username))
            .and(successes.OUTCOME.eq(LoginOutcome.SUCCESS.dbValue())));
        return dsl.select(LOGIN_ATTEMPT.ATTEMPTED_AT)
            .from(LOGIN_ATTEMPT)
            .where(LOGIN_ATTEMPT.USERNAME.eq(username))
            .and(LOGIN_ATTEMPT.OUTCOME.eq(LoginOutcome.FAILURE.dbValue()))
            .and(LOGIN_ATTEMPT.ATTEMPTED_AT.ge(utc(since)))
            .and(lastSuccess.isNull().or(LOGIN_ATTEMPT.ATTEMPTED_AT.gt(lastSuccess)))
            .orderBy(LOGIN_ATTEMPT.ATTEMPTED_AT)
            .fetch(r -> r.value1().toInstant());
    }

    /**
     * When the failed attempts from this address since {@code since} happened, oldest first. A success
     * from the address does not wipe them: one's own account must not reset the count for others.
     */
    List<Instant> failuresFromAddress(String address, Instant since) {
        return dsl.select(LOGIN_ATTEMPT.ATTEMPTED_AT)
            .from(LOGIN_ATTEMPT)
            .where(LOGIN_ATTEMPT.ADDRESS.eq(address))
            .and(LOGIN_ATTEMPT.OUTCOME.eq(LoginOutcome.FAILURE.dbValue()))
            .and(LOGIN_ATTEMPT.ATTEMPTED_AT.ge(utc(since)))
            .orderBy(LOGIN_ATTEMPT.ATTEMPTED_AT)
            .fetch(r -> r.value1().toInstant());
    }

    /**
     * Makes the other attempts for this username and from this address wait until this transaction
     * ends, so that each one counts the failures of those before it. Always the username first, then the
     * address, in two lock spaces of their own: two attempts never wait for each other in a circle.
     */
    void lockFor(String username, String address) {
        dsl.fetch("select pg_advisory_xact_lock(?, hashtext(?))", USERNAME_LOCKS, username);
        dsl.fetch("select pg_advisory_xact_lock(?, hashtext(?))", ADDRESS_LOCKS, address);
    }

    /** Deletes every attempt made before {@code before}; returns how many. */
    int deleteBefore(Instant before) {
        return dsl.deleteFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.ATTEMPTED_AT.lt(utc(before))).execute();
    }

    /** How many attempts for this username are stored, whatever their outcome. */
    int countForUsername(String username) {
        return dsl.fetchCount(LOGIN_ATTEMPT, LOGIN_ATTEMPT.USERNAME.eq(username));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

}
