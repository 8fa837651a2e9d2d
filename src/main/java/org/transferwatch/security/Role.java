package org.transferwatch.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Roles in ascending order of rights; each includes every role before it, so a reviewer may also do
 * what an analyst and a viewer may.
 */
public enum Role {

    VIEWER("Viewer"), ANALYST("Analyst"), REVIEWER("Reviewer"), ADMIN("Administrator");

    /** Names for {@code @RolesAllowed} and {@code hasRole(...)}. */
    public static final String VIEWER_NAME = "VIEWER";

    public static final String ANALYST_NAME = "ANALYST";

    public static final String REVIEWER_NAME = "REVIEWER";

    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The authorities of this role and of every role it includes. */
    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values())
            .filter(this::includes)
            .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
            .toList();
    }

}
