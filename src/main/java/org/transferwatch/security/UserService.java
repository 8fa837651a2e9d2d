package org.transferwatch.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;

/**
 * Accounts: who exists, with which role, and their passwords. Administrators create accounts, change
 * roles, disable and re-enable; every user changes their own password. Every change is audited (without
 * the password hash) in the same transaction and checked against the version the administrator loaded.
 */
@Service
public class UserService {

    /** The same rule as the check constraint {@code app_user_username_format}. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private static final int MAX_DISPLAY_NAME_LENGTH = 200;

    private final AppUserRepository users;

    private final PasswordEncoder passwordEncoder;

    private final PasswordPolicy passwordPolicy;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserSessions sessions;

    private final LoginAttempts attempts;

    private final TransactionTemplate transactions;

    private final PasswordChange passwordChange;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AuditService audit, CurrentUser currentUser, UserSessions sessions, LoginAttempts attempts,
            TransactionTemplate transactions, PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
        this.attempts = attempts;
        this.transactions = transactions;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    /** Lists every account; administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AppUser> findAll() {
        return users.findAll();
    }

    /** Every account with the version to send back with a change, by username; administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> accounts() {
        return users.findAccounts();
    }

    /** The name to show for the user who made a change; anyone logged in may see who changed what. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<String> displayName(long userId) {
        return users.findById(userId).map(AppUser::displayName);
    }

    /** The account with this id if it may log in; for authenticating API tokens, before anyone is logged in. */
    @Transactional(readOnly = true)
    public Optional<AppUser> findEnabled(long userId) {
        return users.findById(userId).filter(AppUser::enabled);
    }

