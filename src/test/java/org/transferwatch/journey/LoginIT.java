package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginIT extends BrowserJourney {

    @Test
    void the_analyst_logs_in_and_sees_the_three_demo_transfers_with_their_grades() {
        page.navigate(url("/"));
        page.waitForURL("**/login");
        screenshot(page, "login");
        logIn("analyst");
        page.navigate(url("/transfers"));
        var grid = page.locator("#transfers-grid");
        assertThat(grid).containsText("Infantry artillery shells and rockets");
        assertThat(grid).containsText("Munitions, multiple types");
        assertThat(grid).containsText("Raw materials for Russia's defence industrial base");
        assertThat(grid).containsText("1 source, 1 disputing, best B2");
        assertThat(page.locator("#current-user")).hasText("analyst");
        screenshot(page, "transfers");
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_page_with_an_error() {
        logIn(page, "analyst", "wrong-password");
        page.waitForURL("**/login?error");
        assertThat(page.locator("vaadin-login-form")).containsText("Wrong username or password");
    }

    @Test
    void the_login_page_and_the_transfers_work_under_the_content_security_policy() {
        var response = page.navigate(url("/login"));
        assertThat(response.allHeaders().get("content-security-policy")).contains("script-src", "frame-ancestors 'none'");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        logIn("viewer");
        page.navigate(url("/transfers"));
        assertThat(page.locator("#transfers-grid")).containsText("Infantry artillery shells and rockets");
        page.locator("#main-menu").getByText("My account").click();
        assertThat(page.locator("#account-summary")).containsText("viewer");
        assertThat(browserErrors).noneMatch(error -> error.contains("Content Security Policy") || error.contains("Refused to"));
    }

}
