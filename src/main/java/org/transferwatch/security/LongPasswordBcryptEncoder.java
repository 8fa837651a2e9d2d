package org.transferwatch.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt for passwords of any length we allow. bcrypt reads at most 72 bytes, and Spring's encoder
 * refuses longer input, yet a password of 128 characters may take up to 512 bytes in UTF-8. Passwords of
 * up to 72 bytes are hashed as they are, so every existing hash stays valid; a longer one is first
 * reduced to the Base64 of its HMAC-SHA-256 (44 characters) and that is hashed with bcrypt, so that no
 * character of it is ignored. The HMAC key is not a secret: it only makes the reduction ours, so that a
 * plain SHA-256 of the password leaked by some other system cannot be tried against our hashes.
 */
final class LongPasswordBcryptEncoder implements PasswordEncoder {

    private static final int BCRYPT_MAX_BYTES = 72;

    private static final SecretKeySpec REDUCTION_KEY = new SecretKeySpec(
            "TransferWatch long password reduction for bcrypt, v1".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return rawPassword == null ? null : bcrypt.encode(reduce(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        return rawPassword != null && bcrypt.matches(reduce(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private static CharSequence reduce(CharSequence rawPassword) {
        var bytes = rawPassword.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= BCRYPT_MAX_BYTES) {
            return rawPassword;
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(REDUCTION_KEY);
            return Base64.getEncoder().encodeToString(mac.doFinal(bytes));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this JVM", e);
        }
    }

}
