package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class LongPasswordBcryptEncoderTest {

    private final LongPasswordBcryptEncoder encoder = new LongPasswordBcryptEncoder();

    @Test
    void a_short_password_is_plain_bcrypt_so_existing_hashes_stay_valid() {
        var existing = new BCryptPasswordEncoder().encode("tr0ub4dor&3");
        assertThat(encoder.matches("tr0ub4dor&3", existing)).isTrue();
        assertThat(new BCryptPasswordEncoder().matches("tr0ub4dor&3", encoder.encode("tr0ub4dor&3"))).isTrue();
    }

    @Test
    void a_password_longer_than_bcrypts_72_bytes_is_hashed_and_every_character_counts() {
        var common = "x".repeat(72);
        var hash = encoder.encode(common + "-one");
        assertThat(hash).startsWith("$2");
        assertThat(encoder.matches(common + "-one", hash)).isTrue();
        // Plain bcrypt would ignore everything after the 72nd byte and take this one too.
        assertThat(encoder.matches(common + "-two", hash)).isFalse();
    }

    @Test
    void a_password_of_128_characters_outside_ascii_is_hashed() {
        var password = "ж".repeat(128);
        assertThat(encoder.matches(password, encoder.encode(password))).isTrue();
    }

}
