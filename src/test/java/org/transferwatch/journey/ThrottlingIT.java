package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.transferwatch.support.TestDatabase;

// Five failures lock the address 127.0.0.1 for 15 minutes, so this journey runs on a database (and an
// application) of its own: the other journeys log in from the same address.
@TestPropertySource(properties = "transferwatch.test.isolated-context=throttling")
class ThrottlingIT extends BrowserJourney {

    /**
     * Every journey logs in from this machine's address, which the throttle counts too: start after any
     * earlier failures have aged out, and leave the address unlocked for the journeys after this one.
     */
    @BeforeEach
    @AfterEach
    void letEarlierLocksExpire() {
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_with_the_throttle_message() {
        for (var attempt = 1; attempt <= 5; attempt++) {
            logIn(page, "reviewer", "wrong-password-" + attempt);
            page.waitForURL("**/login?error");
            assertThat(page.locator("vaadin-login-form")).containsText("Wrong username or password");
        }
        logIn(page, "reviewer", TestDatabase.demoPassword());
        page.waitForURL("**/login?error=throttled");
        var form = page.locator("vaadin-login-form");
        assertThat(form).containsText("Too many attempts");
        assertThat(form).containsText("try again in 15 minutes");
        screenshot(page, "login-throttled");
    }

}