    /** Whether the username is taken; administrators only (it tells who has an account). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.exists(username);
    }

    /**
     * Creates an account unless one with that username exists. Not exposed to users: the demo loader
     * calls it at start, before anyone is logged in. People create accounts through {@link #create}.
     *
     * It creates accounts of any role, so it asks for the administrator's role like {@link #create}: the
     * loader acts as one.
     *
     * @return true when the account was created
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean createIfMissing(String username, String displayName, String rawPassword, Role role) {
        if (users.exists(username)) {
            return false;
        }
        // The demo users' passwords are published with the demo: nobody else chose them for a real person.
        users.insert(username, displayName, encode(rawPassword), role, false);
        return true;
    }

    /**
     * Creates an enabled account with an initial password that must satisfy the password rules;
     * administrators only. The username is stored in lower case. The user must choose a password of their
     * own at their first login ({@link PasswordChange}).
     *
     * @return the new account's id
     * @throws ValidationException listing every problem with the input; nothing was created
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(String username, String displayName, @Nullable Role role, String initialPassword) {
        currentUser.require();
        var name = username.strip().toLowerCase(Locale.ROOT);
        var problems = new ArrayList<String>();
        if (name.isEmpty()) {
            problems.add("Enter a username.");
        }
        else if (!USERNAME.matcher(name).matches()) {
            problems.add("A username has 2 to 64 characters — lower-case letters, digits, dots, hyphens and"
                    + " underscores — and starts with a letter or a digit.");
        }
        else if (users.exists(name)) {
            problems.add("The username '" + name + "' is already taken.");
        }
        if (displayName.isBlank()) {
            problems.add("Enter the person's name.");
        }
        else if (displayName.strip().length() > MAX_DISPLAY_NAME_LENGTH) {
            problems.add("The name may have at most " + MAX_DISPLAY_NAME_LENGTH + " characters.");
        }
        if (role == null) {
            problems.add("Choose a role.");
        }
        problems.addAll(passwordPolicy.problems(initialPassword, name));
        if (!problems.isEmpty() || role == null) {
            throw new ValidationException(problems);
        }
        long id;
        try {
            id = users.insert(name, displayName.strip(), encode(initialPassword), role, true);
        }
        catch (DuplicateKeyException e) {
            // Someone created the same username in the moment since we checked.
            throw new ValidationException("The username '" + name + "' is already taken.");
        }
        audit.record(new AuditEntry("app_user", Long.toString(id), "create", null, null, users.snapshot(id)));
        return id;
    }

    /**
     * Gives the user another role; administrators only, not for their own account, and never taking the
     * role from the last enabled administrator. The user's sessions end, so that they log in again with
     * the rights of the new role (a session keeps the rights it was given at login).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRole(long userId, int expectedVersion, Role role) {
        var account = requireOthersAccount(userId, "You cannot change your own role. Ask another administrator.");
        var user = account.user();
        if (user.role() == role && account.version() == expectedVersion) {
            return;
        }
        if (user.role() == Role.ADMIN && role != Role.ADMIN && user.enabled()) {
            requireAnotherEnabledAdmin(user);
        }
        update(account, () -> users.updateRole(userId, expectedVersion, role));
        sessions.expireAll(user.username());
    }

    /**
     * Disables an account: the user can no longer log in and all their sessions end. Administrators only,
     * not for their own account, and never the last enabled administrator.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void disable(long userId, int expectedVersion) {
        var account = requireOthersAccount(userId, "You cannot disable your own account. Ask another administrator.");
        var user = account.user();
        if (!user.enabled() && account.version() == expectedVersion) {
            return;
        }
        if (user.role() == Role.ADMIN && user.enabled()) {
            requireAnotherEnabledAdmin(user);
        }
        update(account, () -> users.updateEnabled(userId, expectedVersion, false));
        // Ended now rather than after commit: if the transaction failed, the user merely logs in again.
        sessions.expireAll(user.username());
    }

    /** Re-enables a disabled account with its role and password as they were; administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void enable(long userId, int expectedVersion) {
        currentUser.require();
        var account = requireAccount(userId);
        if (account.user().enabled() && account.version() == expectedVersion) {
            return;
        }
        update(account, () -> users.updateEnabled(userId, expectedVersion, true));
    }

    /**
     * Changes the current user's own password; any logged-in user. The current password must be right
     * and the new one must satisfy the password rules and be typed the same twice. The user's other
     * sessions end; the one they changed it from stays.
     * <p>
     * The current password is checked behind the login throttle, as a login is: a wrong one counts as a
     * failed login attempt for the username and the address (and is committed, although the change is
     * refused), and while they are throttled the password is not checked at all, so a session left open
     * cannot be used to guess it.
     *
     * @throws ValidationException saying what is wrong; the password was not changed
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, String repeatedPassword) {
        var me = currentUser.require();
        checkCurrentPassword(me.username(), currentPassword);
        transactions.executeWithoutResult(status -> {
            var problems = new ArrayList<String>();
            if (!newPassword.equals(repeatedPassword)) {
                problems.add("The new password and its repetition differ.");
            }
            if (!newPassword.isEmpty() && newPassword.equals(currentPassword)) {
                problems.add("Choose a new password that differs from the current one.");
            }
            problems.addAll(passwordPolicy.problems(newPassword, me.username()));
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            var account = requireAccount(me.id());
            update(account, () -> users.updatePassword(me.id(), account.version(), encode(newPassword), false));
            sessions.expireAllExcept(me.username(), currentSessionId());
        });
        passwordChange.satisfied();
    }

    /**
     * Gives another user's account a password the administrator chose, for a user who forgot theirs;
     * administrators only, not for their own account (they change it on My account). The user's sessions end
     * and they must choose a password of their own at their next login. Audited as a reset, without the hash.
     *
     * @throws ValidationException saying what is wrong with the password; nothing was changed
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long userId, int expectedVersion, String temporaryPassword) {
        var account = requireOthersAccount(userId, "Change your own password on My account.");
        var user = account.user();
        var problems = passwordPolicy.problems(temporaryPassword, user.username());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        var before = users.snapshot(userId);
        if (!users.updatePassword(userId, expectedVersion, encode(temporaryPassword), true)) {
            throw new ConcurrentEditException("user account", null, users.findUpdatedAt(userId).orElse(null));
        }
        audit.record(new AuditEntry("app_user", Long.toString(userId), "reset_password", null, before,
                users.snapshot(userId)));
        sessions.expireAll(user.username());
    }

    /** Whether the user must choose a new password at their next login; administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired(long userId) {
        return users.passwordChangeRequired(userId);
    }

    /** The current password check of {@link #changeOwnPassword}, in a transaction of its own (see there). */
    private void checkCurrentPassword(String username, String currentPassword) {
        try {
            attempts.checkThrottled(LoginAttempts.username(username), currentAddress(), () -> {
                var credentials = users.findCredentials(username).orElseThrow(() -> new NotFoundException("Please log in."));
                if (!passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
                    throw new BadCredentialsException("Wrong current password");
                }
                return credentials;
            });
        }
        catch (LoginThrottledException e) {
            throw new ValidationException("There were too many wrong passwords for your account. For its safety,"
                    + " the password cannot be changed for " + LoginAttempts.LOCKOUT.toMinutes() + " minutes.");
        }
        catch (BadCredentialsException e) {
            throw new ValidationException("Your current password is not right.");
        }
    }

    private String encode(String password) {
        var hash = passwordEncoder.encode(password);
        if (hash == null) {
            throw new IllegalStateException("The password encoder returned no hash");
        }
        return hash;
    }

    private UserAccount requireAccount(long userId) {
        return users.findAccount(userId).orElseThrow(() -> new NotFoundException("This user account does not exist."));
    }

    /** The account an administrator acts on, which must not be their own: that is refused with the sentence given. */
    private UserAccount requireOthersAccount(long userId, String ownAccountRefusal) {
        var admin = currentUser.require();
        var account = requireAccount(userId);
        if (account.user().id() == admin.id()) {
            throw new ValidationException(ownAccountRefusal);
        }
        return account;
    }

    private void requireAnotherEnabledAdmin(AppUser user) {
        if (users.lockEnabledAdmins() <= 1) {
            throw new ValidationException("'" + user.username() + "' is the last enabled administrator."
                    + " Make another user an administrator first.");
        }
    }

    /** Applies one change over the loaded version and audits it, or reports who got there first. */
    private void update(UserAccount account, BooleanSupplier change) {
        var id = account.user().id();
        var before = users.snapshot(id);
        if (!change.getAsBoolean()) {
            throw new ConcurrentEditException("user account", null, users.findUpdatedAt(id).orElse(null));
        }
        audit.record(new AuditEntry("app_user", Long.toString(id), "update", null, before, users.snapshot(id)));
    }

    private static String currentAddress() {
        return LoginAttempts.address(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null);
    }

    private static @Nullable String currentSessionId() {
        var request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }

}
