package org.transferwatch.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a database of its own, demo data loaded, serving HTTP on a random port
 * (for real requests and the browser journeys), with a clock tests can move.
 * <p>
 * Every Spring test uses this one configuration, hence one application context per JVM: Vaadin installs
 * its security context holder strategy into Spring Security's static {@code SecurityContextHolder}, so
 * with a second context in the same JVM, {@code @WithDemoUser} would set the user in one context's
 * holder while the other context's method security reads its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestClockConfiguration.class, RouteScenario.Maker.class })
public @interface TransferWatchTest {
}
