package org.transferwatch.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.ServletException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * What the browser may load and run. Vaadin Flow needs {@code 'unsafe-inline'} for scripts and styles
     * (its bootstrap page starts the client engine with an inline script, components set inline styles)
     * and {@code 'unsafe-eval'} (the engine turns the JavaScript the server sends into functions); the
     * rest is as tight as the application allows: everything from our own origin only, no plugins, no
     * foreign forms, and no framing by any page.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String LOGIN_FAILED_URL = "/login?error";

    static final String LOGIN_THROTTLED_URL = "/login?error=throttled";

    static final String LOGIN_DISABLED_URL = "/login?error=disabled";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService userDetails,
            PasswordEncoder passwordEncoder, LoginAttempts attempts, LogoutAudit logoutAudit,
            SessionRegistry sessionRegistry, CurrentRoles roles, ObjectProvider<SecurityContextHolderStrategy> holder,
            Clock clock,
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) throws Exception {
        http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/styles/**", "/scripts/**", "/maps/**", "/images/**", "/webjars/**", "/favicon.ico")
                .permitAll()
            // The CSV export of the transfers list: a plain download for the logged-in user (the service
            // applies the role's visibility). Vaadin's configurer denies any path not allowed explicitly.
            .requestMatchers(HttpMethod.GET, "/export/**").authenticated());

        // The form login's only authentication manager, with no parent to fall back to: a refused or
        // failed attempt must not be tried again by a second provider that bypasses the throttle.
        var passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        // A disabled account is told so only after its password proved right: before that, a wrong password
        // gets the same answer as for any account, so that the login page does not reveal which accounts exist
        // and which are disabled.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("The account is disabled");
            }
        });
        http.authenticationManager(new ProviderManager(new ThrottlingAuthenticationProvider(passwords, attempts)));

        http.addFilterBefore(new CrossSiteLoginFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        // Before the login is read from the session, so that an idle one is gone by then.
        http.addFilterBefore(new IdleSessionFilter(clock, idleTimeout), SecurityContextHolderFilter.class);
        // Once the login is read from the session: its role and enabled flag as the database has them now, for
        // changes made on another node (this node's own changes also end the sessions, below).
        http.addFilterAfter(new CurrentRolesFilter(roles,
                holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), ConcurrentSessionFilter.class);
        http.addFilterAfter(new PasswordChange.ExportFilter(), CurrentRolesFilter.class);
        http.sessionManagement(session -> session
            // A new session id at login, so that an id planted before login is worth nothing after it.
            .sessionFixation(fixation -> fixation.changeSessionId())
            // Any number of sessions per user, but each one registered, so that disabling a user or
            // changing their role can end them.
            .sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(SecurityConfiguration::continueLoggedOut)));

        http.headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .frameOptions(frame -> frame.deny())
            .contentTypeOptions(nosniff -> { })
            // Written before the request goes on rather than when the response is committed: written
            // late, they were missing from the pages Vaadin renders (SecurityHeadersTest asks for pages
            // as a browser does), and Vaadin sets X-Frame-Options: SAMEORIGIN on its pages unless the
            // header is already there.
            .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            }));

        // Any other address of a logged-in user goes on to Vaadin, whose router answers it with NotFoundView
        // ("This page is not available") inside the app, instead of Spring Security's bare 403 that the servlet
        // container turns into its own "HTTP ERROR 403" page. The routes keep their own access checks, and
        // anonymous requests are still sent to the login page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
            .anyRequest(any -> any.authenticated()));
        // Only after Vaadin's configurer: configurers initialise in the order they were added, and the form
        // login must learn its login page from Vaadin before its own initialisation, or Spring Security
        // serves its generated login page at /login instead of the LoginView.
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl(LOGIN_FAILED_URL);
        failure.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), LOGIN_THROTTLED_URL,
                DisabledException.class.getName(), LOGIN_DISABLED_URL));
        http.formLogin(form -> form.failureHandler(failure));
        // Added handlers run before the one that clears the security context: the audit still knows the user.
        http.logout(logout -> logout.addLogoutHandler(logoutAudit));
        return http.build();
    }

    /**
     * An expired session has been logged out and invalidated by the time this runs. Instead of Spring's
     * plain-text notice, which the Vaadin client cannot read, the request goes on as one without a
     * session: Vaadin then tells its client that the session expired, and a page request ends at the
     * login view.
     */
    private static void continueLoggedOut(SessionInformationExpiredEvent event) throws IOException, ServletException {
        var chain = event.getFilterChain();
        if (chain == null) {
            event.getResponse().sendRedirect(event.getRequest().getContextPath() + "/login");
            return;
        }
        chain.doFilter(event.getRequest(), event.getResponse());
    }

    /** Knows every logged-in session per user; told of ended sessions by {@link HttpSessionEventPublisher}. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Boot registers it with the servlet container, which reports every created and destroyed session. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * bcrypt through Spring Security's delegating encoder, so stored hashes name their algorithm
     * ({@code {bcrypt}...}); passwords longer than bcrypt's 72 bytes are reduced first (see
     * {@link LongPasswordBcryptEncoder}). No other algorithm is accepted: there are no other hashes.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new LongPasswordBcryptEncoder()));
    }

}
