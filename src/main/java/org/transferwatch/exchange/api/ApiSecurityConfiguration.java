package org.transferwatch.exchange.api;

import java.io.IOException;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.transferwatch.exchange.ApiTokenService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API's own security filter chain, ahead of the Vaadin chain (which it leaves untouched):
 * {@code /api/**} and the OpenAPI document, stateless, no session, no CSRF token (no cookie is ever
 * honoured here, so there is nothing to forge), a personal bearer token on every request. GET only:
 * any other method is refused with 403 (401 without a token). Failures answer as JSON
 * {@code {"error": "..."}}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String API = "/api/**";

    /** A JSON answer loads nothing and is framed by no page; the UI's own policy is wider than it needs. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** The OpenAPI document: served to token holders only, like the API it describes. */
    static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**" };

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens, JsonMapper json)
            throws Exception {
        http.securityMatcher(API, API_DOCS[0], API_DOCS[1])
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, API).authenticated()
                .requestMatchers(HttpMethod.GET, API_DOCS).authenticated()
                .anyRequest().denyAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .requestCache(cache -> cache.disable())
            .logout(logout -> logout.disable())
            // After the header writer, so that the JSON errors carry the headers too.
            .addFilterAfter(new ApiErrorFilter(json), HeaderWriterFilter.class)
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
            .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, json), AuthorizationFilter.class)
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, e) -> unauthorized(json, request, response,
                        ApiTokenAuthenticationFilter.isFeed(request)
                                ? "Authentication required: give a personal API token as the password (any user name)."
                                : "Authentication required: send a personal API token as \"Authorization: Bearer tw_...\"."))
                .accessDeniedHandler((request, response, e) -> error(json, response, HttpServletResponse.SC_FORBIDDEN,
                        "The API is read-only: only GET is allowed.")));
        return http.build();
    }

    static void error(JsonMapper json, HttpServletResponse response, int status, String message) throws IOException {
        write(json, response, status, "Bearer", message);
    }

    /**
     * A 401 with the challenge the client can answer: a feed reader, which cannot send a bearer header, is asked
     * for HTTP Basic on the Atom feeds (the token as the password); everything else for a bearer token.
     */
    static void unauthorized(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
            String message) throws IOException {
        if (ApiTokenAuthenticationFilter.isFeed(request)) {
            write(json, response, HttpServletResponse.SC_UNAUTHORIZED, FEED_CHALLENGE, message);
        }
        else {
            write(json, response, HttpServletResponse.SC_UNAUTHORIZED, "Bearer", message);
        }
    }

    static final String FEED_CHALLENGE = "Basic realm=\"TransferWatch feeds\", charset=\"UTF-8\"";

    private static void write(JsonMapper json, HttpServletResponse response, int status, String challenge,
            String message) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(Map.of("error", message)));
    }

    @Bean
    OpenAPI transferWatchOpenApi() {
        return new OpenAPI()
            .info(new Info().title("TransferWatch API")
                .version("1")
                .description("Read-only access to reported transfers, with the same filters as the transfers list, to "
                        + "the sanctions catalogue's provisions, and to designated persons, entities and vessels (the UN "
                        + "Consolidated List). "
                        + "Authenticate with a personal API token (Account > API tokens) as a bearer token; "
                        + "the token sees what its owner's role may see."))
            .components(new Components().addSecuritySchemes("token",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("tw_...")))
            .addSecurityItem(new SecurityRequirement().addList("token"));
    }

}
