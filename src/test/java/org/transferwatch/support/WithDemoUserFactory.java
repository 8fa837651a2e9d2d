package org.transferwatch.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class WithDemoUserFactory implements WithSecurityContextFactory<WithDemoUser> {

    @Override
    public SecurityContext createSecurityContext(WithDemoUser annotation) {
        var role = annotation.value();
        var principal = User.withUsername(role.dbValue()).password("unused").authorities(role.authorities()).build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, role.authorities()));
        return context;
    }

}
