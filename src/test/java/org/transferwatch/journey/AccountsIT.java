package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountsIT extends BrowserJourney {

    @Test
    void the_administrator_creates_an_account_whose_owner_logs_in_and_changes_the_password() {
        logIn("admin");
        page.locator("#main-menu").getByText("Users").click();
        var grid = page.locator("#users-grid");
        assertThat(grid).containsText("Demo analyst");
        screenshot(page, "users");

        page.locator("#new-user").click();
        page.locator("#new-username input").fill("jdoe");
        page.locator("#new-display-name input").fill("Jane Doe");
        page.locator("#new-password input").fill("password1");
        page.locator("#create-user").click();
        assertThat(page.locator("#new-user-problems")).containsText("most commonly used passwords");
        screenshot(page, "users-new-refused");
        page.locator("#new-password input").fill("amber lantern over the fjord");
        page.locator("#create-user").click();
        assertThat(grid).containsText("Jane Doe");
        // The new account comes back selected, with its role and status beside the grid.
        assertThat(page.locator("#user-details h3")).hasText("Jane Doe");
        assertThat(page.locator("#disable-user")).isVisible();
        screenshot(page, "users-selected");
        page.locator("#logout").click();
        page.waitForURL("**/login");

        logIn(page, "jdoe", "amber lantern over the fjord");
        // The administrator chose this password: nothing opens before Jane has chosen her own.
        page.waitForSelector("#change-password-required");
        dismissDevelopmentModeNotice(page);
        assertThat(page.locator("h1")).hasText("Choose your password");
        assertThat(page.locator("#main-menu")).hasCount(0);
        page.navigate(url("/transfers"));
        page.waitForSelector("#change-password-required");
        page.locator("#current-password input").fill("amber lantern over the fjord");
        page.locator("#new-password input").fill("short");
        page.locator("#repeated-password input").fill("shorts");
        page.locator("#change-password").click();
        assertThat(page.locator("#password-problems")).containsText("at least 8 characters");
        screenshot(page, "choose-password");
        page.locator("#new-password input").fill("seven swans under a copper bridge");
        page.locator("#repeated-password input").fill("seven swans under a copper bridge");
        page.locator("#change-password").click();
        page.waitForSelector("#main-menu");
        page.locator("#main-menu").getByText("My account").click();
        assertThat(page.locator("#account-summary")).containsText("Jane Doe");
        page.locator("#logout").click();
        page.waitForURL("**/login");

        logIn(page, "jdoe", "seven swans under a copper bridge");
        page.waitForSelector("#main-menu");
        assertThat(page.locator("#current-user")).hasText("jdoe");
    }

    @Test
    void an_unknown_address_shows_our_page_not_the_servers_error() {
        logIn("viewer");
        page.navigate(url("/admin"));
        assertThat(page.locator("#not-found h1")).hasText("This page is not available");
        assertThat(page.locator("body")).not().containsText("HTTP ERROR");
        page.navigate(url("/admin/anything"));
        assertThat(page.locator("#not-found h1")).hasText("This page is not available");
    }

}
