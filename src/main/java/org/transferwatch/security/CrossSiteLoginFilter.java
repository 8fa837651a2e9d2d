package org.transferwatch.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login posted from another site (login CSRF: a foreign page logs the victim into the attacker's
 * account, so that what they then record lands there). Vaadin's login form posts without a CSRF token,
 * so the browser's own word is asked instead: {@code Sec-Fetch-Site: cross-site}, or an {@code Origin}
 * whose host is not the one the request was sent to. Browsers send both with every form post; a client
 * that sends neither (a script, a test) is not a browser a foreign page could drive. The port is not
 * compared: behind a TLS-terminating proxy the application sees another port than the browser.
 */
class CrossSiteLoginFilter extends OncePerRequestFilter {

    private final String loginPath;

    CrossSiteLoginFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (HttpMethod.POST.matches(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + loginPath)
                && crossSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getServerName())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "A login must be posted from this site's own login page.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(@Nullable String fetchSite, @Nullable String origin, String serverName) {
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        if (origin == null) {
            return false;
        }
        try {
            var host = URI.create(origin.strip()).getHost();
            return host == null || !host.toLowerCase(Locale.ROOT).equals(serverName.toLowerCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            // "null" (a sandboxed or privacy-stripped page) or garbage: not our page.
            return true;
        }
    }

}
