package org.transferwatch.monitoring;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Whether a mail server is configured (Spring Boot's {@code spring.mail.host}); without one nothing is mailed. */
@Component
public class MailSettings {

    private final Environment environment;

    MailSettings(Environment environment) {
        this.environment = environment;
    }

    public boolean configured() {
        var host = environment.getProperty("spring.mail.host");
        return host != null && !host.isBlank();
    }

}
