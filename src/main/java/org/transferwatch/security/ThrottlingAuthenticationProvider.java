package org.transferwatch.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password login with the throttle in front ({@link LoginAttempts#checkThrottled}): a throttled attempt
 * is refused before the password is checked, and every refused or failed attempt is recorded. Successful
 * logins are recorded by {@link LoginAttempts#onLogin}, once the user is in the security context.
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
        return attempts.checkThrottled(LoginAttempts.username(authentication.getName()),
                LoginAttempts.address(authentication), () -> passwords.authenticate(authentication));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
