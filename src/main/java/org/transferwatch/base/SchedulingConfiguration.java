package org.transferwatch.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the features' periodic housekeeping ({@code @Scheduled} methods): old login attempts, tally folding. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
