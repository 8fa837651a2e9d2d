package org.transferwatch.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads login credentials from {@code app_user}; a role brings the authorities of the roles below it. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    private final CurrentRoles currentRoles;

    AppUserDetailsService(AppUserRepository users, CurrentRoles currentRoles) {
        this.users = users;
        this.currentRoles = currentRoles;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = users.findCredentials(username)
            .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        var user = credentials.user();
        currentRoles.remember(user);
        return User.withUsername(user.username())
            .password(credentials.passwordHash())
            .authorities(user.role().authorities())
            .disabled(!user.enabled())
            .build();
    }

}
