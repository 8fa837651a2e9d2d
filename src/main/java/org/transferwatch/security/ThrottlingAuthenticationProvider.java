package org.transferwatch.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password login with the throttle in front ({@link LoginAttempts#checkThrottled}): a throttled attempt
 * is refused before the password is checked, and every refused or failed attempt is recorded. Successful
 * logins are recorded by {@link LoginAttempts#onLogin}, once the user is in the security context. Parallel
 * attempts for one username or from one address queue in {@link LoginQueue} before they take a connection.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;

    private final LoginAttempts attempts;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    private final LoginQueue queue = new LoginQueue();

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = LoginAttempts.username(authentication.getName());
        var address = LoginAttempts.address(authentication);
        return queue.inTurn(username, address,
                () -> attempts.checkThrottled(username, address, () -> passwords.authenticate(authentication)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
