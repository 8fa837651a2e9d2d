package org.transferwatch.security;

/** An account as administrators manage it: the user and the version of the row they loaded. */
public record UserAccount(AppUser user, int version) {
}
