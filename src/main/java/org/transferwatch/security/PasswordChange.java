package org.transferwatch.security;

import java.io.IOException;
import java.util.Objects;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.transferwatch.security.ui.ChangePasswordView;

/**
 * A login whose password an administrator chose (a new account, a reset) carries {@link #REQUIRED}: until the
 * user has chosen their own, every page leads to {@link ChangePasswordView} and the export is refused. The
 * change takes the mark off the login of the session it was made from.
 */
@Component
public class PasswordChange implements VaadinServiceInitListener {

    /** The mark on such a login; not a role, so no service check grants or needs it. */
    static final GrantedAuthority REQUIRED = new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED");

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    /** Whether the current login must change its password before it may do anything else. */
    public static boolean required() {
        return required(SecurityContextHolder.getContext().getAuthentication());
    }

    static boolean required(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
            .anyMatch(authority -> Objects.equals(authority.getAuthority(), REQUIRED.getAuthority()));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (required() && enter.getNavigationTarget() != ChangePasswordView.class
                    && !enter.getLocation().getPath().equals("login")) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }

    /** Takes the mark off the current login, here and in its session, once the user has chosen a password. */
    void satisfied() {
        var login = SecurityContextHolder.getContext().getAuthentication();
        if (login == null || !required(login)) {
            return;
        }
        var authorities = login.getAuthorities().stream()
            .filter(authority -> !Objects.equals(authority.getAuthority(), REQUIRED.getAuthority())).toList();
        var updated = UsernamePasswordAuthenticationToken.authenticated(login.getPrincipal(), null, authorities);
        updated.setDetails(login.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null && request.getHttpServletRequest().getSession(false) != null) {
            sessions.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }

    /** Outside Vaadin, only the export serves a logged-in user's data: it waits for the new password too. */
    static final class ExportFilter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + "/export/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (required(SecurityContextHolder.getContext().getAuthentication())) {
                response.sendRedirect(request.getContextPath() + "/" + ChangePasswordView.ROUTE);
                return;
            }
            chain.doFilter(request, response);
        }

    }

}
