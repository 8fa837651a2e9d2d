package org.transferwatch.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The logged-in sessions of each user, as Spring Security's session registry knows them. Expiring a
 * session marks it in the registry; the next request that arrives with it is logged out and its HTTP
 * session invalidated by Spring Security's concurrent-session filter.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** The user's sessions that are still live. */
    List<SessionInformation> of(String username) {
        return registry.getAllPrincipals().stream()
            .filter(principal -> username.equals(nameOf(principal)))
            .flatMap(principal -> registry.getAllSessions(principal, false).stream())
            .toList();
    }

    /** Ends all of the user's sessions; returns how many there were. */
    int expireAll(String username) {
        return expireAllExcept(username, null);
    }

    /** Ends all of the user's sessions but the given one (the session the user acts from). */
    int expireAllExcept(String username, @Nullable String keptSessionId) {
        var sessions = of(username).stream().filter(session -> !session.getSessionId().equals(keptSessionId)).toList();
        sessions.forEach(SessionInformation::expireNow);
        return sessions.size();
    }

    private static @Nullable String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        return principal instanceof String name ? name : null;
    }

}
