package org.transferwatch.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a login after the idle timeout ({@code server.servlet.session.timeout}) without anything the
 * user did. The servlet container's own timeout does not do that while a page is open: Vaadin's
 * heartbeat, a request every few minutes from every open tab, keeps the HTTP session alive for ever. So
 * the time of the last request that was not a heartbeat is kept in the session, and a session idle for
 * longer than the timeout is invalidated, with the login in it, before the request goes on.
 */
class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

    private static final String HEARTBEAT = ApplicationConstants.REQUEST_TYPE_PARAMETER + "="
            + ApplicationConstants.REQUEST_TYPE_HEARTBEAT;

    private final Clock clock;

    private final Duration timeout;

    IdleSessionFilter(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            var now = clock.instant();
            try {
                if (session.getAttribute(LAST_ACTIVITY) instanceof Instant last
                        && Duration.between(last, now).compareTo(timeout) > 0) {
                    session.invalidate();
                }
                else if (!isHeartbeat(request)) {
                    session.setAttribute(LAST_ACTIVITY, now);
                }
            }
            catch (IllegalStateException alreadyInvalidated) {
                // Ended by another request in the meantime: nothing left to end.
            }
        }
        chain.doFilter(request, response);
    }

    /** Read from the query string: reading parameters could consume the body of a form post. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        var query = request.getQueryString();
        return query != null && ("&" + query + "&").contains("&" + HEARTBEAT + "&");
    }

}
