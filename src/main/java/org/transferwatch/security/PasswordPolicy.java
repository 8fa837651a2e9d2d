package org.transferwatch.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, after OWASP ASVS 5.0 section 6.2: at least {@value #MIN_LENGTH} and at
 * most {@value #MAX_LENGTH} characters, any characters (spaces and pasting included), no composition
 * rules (they make passwords harder to remember, not to guess), not one of the most common passwords,
 * not the username.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    static final int MAX_LENGTH = 128;

    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        common = load(COMMON_PASSWORDS);
    }

    /** Why this password may not be used by this user, in the user's terms; empty when it may. */
    List<String> problems(String password, String username) {
        var problems = new ArrayList<String>();
        // Characters as people count them: a letter outside the basic plane is one character, not two.
        var length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("The password must have at least " + MIN_LENGTH + " characters.");
        }
        else if (length > MAX_LENGTH) {
            problems.add("The password may have at most " + MAX_LENGTH + " characters.");
        }
        else if (common.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add("This password is one of the most commonly used passwords, which attackers try first."
                    + " Choose another one.");
        }
        if (!username.isBlank() && password.strip().equalsIgnoreCase(username.strip())) {
            problems.add("The password must not be the username.");
        }
        return problems;
    }

    private static Set<String> load(String resource) {
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords " + resource, e);
        }
    }

}
