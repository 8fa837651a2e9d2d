package org.transferwatch.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the application's periodic housekeeping ({@code @Scheduled} methods), such as deleting old login attempts. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
