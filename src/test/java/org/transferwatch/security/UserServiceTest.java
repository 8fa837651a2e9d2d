package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TestDatabase;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
class UserServiceTest {

    private static final String GOOD_PASSWORD = "amber lantern over the fjord";

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    DSLContext dsl;

    private UserAccount account(String username) {
        return Accounts.as("admin", Role.ADMIN, () -> users.accounts().stream()
            .filter(account -> account.user().username().equals(username))
            .findFirst()
            .orElseThrow());
    }

    private String passwordHash(String username) {
        return dsl.fetchValue("select password_hash from app_user where username = ?", username).toString();
    }

    private static List<String> problemsOf(Runnable action) {
        try {
            action.run();
        }
        catch (ValidationException e) {
            return e.problems();
        }
        throw new AssertionError("Expected a ValidationException");
    }

    // Creating accounts

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_administrator_creates_an_enabled_account_with_a_bcrypt_hash_and_an_audit_event_without_it() {
        var id = users.create(" JDoe ", "Jane Doe", Role.ANALYST, GOOD_PASSWORD);

        var created = account("jdoe").user();
        assertThat(created).isEqualTo(new AppUser(id, "jdoe", "Jane Doe", Role.ANALYST, true));
        assertThat(passwordHash("jdoe")).startsWith("{bcrypt}$2");
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, passwordHash("jdoe"))).isTrue();
        var audit = dsl.fetchSingle("select actor_name, action, after::text from audit_event where entity_type = 'app_user'"
                + " and entity_id = ?", Long.toString(id));
        assertThat(audit.get(0, String.class)).isEqualTo("admin");
        assertThat(audit.get(1, String.class)).isEqualTo("create");
        assertThat(audit.get(2, String.class)).contains("\"role\": \"analyst\"").doesNotContain("password_hash").doesNotContain("{bcrypt}");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_password_of_seven_characters_is_refused_and_eight_are_accepted() {
        assertThat(problemsOf(() -> users.create("short", "Short", Role.VIEWER, "7 chars")))
            .containsExactly("The password must have at least 8 characters.");
        users.create("eight", "Eight", Role.VIEWER, "8 chars!");
        assertThat(passwordHash("eight")).startsWith("{bcrypt}");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_password_of_128_characters_is_accepted_and_logs_in() {
        var longest = "a quiet river carries copper leaves ".repeat(4).substring(0, 128);
        users.create("longest", "Longest", Role.VIEWER, longest);
        assertThat(passwordHash("longest")).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(longest, passwordHash("longest"))).isTrue();
        assertThat(passwordEncoder.matches(longest.substring(0, 127) + "!", passwordHash("longest"))).isFalse();
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void common_passwords_and_the_username_are_refused() {
        assertThat(problemsOf(() -> users.create("common1", "Common", Role.VIEWER, "password1"))).singleElement()
            .asString().contains("most commonly used passwords");
        assertThat(problemsOf(() -> users.create("common2", "Common", Role.VIEWER, "qwertyuiop"))).singleElement()
            .asString().contains("most commonly used passwords");
        assertThat(problemsOf(() -> users.create("jane.doe", "Jane", Role.VIEWER, "Jane.Doe")))
            .containsExactly("The password must not be the username.");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void every_problem_with_a_new_account_is_reported_at_once() {
        assertThat(problemsOf(() -> users.create("analyst", " ", null, "short"))).containsExactly(
                "The username 'analyst' is already taken.", "Enter the person's name.", "Choose a role.",
                "The password must have at least 8 characters.");
        assertThat(problemsOf(() -> users.create("j doe", "Jane", Role.VIEWER, GOOD_PASSWORD))).singleElement()
            .asString().startsWith("A username has 2 to 64 characters");
    }

    // Own password

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_user_changes_their_own_password_with_their_current_one() {
        users.changeOwnPassword(TestDatabase.demoPassword(), GOOD_PASSWORD, GOOD_PASSWORD);

        assertThat(passwordHash("analyst")).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, passwordHash("analyst"))).isTrue();
        var audit = dsl.fetch("select before::text, after::text from audit_event where entity_type = 'app_user'"
                + " and action = 'update' and actor_name = 'analyst'");
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst().get(0, String.class)).contains("\"version\": 0").doesNotContain("password_hash").doesNotContain("{bcrypt}");
        assertThat(audit.getFirst().get(1, String.class)).contains("\"version\": 1").doesNotContain("password_hash").doesNotContain("{bcrypt}");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_wrong_current_password_is_refused() {
        assertThat(problemsOf(() -> users.changeOwnPassword("not my password", GOOD_PASSWORD, GOOD_PASSWORD)))
            .containsExactly("Your current password is not right.");
        assertThat(passwordEncoder.matches(TestDatabase.demoPassword(), passwordHash("analyst"))).isTrue();
    }

    @Test
    void eight_wrong_current_passwords_then_the_right_one_is_refused_while_throttled_and_each_is_recorded() {
        var username = Accounts.uniqueUsername("guessed");
        Accounts.create(users, username, Role.VIEWER);
        var start = passwordHash(username);
        Accounts.as(username, Role.VIEWER, () -> {
            for (var guess = 1; guess <= 8; guess++) {
                var attempt = "guess number " + guess;
                assertThat(problemsOf(() -> users.changeOwnPassword(attempt, GOOD_PASSWORD, GOOD_PASSWORD))).hasSize(1);
            }
            assertThat(problemsOf(() -> users.changeOwnPassword(Accounts.PASSWORD, GOOD_PASSWORD, GOOD_PASSWORD)))
                .singleElement().asString().startsWith("There were too many wrong passwords for your account.");
        });
        assertThat(passwordHash(username)).isEqualTo(start);
        assertThat(dsl.fetch("select outcome from login_attempt where username = ? order by id", username)
            .getValues(0, String.class)).containsExactly("failure", "failure", "failure", "failure", "failure",
                    "throttled", "throttled", "throttled", "throttled");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_new_password_must_follow_the_rules_and_be_typed_the_same_twice() {
        assertThat(problemsOf(() -> users.changeOwnPassword(TestDatabase.demoPassword(), "short", "shirt")))
            .containsExactly("The new password and its repetition differ.", "The password must have at least 8 characters.");
        assertThat(problemsOf(() -> users.changeOwnPassword(TestDatabase.demoPassword(), "Analyst", "Analyst")))
            .contains("The password must not be the username.");
    }

    // Roles, disabling, the last administrator

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_administrator_changes_a_role_and_disables_and_re_enables_an_account_each_audited() {
        var viewer = account("viewer");
        var earlierEvents = ((Number) dsl.fetchValue("select coalesce(max(id), 0) from audit_event")).longValue();
        users.changeRole(viewer.user().id(), viewer.version(), Role.REVIEWER);
        assertThat(account("viewer").user().role()).isEqualTo(Role.REVIEWER);

        users.disable(viewer.user().id(), account("viewer").version());
        assertThat(account("viewer").user().enabled()).isFalse();

        users.enable(viewer.user().id(), account("viewer").version());
        assertThat(account("viewer").user().enabled()).isTrue();
        assertThat(account("viewer").version()).isEqualTo(viewer.version() + 3);
        assertThat(dsl.fetch("select after ->> 'role', after ->> 'enabled' from audit_event where entity_type = 'app_user'"
                + " and entity_id = ? and action = 'update' and id > ? order by id", Long.toString(viewer.user().id()),
                earlierEvents)
            .map(r -> r.get(0, String.class) + " " + r.get(1, String.class)))
            .containsExactly("reviewer true", "reviewer false", "reviewer true");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_change_over_an_outdated_version_is_refused() {
        var viewer = account("viewer");
        users.disable(viewer.user().id(), viewer.version());
        assertThatThrownBy(() -> users.changeRole(viewer.user().id(), viewer.version(), Role.ANALYST))
            .isInstanceOf(ConcurrentEditException.class)
            .hasMessageStartingWith("This user account was changed by someone else at");
        assertThat(account("viewer").user().role()).isEqualTo(Role.VIEWER);
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_administrator_can_neither_disable_nor_demote_themselves() {
        var me = account("admin");
        assertThat(problemsOf(() -> users.disable(me.user().id(), me.version())))
            .containsExactly("You cannot disable your own account. Ask another administrator.");
        assertThat(problemsOf(() -> users.changeRole(me.user().id(), me.version(), Role.VIEWER)))
            .containsExactly("You cannot change your own role. Ask another administrator.");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void the_last_enabled_administrator_can_be_neither_disabled_nor_demoted() {
        // Make 'second' the only enabled administrator, then act as someone still holding an
        // administrator's session who is no longer one (what a session granted before a demotion holds).
        users.create("second", "Second admin", Role.ADMIN, GOOD_PASSWORD);
        users.create("former", "Former admin", Role.VIEWER, GOOD_PASSWORD);
        Accounts.as("second", Role.ADMIN, () -> {
            var admin = account("admin");
            users.disable(admin.user().id(), admin.version());
        });
        var second = account("second");

        Accounts.as("former", Role.ADMIN, () -> {
            assertThat(problemsOf(() -> users.disable(second.user().id(), second.version())))
                .containsExactly("'second' is the last enabled administrator. Make another user an administrator first.");
            assertThat(problemsOf(() -> users.changeRole(second.user().id(), second.version(), Role.REVIEWER)))
                .containsExactly("'second' is the last enabled administrator. Make another user an administrator first.");
        });
        assertThat(account("second").user()).extracting(AppUser::role, AppUser::enabled).containsExactly(Role.ADMIN, true);
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void disabling_a_user_expires_their_registered_sessions() {
        var principal = User.withUsername("reviewer").password("unused").authorities(Role.REVIEWER.authorities()).build();
        sessionRegistry.registerNewSession("reviewer-laptop", principal);
        sessionRegistry.registerNewSession("reviewer-phone", principal);
        try {
            var reviewer = account("reviewer");
            users.disable(reviewer.user().id(), reviewer.version());

            assertThat(sessionRegistry.getSessionInformation("reviewer-laptop").isExpired()).isTrue();
            assertThat(sessionRegistry.getSessionInformation("reviewer-phone").isExpired()).isTrue();
        }
        finally {
            sessionRegistry.removeSessionInformation("reviewer-laptop");
            sessionRegistry.removeSessionInformation("reviewer-phone");
        }
    }

    // Who may call what

    private static List<Consumer<UserService>> administration() {
        return List.of(
                UserService::accounts,
                UserService::findAll,
                service -> service.create("intruder", "Intruder", Role.ADMIN, GOOD_PASSWORD),
                service -> service.changeRole(1, 0, Role.ADMIN),
                service -> service.disable(1, 0),
                service -> service.enable(1, 0));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "VIEWER", "ANALYST", "REVIEWER" })
    void only_administrators_manage_accounts(Role role) {
        for (var call : administration()) {
            assertThatThrownBy(() -> Accounts.as(role.dbValue(), role, () -> call.accept(users)))
                .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anonymous_callers_are_asked_to_authenticate() {
        for (var call : administration()) {
            assertThatThrownBy(() -> call.accept(users)).isInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> users.changeOwnPassword("x", GOOD_PASSWORD, GOOD_PASSWORD))
            .isInstanceOf(AuthenticationException.class);
    }

}
