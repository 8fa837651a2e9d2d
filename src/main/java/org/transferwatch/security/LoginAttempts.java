package org.transferwatch.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;

/**
 * Every attempt to log in, logged and stored, and the throttle built on them: after
 * {@value #MAX_FAILURES} failed attempts within {@link #WINDOW} for one username or from one address,
 * further attempts for that username or from that address are refused for {@link #LOCKOUT}, counted from
 * the failure that reached the limit. Refused attempts are stored but do not count, so the lock always
 * expires and an attacker cannot keep a real user out for longer than that.
 * <p>
 * The counts come from the {@code login_attempt} table rather than from memory: the table has to exist
 * anyway (every attempt is stored), so the throttle survives a restart and holds across several
 * instances of the application, at the price of one indexed query per attempt.
 */
@Service
class LoginAttempts {

    static final int MAX_FAILURES = 5;

    static final Duration WINDOW = Duration.ofMinutes(15);

    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private static final int MAX_USERNAME_LENGTH = 200;

    private static final int MAX_ADDRESS_LENGTH = 100;

    /** Counts every login attempt by outcome (success, failure, throttled), on the management port's metrics. */
    static final String LOGINS = "transferwatch.logins";

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final LoginAttemptRepository attempts;

    private final AppUserRepository users;

    private final AuditService audit;

    private final Clock clock;

    private final MeterRegistry meters;

    LoginAttempts(LoginAttemptRepository attempts, AppUserRepository users, AuditService audit, Clock clock,
            MeterRegistry meters) {
        this.meters = meters;
        // Every outcome from the start, so that a dashboard shows zero failures rather than nothing.
        for (var outcome : LoginOutcome.values()) {
            meters.counter(LOGINS, "outcome", outcome.name().toLowerCase(Locale.ROOT));
        }
        this.attempts = attempts;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks a password for this username from this address behind the throttle: a throttled attempt is
     * refused before the check (so a locked account cannot be guessed at, and bcrypt is not run for an
     * attacker), and a refused or failed one is stored. The check runs while this transaction holds the
     * locks on the username and the address, so attempts sent in parallel are counted one after the other
     * and exactly {@value #MAX_FAILURES} are checked; the failure is committed although the check throws.
     *
     * @param check the password check; it throws an {@link AuthenticationException} when the password is wrong
     * @throws LoginThrottledException when the attempt was refused unchecked
     */
    @Transactional(noRollbackFor = AuthenticationException.class)
    public <T> T checkThrottled(String username, String address, Supplier<T> check) {
        attempts.lockFor(username, address);
        var until = refusedUntil(username, address);
        if (until.isPresent()) {
            record(username, address, LoginOutcome.THROTTLED);
            throw new LoginThrottledException(until.get());
        }
        try {
            return check.get();
        }
        catch (AuthenticationException e) {
            record(username, address, LoginOutcome.FAILURE);
            throw e;
        }
    }

    /** Until when attempts for this username or from this address are refused, if they are now. */
    @Transactional(readOnly = true)
    public Optional<Instant> refusedUntil(String username, String address) {
        var now = clock.instant();
        // A lock that is still running started with a failure less than LOCKOUT ago, and the failures
        // that led to it lie at most WINDOW before that one.
        var since = now.minus(WINDOW).minus(LOCKOUT);
        return Stream.of(lockedUntil(attempts.failuresForUsername(username, since), now),
                    lockedUntil(attempts.failuresFromAddress(address, since), now))
            .flatMap(Optional::stream)
            .max(Instant::compareTo);
    }

    /**
     * The end of the latest lock that these failures (oldest first) cause, if it is still running at
     * {@code now}: each run of {@value #MAX_FAILURES} failures within {@link #WINDOW} locks for
     * {@link #LOCKOUT} from its last failure.
     */
    static Optional<Instant> lockedUntil(List<Instant> failures, Instant now) {
        Instant until = null;
        for (var last = MAX_FAILURES - 1; last < failures.size(); last++) {
            var first = failures.get(last - MAX_FAILURES + 1);
            if (!failures.get(last).isAfter(first.plus(WINDOW))) {
                until = failures.get(last).plus(LOCKOUT);
            }
        }
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Logs and stores one attempt that did not log the user in. */
    @Transactional
    public void recordRefused(String username, String address, LoginOutcome outcome) {
        record(username, address, outcome);
    }

    /**
     * Logs and stores a successful login and audits it as the user's own action. It listens for the
     * event Spring Security publishes once the user is authenticated in the security context, so the
     * audit event names the user who logged in.
     */
    @EventListener
    @Transactional
    public void onLogin(InteractiveAuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        var username = username(authentication.getName());
        record(username, address(authentication), LoginOutcome.SUCCESS);
        users.findByUsername(authentication.getName()).ifPresent(user -> audit.record(
                new AuditEntry("app_user", Long.toString(user.id()), "login", null, null, null)));
    }

    private void record(String username, String address, LoginOutcome outcome) {
        meters.counter(LOGINS, "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        var at = clock.instant();
        attempts.insert(at, username, address, outcome);
        if (outcome == LoginOutcome.SUCCESS) {
            log.info("Login succeeded: username '{}', address {}, at {}", username, address, at);
        }
        else {
            log.warn("Login {}: username '{}', address {}, at {}", outcome == LoginOutcome.THROTTLED
                    ? "refused (too many failed attempts)" : "failed", username, address, at);
        }
    }

    /**
     * The username as stored and counted: trimmed, lower case (usernames are lower case, so "Admin" and
     * "admin" are the same target), without control characters (they would forge log lines), bounded.
     */
    static String username(@Nullable String typed) {
        var username = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
        return username.length() > MAX_USERNAME_LENGTH ? username.substring(0, MAX_USERNAME_LENGTH) : username;
    }

    /**
     * The address the attempt came from, as the servlet container saw it. Behind a reverse proxy, set
     * {@code server.forward-headers-strategy} so that this is the client's address, not the proxy's.
     */
    static String address(Authentication authentication) {
        return address(authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null);
    }

    /** The address as stored and counted: "unknown" when there is none, bounded. */
    static String address(@Nullable String remoteAddress) {
        var address = remoteAddress == null || remoteAddress.isBlank() ? "unknown" : remoteAddress;
        return address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
    }

}
