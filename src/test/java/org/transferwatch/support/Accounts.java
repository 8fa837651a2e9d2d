package org.transferwatch.support;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;

/** Helpers for tests that need accounts of their own or need to act as a given user for a moment. */
public final class Accounts {

    /** The password of every account these helpers create. */
    public static final String PASSWORD = "correct horse battery staple";

    private Accounts() {
    }

    /** A username no other test uses, starting with {@code prefix}. */
    public static String uniqueUsername(String prefix) {
        var random = new byte[4];
        new SecureRandom().nextBytes(random);
        return prefix + "-" + HexFormat.of().formatHex(random);
    }

    /**
     * Creates an account with {@link #PASSWORD} that logs in straight to the app, as one whose owner has chosen
     * their password already (a demo account does too); returns its id. For an account as an administrator
     * creates it, which must choose its own password at the first login, see {@link #createAsAdministrator}.
     */
    public static long create(UserService users, String username, Role role) {
        return as("admin", Role.ADMIN, () -> {
            users.createIfMissing(username, "Test " + username, PASSWORD, role);
            return users.accounts().stream().filter(account -> account.user().username().equals(username))
                .findFirst().orElseThrow().user().id();
        });
    }

    /** Creates an account with {@link #PASSWORD} as an administrator does on the Users screen; returns its id. */
    public static long createAsAdministrator(UserService users, String username, Role role) {
        return as("admin", Role.ADMIN, () -> users.create(username, "Test " + username, role, PASSWORD));
    }

    /** Runs {@code action} as the user {@code username} logged in with the rights of {@code role}. */
    public static <T> T as(String username, Role role, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var principal = User.withUsername(username).password("unused").authorities(role.authorities()).build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, role.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, Role role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }

}
