package org.transferwatch.base;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The standard Hikari pool from {@code spring.datasource.*}, created after checking the production
 * settings and making sure the database and its roles exist.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, Environment environment) {
        ProductionSettings.check(environment);
        var applicationUser = properties.determineUsername();
        DatabaseCreator.prepare(new DatabaseCreator.Accounts(properties.determineUrl(),
                applicationUser == null ? "" : applicationUser, properties.determinePassword(),
                environment.getProperty("spring.flyway.user", applicationUser == null ? "" : applicationUser),
                environment.getProperty("spring.flyway.password", properties.determinePassword() == null ? ""
                        : properties.determinePassword()),
                environment.getProperty("transferwatch.database.setup-user"),
                environment.getProperty("transferwatch.database.setup-password")));
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

}
