package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.transferwatch.support.TestDatabase;
import org.transferwatch.support.TransferWatchTest;

@TransferWatchTest
class AuthenticationTest {

    @Autowired
    AppUserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    private DaoAuthenticationProvider provider() {
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    @Test
    void the_right_password_logs_the_analyst_in_with_the_rights_of_an_analyst_and_a_viewer() {
        var result = provider().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("analyst", TestDatabase.demoPassword()));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
            .filteredOn(authority -> authority.startsWith("ROLE_"))
            .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANALYST");
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThatThrownBy(() -> provider().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("analyst", "not-the-password")))
            .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_unknown_user_is_refused_like_a_wrong_password() {
        assertThatThrownBy(() -> provider().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("nobody", TestDatabase.demoPassword())))
            .isInstanceOf(BadCredentialsException.class);
    }

}
