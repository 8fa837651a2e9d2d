package org.transferwatch.security;

import java.util.ArrayList;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads login credentials from {@code app_user}; a role brings the authorities of the roles below it, and a
 * password an administrator chose brings {@link PasswordChange#REQUIRED}.
 */
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
        var authorities = new ArrayList<GrantedAuthority>(user.role().authorities());
        if (credentials.passwordChangeRequired()) {
            authorities.add(PasswordChange.REQUIRED);
        }
        return User.withUsername(user.username())
            .password(credentials.passwordHash())
            .authorities(authorities)
            .disabled(!user.enabled())
            .build();
    }

}
