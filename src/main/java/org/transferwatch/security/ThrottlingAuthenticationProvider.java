package org.transferwatch.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password login with the throttle in front: a throttled attempt is refused before the password is
 * checked (so a locked account cannot be guessed at, and bcrypt is not run for an attacker), and every
 * refused or failed attempt is recorded. Successful logins are recorded by
 * {@link LoginAttempts#onLogin}, once the user is in the security context.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;

    private final LoginAttempts attempts;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = LoginAttempts.username(authentication.getName());
        var address = LoginAttempts.address(authentication);
        var refusedUntil = attempts.refusedUntil(username, address);
        if (refusedUntil.isPresent()) {
            attempts.recordRefused(username, address, LoginOutcome.THROTTLED);
            throw new LoginThrottledException(refusedUntil.get());
        }
        try {
            return passwords.authenticate(authentication);
        }
        catch (AuthenticationException e) {
            attempts.recordRefused(username, address, LoginOutcome.FAILURE);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
