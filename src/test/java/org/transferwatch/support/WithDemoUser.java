package org.transferwatch.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.WithSecurityContext;
import org.transferwatch.security.Role;

/** Runs the test as the demo user of that role, with the authorities a real login gives. */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithDemoUserFactory.class)
public @interface WithDemoUser {

    Role value();

}
