package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;

/**
 * Wrong passwords sent all at once, as a script would: the throttle must check exactly as many as it
 * allows, however the attempts interleave. Not in a test transaction, since the attempts run in threads
 * of their own; each test uses usernames and addresses no other test uses.
 */
@TransferWatchTest
class ParallelLoginThrottlingTest {

    private static final int PARALLEL_ATTEMPTS = 30;

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    DSLContext dsl;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static String newAddress() {
        var n = NEXT_ADDRESS.getAndIncrement();
        return "203.0." + (100 + n / 250) + "." + (n % 250 + 1);
    }

    /** Sends the attempts at the same moment from as many threads and waits for all of them. */
    private void inParallel(IntFunction<String[]> usernameAndAddress) throws Exception {
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Integer>>();
        for (var i = 0; i < PARALLEL_ATTEMPTS; i++) {
            var attempt = usernameAndAddress.apply(i);
            tasks.add(() -> {
                start.await();
                return mvc.perform(post("/login").param("username", attempt[0]).param("password", "wrong guess")
                    .with(request -> {
                        request.setRemoteAddr(attempt[1]);
                        return request;
                    })).andReturn().getResponse().getStatus();
            });
        }
        try (var threads = Executors.newFixedThreadPool(PARALLEL_ATTEMPTS)) {
            var results = tasks.stream().map(threads::submit).toList();
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }
    }

    private int count(String column, String value, LoginOutcome outcome) {
        return dsl.fetchCount(dsl.selectFrom("login_attempt").where(column + " = ? and outcome = ?", value,
                outcome.dbValue()));
    }

    @Test
    void thirty_parallel_wrong_passwords_for_one_username_get_exactly_the_limit_checked() throws Exception {
        var username = Accounts.uniqueUsername("race");
        Accounts.create(users, username, Role.VIEWER);
        inParallel(i -> new String[] { username, newAddress() });
        assertThat(count("username", username, LoginOutcome.FAILURE)).isEqualTo(LoginAttempts.MAX_FAILURES);
        assertThat(count("username", username, LoginOutcome.THROTTLED))
            .isEqualTo(PARALLEL_ATTEMPTS - LoginAttempts.MAX_FAILURES);
    }

    @Test
    void thirty_parallel_wrong_passwords_from_one_address_get_exactly_the_limit_checked() throws Exception {
        var address = newAddress();
        inParallel(i -> new String[] { Accounts.uniqueUsername("race-nobody"), address });
        assertThat(count("address", address, LoginOutcome.FAILURE)).isEqualTo(LoginAttempts.MAX_FAILURES);
        assertThat(count("address", address, LoginOutcome.THROTTLED))
            .isEqualTo(PARALLEL_ATTEMPTS - LoginAttempts.MAX_FAILURES);
    }

}
