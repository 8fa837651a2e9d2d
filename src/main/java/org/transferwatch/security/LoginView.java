package org.transferwatch.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · TransferWatch")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** The value of {@code ?error=} with which the security configuration reports a throttled attempt. */
    static final String THROTTLED = "throttled";

    /** The value of {@code ?error=} for a disabled account whose password was right. */
    static final String DISABLED = "disabled";

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setI18n(i18n(null));
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        var title = new H1("TransferWatch");
        title.addClassName("login-title");
        var tagline = new Paragraph("Reported arms and raw-material transfers, their sources and the sanctions they may breach.");
        tagline.addClassName("login-tagline");
        add(title, tagline, login);
    }

    private static LoginI18n i18n(@Nullable String error) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Username");
        if (DISABLED.equals(error)) {
            // Only after the right password (see SecurityConfiguration): it tells nothing a guesser could use.
            i18n.getErrorMessage().setTitle("Your account is disabled");
            i18n.getErrorMessage().setMessage("Your username and password are right, but an administrator has"
                    + " disabled your account. Ask an administrator to enable it again.");
        }
        else if (THROTTLED.equals(error)) {
            i18n.getErrorMessage().setTitle("Too many attempts");
            i18n.getErrorMessage().setMessage("There were too many failed attempts to log in. For your account's"
                    + " safety, logging in is paused: try again in " + LoginAttempts.LOCKOUT.toMinutes() + " minutes.");
        }
        else {
            i18n.getErrorMessage().setTitle("Wrong username or password");
            i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        }
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var error = event.getLocation().getQueryParameters().getParameters().get("error");
        login.setI18n(i18n(error == null || error.isEmpty() ? null : error.getFirst()));
        login.setError(error != null);
    }

}
