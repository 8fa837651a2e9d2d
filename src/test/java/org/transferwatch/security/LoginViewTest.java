package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.transferwatch.support.TransferWatchTest;

@TransferWatchTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    /** The texts the form shows (its i18n property, as the browser receives it). */
    private static String errorMessage(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_form() {
        navigate("transfers", LoginView.class);
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void a_failed_login_shows_the_error_in_the_form() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form)).contains("Wrong username or password");
    }

    @Test
    void a_throttled_login_says_that_there_were_too_many_attempts_and_when_to_try_again() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", "throttled"));
        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form)).contains("Too many attempts", "try again in 15 minutes")
            .doesNotContain("Wrong username or password");
    }

    @Test
    void the_form_posts_to_spring_security() {
        navigate(LoginView.class);
        assertThat(find(LoginForm.class).single().getAction()).isEqualTo("login");
    }

}
