package org.transferwatch.security;

import java.io.IOException;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brings the login of every request up to date with the database before anything checks its rights (the
 * routes, the services' {@code @PreAuthorize}, {@link CurrentUser#has}): a user demoted on another node
 * has the new role's rights from their next request on, and a user disabled there is logged out and their
 * session ends. The session's login is replaced too, so that the UI's work outside requests sees the same.
 */
class CurrentRolesFilter extends OncePerRequestFilter {

    private static final String ROLE_PREFIX = "ROLE_";

    private final CurrentRoles roles;

    /** Vaadin's, which the services' checks read too (not necessarily the static holder's, in tests). */
    private final SecurityContextHolderStrategy holder;

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentRolesFilter(CurrentRoles roles, SecurityContextHolderStrategy holder) {
        this.roles = roles;
        this.holder = holder;
        sessions.setSecurityContextHolderStrategy(holder);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var login = holder.getContext().getAuthentication();
        if (login instanceof UsernamePasswordAuthenticationToken && login.isAuthenticated()
                && !(login instanceof AnonymousAuthenticationToken)) {
            switch (roles.of(login.getName())) {
                case CurrentRoles.Standing.Known(var user) when !user.enabled() -> logOut(request);
                case CurrentRoles.Standing.Known(var user) -> {
                    var authorities = user.role().authorities();
                    if (!roleAuthorities(login.getAuthorities()).equals(roleAuthorities(authorities))) {
                        replace(login, authorities, request, response);
                    }
                }
                case CurrentRoles.Standing.Gone gone -> logOut(request);
                case CurrentRoles.Standing.Unknown unknown -> {
                    // The login's rights stand until the database answers again.
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void logOut(HttpServletRequest request) {
        holder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            }
            catch (IllegalStateException alreadyInvalidated) {
                // Ended by another request in the meantime.
            }
        }
    }

    /** The new role's authorities, keeping those that are no role (how the user authenticated). */
    private void replace(Authentication login, List<GrantedAuthority> roleAuthorities, HttpServletRequest request,
            HttpServletResponse response) {
        var authorities = Stream.concat(
                login.getAuthorities().stream().filter(authority -> !isRole(authority)),
                roleAuthorities.stream()).toList();
        var updated = UsernamePasswordAuthenticationToken.authenticated(login.getPrincipal(), null, authorities);
        updated.setDetails(login.getDetails());
        var context = holder.createEmptyContext();
        context.setAuthentication(updated);
        holder.setContext(context);
        if (request.getSession(false) != null) {
            sessions.saveContext(context, request, response);
        }
    }

    private static Set<String> roleAuthorities(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().filter(CurrentRolesFilter::isRole).map(GrantedAuthority::getAuthority)
            .collect(Collectors.toCollection(HashSet::new));
    }

    private static boolean isRole(GrantedAuthority authority) {
        return authority.getAuthority() != null && authority.getAuthority().startsWith(ROLE_PREFIX);
    }

}
