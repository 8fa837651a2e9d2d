package org.transferwatch.security;

/** A person who may log in, as the rest of the application sees them (never with a password). */
public record AppUser(long id, String username, String displayName, Role role, boolean enabled) {
}
