package org.transferwatch.security;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: who exists and with which role. */
@Service
public class UserService {

    private final AppUserRepository users;

    private final PasswordEncoder passwordEncoder;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** Lists every account; administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AppUser> findAll() {
        return users.findAll();
    }

    /** The name to show for the user who made a change. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> displayName(long userId) {
        return users.findById(userId).map(AppUser::displayName);
    }

    /** The account with this id if it may log in; for authenticating API tokens, before anyone is logged in. */
    @Transactional(readOnly = true)
    public java.util.Optional<AppUser> findEnabled(long userId) {
        return users.findById(userId).filter(AppUser::enabled);
    }

    public boolean exists(String username) {
        return users.exists(username);
    }

    /**
     * Creates an account unless one with that username exists. Not exposed to users: the demo loader
     * and the account administration (which checks the caller's role itself) call it.
     *
     * @return true when the account was created
     */
    @Transactional
    public boolean createIfMissing(String username, String displayName, String rawPassword, Role role) {
        if (users.exists(username)) {
            return false;
        }
        users.insert(username, displayName, passwordEncoder.encode(rawPassword), role);
        return true;
    }

}
