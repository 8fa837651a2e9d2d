package org.transferwatch.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's endpoints: open on the management port ({@code management.server.port}, bound to the
 * loopback interface by default, so only the machine itself, a sidecar or the operators' network reach it),
 * and not found on the public port, whatever the caller's login.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    /** Matches requests on the management port only, when it differs from the public one. */
    @Bean
    @Order(0)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** {@code /actuator/**} anywhere else: 404, the same for everyone, so it reveals nothing. */
    @Bean
    @Order(2)
    SecurityFilterChain publicActuatorPathsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .requestCache(cache -> cache.disable())
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, e) -> response.setStatus(HttpServletResponse.SC_NOT_FOUND))
                .accessDeniedHandler((request, response, e) -> response.setStatus(HttpServletResponse.SC_NOT_FOUND)));
        return http.build();
    }

}
