package org.transferwatch.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.transferwatch.audit.AuditActor;

/**
 * The user on whose behalf the current request or UI action runs. Services use it to stamp who
 * changed what and to decide what that user may see; the audit trail asks it who is acting.
 */
@Component
public class CurrentUser implements AuditActor {

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

    @Override
    public Optional<Acting> acting() {
        return find().map(user -> new Acting(user.id(), user.username()));
    }

    /** The current user; refuses anonymous callers and users unknown to the database. */
    public AppUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Please log in."));
    }

    /**
     * Whether the current user's role includes the role. Read from the authentication's authorities, not
     * the database: it is asked on every grid fetch. Those are the database's at most a few seconds ago
     * ({@link CurrentRolesFilter} brings every request's login up to date).
     */
    public boolean has(Role role) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return false;
        }
        var wanted = "ROLE_" + role.name();
        return authentication.getAuthorities().stream().anyMatch(authority -> wanted.equals(authority.getAuthority()));
    }

}
