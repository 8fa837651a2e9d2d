package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, without a database. */
class LoginAttemptsTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    private static List<Instant> failuresEvery(Duration gap, int count) {
        return IntStream.range(0, count).mapToObj(i -> T.plus(gap.multipliedBy(i))).toList();
    }

    @Test
    void four_failures_do_not_lock() {
        assertThat(LoginAttempts.lockedUntil(failuresEvery(Duration.ofSeconds(1), 4), T.plusSeconds(5))).isEmpty();
    }

    @Test
    void five_failures_within_fifteen_minutes_lock_for_fifteen_minutes_from_the_fifth() {
        var failures = failuresEvery(Duration.ofMinutes(3), 5);
        var fifth = failures.getLast();
        assertThat(LoginAttempts.lockedUntil(failures, fifth.plusSeconds(1))).hasValue(fifth.plus(Duration.ofMinutes(15)));
        assertThat(LoginAttempts.lockedUntil(failures, fifth.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void five_failures_spread_over_more_than_fifteen_minutes_do_not_lock() {
        var failures = failuresEvery(Duration.ofMinutes(4), 5);
        assertThat(LoginAttempts.lockedUntil(failures, failures.getLast().plusSeconds(1))).isEmpty();
    }

    @Test
    void the_username_is_stored_trimmed_in_lower_case_without_control_characters() {
        assertThat(LoginAttempts.username("  Admin\r\nforged log line ")).isEqualTo("admin??forged log line");
        assertThat(LoginAttempts.username("a".repeat(500))).hasSize(200);
        assertThat(LoginAttempts.username(null)).isEmpty();
    }

}
