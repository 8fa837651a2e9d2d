package org.transferwatch.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user on whose behalf the current request or UI action runs. Services use it to stamp who
 * changed what and to decide what that user may see.
 */
@Component
public class CurrentUser {

    private final AppUserRepository users;

    CurrentUser(AppUserRepository users) {
        this.users = users;
    }

    public Optional<AppUser> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return users.findByUsername(authentication.getName()).filter(AppUser::enabled);
    }

    /** The current user; refuses anonymous callers and users unknown to the database. */
    public AppUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Please log in."));
    }

    public boolean has(Role role) {
        return find().map(user -> user.role().includes(role)).orElse(false);
    }

}
