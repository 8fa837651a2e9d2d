package org.transferwatch.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.AppUser;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;

/**
 * Personal API tokens: {@code tw_} and 43 random URL-safe characters (256 bits). The token is shown to
 * its owner once, at creation; only its SHA-256 hash is stored. A token acts as its owner with the
 * owner's current role, until revoked or the account is disabled.
 */
@Service
public class ApiTokenService {

    /** What creating a token returns: the token itself, which exists nowhere else afterwards. */
    public record Created(ApiToken token, String secret) {
    }

    public static final String PREFIX = "tw_";

    /** The audit's entity type for tokens. */
    private static final String AUDITED_AS = "api_token";

    public static final int MAX_NAME = 100;

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();

    private final ApiTokenRepository tokens;

    private final CurrentUser currentUser;

    private final UserService users;

    private final AuditService audit;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, UserService users, AuditService audit) {
        this.audit = audit;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.users = users;
    }

    /** Creates a token for the current user under a name that says where it is used, audited. Any logged-in user. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public Created create(String name) {
        var user = currentUser.require();
        var cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new ValidationException("Name the token after the tool or script that will use it.");
        }
        if (cleanName.length() > MAX_NAME) {
            throw new ValidationException("A token's name is limited to " + MAX_NAME + " characters.");
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = tokens.insert(user.id(), cleanName, hash(secret), secret.substring(0, PREFIX.length() + 6));
        audit.record(new AuditEntry(AUDITED_AS, Long.toString(id), "create", null, null, tokens.snapshot(id)));
        var created = tokens.findByUser(user.id()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        return new Created(created, secret);
    }

    /** The current user's tokens, active ones first. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.findByUser(currentUser.require().id());
    }

    /** Revokes one of the current user's tokens, audited; it stops working at once. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void revoke(long tokenId) {
        var owner = currentUser.require().id();
        var before = tokens.findByUser(owner).stream().anyMatch(t -> t.id() == tokenId) ? tokens.snapshot(tokenId) : null;
        if (!tokens.revoke(tokenId, owner)) {
            throw new NotFoundException("This token does not exist, is not yours or is already revoked.");
        }
        audit.record(new AuditEntry(AUDITED_AS, Long.toString(tokenId), "revoke", null, before, tokens.snapshot(tokenId)));
    }

    /**
     * The enabled user an active token belongs to, noting the use. Called by the API's security filter
     * before anyone is authenticated.
     */
    @Transactional
    public Optional<AppUser> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        var hash = hash(secret);
        var user = tokens.findActiveOwner(hash).flatMap(users::findEnabled);
        user.ifPresent(u -> tokens.touch(hash, LAST_USED_RESOLUTION));
        return user;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}
