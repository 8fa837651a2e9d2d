package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.MovableClock;
import org.transferwatch.support.TransferWatchTest;

/**
 * Login through Spring Security's form login, as the browser posts it, from addresses of our choosing.
 * Each test uses accounts and addresses of its own, so that no lock spills over into another test, and
 * runs in a transaction that is rolled back (MockMvc runs the request in the test's thread).
 */
@TransferWatchTest
@Transactional
class LoginThrottlingTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    MovableClock clock;

    @Autowired
    DSLContext dsl;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static String newAddress() {
        var n = NEXT_ADDRESS.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
    }

    private String newUser() {
        var username = Accounts.uniqueUsername("throttle");
        Accounts.create(users, username, Role.VIEWER);
        return username;
    }

    private ResultActions logIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }));
    }

    private void fiveWrongPasswords(String username, String address) throws Exception {
        for (var attempt = 1; attempt <= 5; attempt++) {
            logIn(username, "wrong password " + attempt, address).andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void five_wrong_passwords_then_the_right_one_is_refused_with_the_throttle_message() throws Exception {
        var username = newUser();
        var address = newAddress();
        fiveWrongPasswords(username, address);
        logIn(username, Accounts.PASSWORD, address)
            .andExpect(redirectedUrl("/login?error=throttled"))
            .andExpect(unauthenticated());
    }

    @Test
    void another_user_from_another_address_is_unaffected() throws Exception {
        var attacked = newUser();
        fiveWrongPasswords(attacked, newAddress());
        var other = newUser();
        logIn(other, Accounts.PASSWORD, newAddress()).andExpect(authenticated().withUsername(other));
    }

    @Test
    void the_locked_username_is_refused_from_any_address() throws Exception {
        var username = newUser();
        fiveWrongPasswords(username, newAddress());
        logIn(username, Accounts.PASSWORD, newAddress()).andExpect(redirectedUrl("/login?error=throttled"));
    }

    @Test
    void the_locked_address_is_refused_for_any_username() throws Exception {
        var address = newAddress();
        for (var attempt = 1; attempt <= 5; attempt++) {
            logIn(Accounts.uniqueUsername("nobody"), "guess " + attempt, address).andExpect(redirectedUrl("/login?error"));
        }
        var username = newUser();
        logIn(username, Accounts.PASSWORD, address).andExpect(redirectedUrl("/login?error=throttled"));
    }

    @Test
    void after_fifteen_minutes_the_user_logs_in_again() throws Exception {
        var username = newUser();
        var address = newAddress();
        fiveWrongPasswords(username, address);
        clock.advance(Duration.ofMinutes(10));
        logIn(username, Accounts.PASSWORD, address).andExpect(redirectedUrl("/login?error=throttled"));
        // Refused attempts do not prolong the lock: it ends fifteen minutes after the fifth failure.
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        logIn(username, Accounts.PASSWORD, address).andExpect(authenticated().withUsername(username));
    }

    @Test
    void failures_spread_over_more_than_fifteen_minutes_do_not_lock() throws Exception {
        var username = newUser();
        var address = newAddress();
        for (var attempt = 1; attempt <= 6; attempt++) {
            logIn(username, "wrong password " + attempt, address).andExpect(redirectedUrl("/login?error"));
            clock.advance(Duration.ofMinutes(4));
        }
        logIn(username, Accounts.PASSWORD, address).andExpect(authenticated().withUsername(username));
    }

    @Test
    void a_successful_login_forgives_the_earlier_failures_of_that_username() throws Exception {
        var username = newUser();
        for (var attempt = 1; attempt <= 4; attempt++) {
            logIn(username, "wrong password " + attempt, newAddress()).andExpect(redirectedUrl("/login?error"));
        }
        logIn(username, Accounts.PASSWORD, newAddress()).andExpect(authenticated());
        for (var attempt = 1; attempt <= 4; attempt++) {
            logIn(username, "wrong password " + attempt, newAddress()).andExpect(redirectedUrl("/login?error"));
        }
        logIn(username, Accounts.PASSWORD, newAddress()).andExpect(authenticated().withUsername(username));
    }

    @Test
    void every_attempt_is_stored_with_username_address_outcome_and_utc_time() throws Exception {
        var username = newUser();
        var address = newAddress();
        var start = clock.instant();
        logIn(username, "wrong password", address);
        logIn(username, Accounts.PASSWORD, address);
        for (var attempt = 1; attempt <= 4; attempt++) {
            logIn(username, "wrong password " + attempt, address);
        }
        // Five failures from the address now, though only four for the username since its success.
        logIn(username, Accounts.PASSWORD, address);
        var end = clock.instant();

        var rows = dsl.fetch("select username, address, outcome, attempted_at from login_attempt where username = ? order by id",
                username);
        assertThat(rows.getValues("outcome", String.class)).containsExactly("failure", "success", "failure", "failure",
                "failure", "failure", "throttled");
        assertThat(rows.getValues("address", String.class)).containsOnly(address);
        assertThat(rows.getValues("attempted_at", OffsetDateTime.class))
            .allSatisfy(at -> assertThat(at.toInstant()).isBetween(start.minusMillis(1), end.plusMillis(1)));
    }

    @Test
    void a_successful_login_is_audited_as_the_users_own_login() throws Exception {
        var username = newUser();
        logIn(username, Accounts.PASSWORD, newAddress()).andExpect(authenticated());
        var events = dsl.fetch("""
                select e.actor_name from audit_event e join app_user u on e.entity_id = u.id::text
                where e.entity_type = 'app_user' and e.action = 'login' and u.username = ?""", username);
        assertThat(events.getValues(0, String.class)).containsExactly(username);
    }

    @Test
    void the_username_is_counted_in_lower_case_and_without_surrounding_spaces() throws Exception {
        var username = newUser();
        var address = newAddress();
        for (var attempt = 1; attempt <= 5; attempt++) {
            logIn((attempt % 2 == 0 ? " " : "") + username.toUpperCase(Locale.ROOT), "wrong " + attempt,
                    newAddress());
        }
        logIn(username, Accounts.PASSWORD, address).andExpect(redirectedUrl("/login?error=throttled"));
    }

}
