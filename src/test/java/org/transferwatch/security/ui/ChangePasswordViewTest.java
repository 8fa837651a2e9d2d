package org.transferwatch.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;

/** After logging in with a password an administrator chose, nothing opens until the user has chosen their own. */
@TransferWatchTest
@Transactional
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    /** Logged in as a new account, as the login gives it: its role and the mark of an administrator's password. */
    private void logInAsNewAccount() {
        var username = Accounts.uniqueUsername("first");
        Accounts.createAsAdministrator(users, username, Role.ANALYST);
        var authorities = new ArrayList<GrantedAuthority>(Role.ANALYST.authorities());
        authorities.add(new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED"));
        var principal = User.withUsername(username).password("unused").authorities(authorities).build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private String path() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }

    @Test
    void every_page_leads_to_the_password_change_until_the_user_has_chosen_one() {
        logInAsNewAccount();
        for (var page : new String[] { "", "transfers", "account", "sources/new" }) {
            UI.getCurrent().navigate(page);
            assertThat(path()).as(page).isEqualTo("account/password");
        }
        assertThat(find(H1.class).single().getText()).isEqualTo("Choose your password");
        test(find(PasswordField.class).id("current-password")).setValue(Accounts.PASSWORD);
        test(find(PasswordField.class).id("new-password")).setValue("my very own passphrase");
        test(find(PasswordField.class).id("repeated-password")).setValue("my very own passphrase");
        test(find(Button.class).id("change-password")).click();

        assertThat(path()).isEmpty();
        UI.getCurrent().navigate("transfers");
        assertThat(path()).isEqualTo("transfers");
    }

    @Test
    void a_password_that_breaks_the_rules_is_refused_in_plain_words_and_the_user_stays() {
        logInAsNewAccount();
        UI.getCurrent().navigate("");
        test(find(PasswordField.class).id("current-password")).setValue(Accounts.PASSWORD);
        test(find(PasswordField.class).id("new-password")).setValue(Accounts.PASSWORD);
        test(find(PasswordField.class).id("repeated-password")).setValue(Accounts.PASSWORD);
        test(find(Button.class).id("change-password")).click();

        assertThat(find(Div.class).id("password-problems").getElement().getTextRecursively())
            .contains("Choose a new password that differs from the current one.");
        assertThat(path()).isEqualTo("account/password");
    }

}
