package org.transferwatch.exchange.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.transferwatch.exchange.ApiTokenService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates an API request by its bearer token as the token's owner, with the owner's role, for
 * this request only. A request without a token goes on unauthenticated (and is refused by the chain);
 * a wrong or revoked token is refused here. The Atom feeds also take the token as an HTTP Basic password
 * (with any user name), since feed readers can send a user name and password but not a bearer header.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private static final String BASIC = "Basic ";

    private static final Pattern FEED = Pattern.compile("/api/watches/[^/]+/atom");

    /** Whether the request is for a watch's Atom feed, the one place HTTP Basic is accepted. */
    static boolean isFeed(HttpServletRequest request) {
        return FEED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    private final ApiTokenService tokens;

    private final JsonMapper json;

    ApiTokenAuthenticationFilter(ApiTokenService tokens, JsonMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var token = tokenOf(request);
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.authenticate(token.get());
        if (user.isEmpty()) {
            ApiSecurityConfiguration.unauthorized(json, request, response,
                    "The API token is not valid: it is wrong, revoked, or its account is disabled.");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get().username(), null,
                user.get().role().authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The bearer token, or on a feed the Basic password; empty when the request carries neither. */
    private static Optional<String> tokenOf(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(header.substring(BEARER.length()).strip());
        }
        if (header.regionMatches(true, 0, BASIC, 0, BASIC.length()) && isFeed(request)) {
            String credentials;
            try {
                credentials = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                        StandardCharsets.UTF_8);
            }
            catch (IllegalArgumentException damaged) {
                // Not Base64: no credentials, answered with the feed's challenge.
                return Optional.empty();
            }
            var colon = credentials.indexOf(':');
            // The user name is not checked: the token alone names its owner.
            return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(colon + 1).strip());
        }
        return Optional.empty();
    }

}
