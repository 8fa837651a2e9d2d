package org.transferwatch.base;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * What the {@code prod} profile refuses to start with: a database account without a password, or the
 * {@code postgres} superuser for the application or its migrations (a superuser is bound by no grant,
 * so the audit trail's protection would rest on the triggers alone, which it may drop).
 */
public final class ProductionSettings {

    public static final String PROFILE = "prod";

    static final String SUPERUSER = "postgres";

    private ProductionSettings() {
    }

    /** Throws {@link Refused} listing every problem, when the {@code prod} profile is active. */
    static void check(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        var problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }

    static List<String> problems(Environment environment) {
        var problems = new ArrayList<String>();
        var applicationUser = environment.getProperty("spring.datasource.username", "");
        var ownerUser = environment.getProperty("spring.flyway.user", applicationUser);
        if (environment.getProperty("spring.datasource.password", "").isEmpty()) {
            problems.add("The database password is not set: set spring.datasource.password "
                    + "(environment variable SPRING_DATASOURCE_PASSWORD).");
        }
        if (SUPERUSER.equals(applicationUser)) {
            problems.add("The application connects as the PostgreSQL superuser 'postgres': set spring.datasource.username "
                    + "to the application's own role (see docs/operations.md, \"Database roles\").");
        }
        if (SUPERUSER.equals(ownerUser)) {
            problems.add("The migrations run as the PostgreSQL superuser 'postgres': set spring.flyway.user to the "
                    + "owner role (see docs/operations.md, \"Database roles\").");
        }
        if (applicationUser.equals(ownerUser)) {
            problems.add("The application and its migrations use the same role '" + applicationUser + "': the "
                    + "application's role must own nothing, so spring.datasource.username and spring.flyway.user differ.");
        }
        return problems;
    }

    /** The production profile's settings are unsafe; the message says which and what to set. */
    public static final class Refused extends IllegalStateException {

        private final List<String> problems;

        Refused(List<String> problems) {
            super("TransferWatch does not start with the 'prod' profile: " + String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }

    }

    /** Shows the refusal as Boot's startup failure report: what is wrong, then what to do. */
    public static final class RefusedAnalyzer extends AbstractFailureAnalyzer<Refused> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, Refused cause) {
            return new FailureAnalysis("The 'prod' profile refused these settings:\n  - " + String.join("\n  - ", cause.problems()),
                    "Set them as docs/operations.md describes, or start without --spring.profiles.active=prod "
                            + "for a local trial.", cause);
        }

    }

}
