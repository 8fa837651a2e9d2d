package org.transferwatch.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts for the username or from the address: this attempt was refused unchecked. */
class LoginThrottledException extends AuthenticationException {

    private final Instant refusedUntil;

    LoginThrottledException(Instant refusedUntil) {
        super("Too many failed login attempts; refused until " + refusedUntil);
        this.refusedUntil = refusedUntil;
    }

    Instant refusedUntil() {
        return refusedUntil;
    }

}
