package org.transferwatch.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;
import org.transferwatch.Application;

/** What the production profile refuses to start with, and what it turns on and off. */
class ProductionSettingsTest {

    private static MockEnvironment production() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles(ProductionSettings.PROFILE);
        return environment.withProperty("spring.datasource.username", "transferwatch_app")
            .withProperty("spring.datasource.password", "a long generated password")
            .withProperty("spring.flyway.user", "transferwatch_owner");
    }

    @Test
    void production_starts_with_its_own_roles_and_a_password() {
        assertThat(ProductionSettings.problems(production())).isEmpty();
    }

    @Test
    void production_refuses_a_missing_database_password() {
        assertThat(ProductionSettings.problems(production().withProperty("spring.datasource.password", "")))
            .singleElement().asString().contains("database password is not set", "SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void production_refuses_the_postgres_superuser_for_the_application_or_the_migrations() {
        assertThat(ProductionSettings.problems(production().withProperty("spring.datasource.username", "postgres")))
            .anySatisfy(problem -> assertThat(problem).contains("application connects as the PostgreSQL superuser"));
        assertThat(ProductionSettings.problems(production().withProperty("spring.flyway.user", "postgres")))
            .singleElement().asString().contains("migrations run as the PostgreSQL superuser");
    }

    @Test
    void production_refuses_one_role_for_the_application_and_its_migrations() {
        assertThat(ProductionSettings.problems(production().withProperty("spring.flyway.user", "transferwatch_app")))
            .singleElement().asString().contains("same role 'transferwatch_app'");
    }

    @Test
    void without_the_production_profile_nothing_is_refused() {
        var local = new MockEnvironment().withProperty("spring.datasource.username", "postgres");
        ProductionSettings.check(local);
    }

    @Test
    void the_application_does_not_start_with_the_production_profile_and_the_default_superuser() {
        var application = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE);
        assertThatThrownBy(() -> application.run("--spring.profiles.active=prod",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/transferwatch_prod_check",
                "--spring.datasource.username=postgres", "--spring.flyway.user=postgres", "--spring.main.banner-mode=off"))
            .rootCause()
            .isInstanceOf(ProductionSettings.Refused.class)
            .hasMessageContaining("does not start with the 'prod' profile")
            .hasMessageContaining("database password is not set")
            .hasMessageContaining("application connects as the PostgreSQL superuser 'postgres'");
    }

    @Test
    void the_startup_failure_report_lists_each_problem_and_what_to_do() {
        var refused = new ProductionSettings.Refused(ProductionSettings.problems(production()
            .withProperty("spring.datasource.password", "").withProperty("spring.flyway.user", "postgres")));
        var analysis = new ProductionSettings.RefusedAnalyzer().analyze(refused);
        assertThat(analysis.getDescription()).contains("refused these settings", "password is not set", "spring.flyway.user");
        assertThat(analysis.getAction()).contains("docs/operations.md");
    }

    @Test
    void the_production_profile_turns_the_demo_off_creates_nothing_and_sends_cookies_over_https_only() throws IOException {
        var sources = new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yml"));
        var profile = sources.getFirst();
        assertThat(profile.getProperty("transferwatch.demo.enabled")).hasToString("false");
        assertThat(profile.getProperty("transferwatch.database.setup-user")).hasToString("");
        assertThat(profile.getProperty("server.servlet.session.cookie.secure")).hasToString("true");
    }

}
