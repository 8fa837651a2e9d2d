package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.transferwatch.support.TransferWatchTest;

@TransferWatchTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_form() {
        navigate("transfers", LoginView.class);
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void a_failed_login_shows_the_error_in_the_form() {
        com.vaadin.flow.component.UI.getCurrent().navigate(LoginView.class, com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(find(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void the_form_posts_to_spring_security() {
        navigate(LoginView.class);
        assertThat(find(LoginForm.class).single().getAction()).isEqualTo("login");
    }

}
