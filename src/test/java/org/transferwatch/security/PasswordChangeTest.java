package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.base.ValidationException;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TestDatabase;
import org.transferwatch.support.TransferWatchTest;

/**
 * Passwords an administrator chose (a new account, a reset) must be replaced at the next login, and a disabled
 * account is told so only once its password proved right.
 */
@TransferWatchTest
@Transactional
class PasswordChangeTest {

    private static final String TEMPORARY = "a temporary passphrase 7";

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

    private ResultActions logIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
            .header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin"));
    }

    private UserAccount account(long id) {
        return Accounts.as("admin", Role.ADMIN, () -> users.accounts().stream()
            .filter(account -> account.user().id() == id).findFirst().orElseThrow());
    }

    @Test
    void a_new_account_logs_in_marked_to_choose_its_own_password_and_a_demo_account_does_not() throws Exception {
        var username = Accounts.uniqueUsername("new");
        Accounts.createAsAdministrator(users, username, Role.ANALYST);
        logIn(username, Accounts.PASSWORD).andExpect(authenticated().withAuthentication(
                login -> assertThat(PasswordChange.required(login)).isTrue()));
        logIn("viewer", TestDatabase.demoPassword()).andExpect(authenticated().withAuthentication(
                login -> assertThat(PasswordChange.required(login)).isFalse()));
    }

    private static ArrayList<GrantedAuthority> withMark(Role role) {
        var authorities = new ArrayList<GrantedAuthority>(role.authorities());
        authorities.add(PasswordChange.REQUIRED);
        return authorities;
    }

    @Test
    void choosing_a_password_takes_the_mark_off_the_login_and_the_account() {
        var username = Accounts.uniqueUsername("chooser");
        var id = Accounts.createAsAdministrator(users, username, Role.VIEWER);
        loggedInWithMark(username);
        assertThat(PasswordChange.required()).isTrue();

        assertThatThrownBy(() -> users.changeOwnPassword(Accounts.PASSWORD, Accounts.PASSWORD, Accounts.PASSWORD))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("Choose a new password that differs from the current one.");
        users.changeOwnPassword(Accounts.PASSWORD, "my own long passphrase", "my own long passphrase");

        assertThat(PasswordChange.required()).isFalse();
        assertThat(Accounts.as("admin", Role.ADMIN, () -> users.passwordChangeRequired(id))).isFalse();
        SecurityContextHolder.clearContext();
    }

    private static void loggedInWithMark(String username) {
        var authorities = withMark(Role.VIEWER);
        var principal = User.withUsername(username).password("unused").authorities(authorities).build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void a_marked_login_cannot_export_until_it_has_chosen_a_password() throws Exception {
        var username = Accounts.uniqueUsername("exporter");
        Accounts.createAsAdministrator(users, username, Role.VIEWER);
        var authorities = withMark(Role.VIEWER);
        var principal = User.withUsername(username).password("unused").authorities(authorities).build();
        mvc.perform(get("/export/transfers.csv")
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities))))
            .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void an_administrator_resets_a_password_which_the_user_must_replace_at_the_next_login_and_it_is_audited()
            throws Exception {
        var username = Accounts.uniqueUsername("forgot");
        var id = Accounts.createAsAdministrator(users, username, Role.VIEWER);
        Accounts.as(username, Role.VIEWER, () -> users.changeOwnPassword(Accounts.PASSWORD, "forgotten passphrase 1",
                "forgotten passphrase 1"));
        assertThat(Accounts.as("admin", Role.ADMIN, () -> users.passwordChangeRequired(id))).isFalse();

        var account = account(id);
        Accounts.as("admin", Role.ADMIN, () -> users.resetPassword(id, account.version(), TEMPORARY));

        assertThat(Accounts.as("admin", Role.ADMIN, () -> users.passwordChangeRequired(id))).isTrue();
        logIn(username, "forgotten passphrase 1").andExpect(unauthenticated());
        logIn(username, TEMPORARY).andExpect(authenticated().withAuthentication(
                login -> assertThat(PasswordChange.required(login)).isTrue()));
        var audit = dsl.fetchSingle("select actor_name, after ->> 'password_change_required', jsonb_exists(after, 'password_hash')"
                + " from audit_event where entity_type = 'app_user' and entity_id = ? and action = 'reset_password'",
                Long.toString(id));
        assertThat(audit.get(0, String.class)).isEqualTo("admin");
        assertThat(audit.get(1, String.class)).isEqualTo("true");
        assertThat(audit.get(2, Boolean.class)).isFalse();
    }

    @Test
    void a_reset_is_refused_for_the_administrators_own_account_and_for_a_weak_password() {
        long adminId = dsl.fetchSingle("select id from app_user where username = 'admin'").get(0, Long.class);
        var admin = account(adminId);
        assertThatThrownBy(() -> Accounts.as("admin", Role.ADMIN, () -> users.resetPassword(adminId, admin.version(), TEMPORARY)))
            .hasMessage("Change your own password on My account.");
        var id = Accounts.createAsAdministrator(users, Accounts.uniqueUsername("weak"), Role.VIEWER);
        var account = account(id);
        assertThatThrownBy(() -> Accounts.as("admin", Role.ADMIN, () -> users.resetPassword(id, account.version(), "short")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("at least 8 characters");
    }

    @Test
    void a_disabled_account_is_told_so_only_after_the_right_password() throws Exception {
        var username = Accounts.uniqueUsername("disabled");
        var id = Accounts.createAsAdministrator(users, username, Role.VIEWER);
        var account = account(id);
        Accounts.as("admin", Role.ADMIN, () -> users.disable(id, account.version()));

        logIn(username, "not the password at all").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        logIn(username, Accounts.PASSWORD).andExpect(unauthenticated())
            .andExpect(redirectedUrl("/login?error=disabled"));
        logIn(Accounts.uniqueUsername("nobody"), Accounts.PASSWORD).andExpect(redirectedUrl("/login?error"));
    }

}
