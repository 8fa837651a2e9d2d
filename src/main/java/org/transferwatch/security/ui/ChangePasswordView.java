package org.transferwatch.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;

/**
 * The page a user lands on after logging in with a password an administrator chose: nothing else opens until
 * they have chosen their own. Without the side menu, so that nothing else looks reachable.
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PageTitle("Choose your password · TransferWatch")
@PermitAll
public class ChangePasswordView extends Main {

    public static final String ROUTE = "account/password";

    private final UserService users;

    final PasswordField current = new PasswordField("Password you were given");

    final PasswordField newPassword = new PasswordField("Your new password");

    final PasswordField repeated = new PasswordField("Your new password again");

    final Button change = new Button("Save my password");

    final Problems problems = new Problems("password-problems");

    public ChangePasswordView(UserService users, CurrentUser currentUser, AuthenticationContext authentication) {
        this.users = users;
        setId("change-password-required");
        addClassName("change-password-view");
        var title = new H1("Choose your password");
        var who = currentUser.find().map(me -> me.displayName() + " (" + me.username() + ")").orElse("you");
        var why = new Paragraph("An administrator set the password of " + who + ". Choose a password of your own"
                + " to continue: only you should know it.");
        why.setId("change-password-reason");
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setId("new-password");
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText("At least 8 characters, not the one you were given. A phrase of a few unrelated"
                + " words is easy to remember and hard to guess.");
        repeated.setId("repeated-password");
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(event -> change());
        var logout = new Button("Log out instead", event -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var form = new VerticalLayout(title, why, current, newPassword, repeated, problems, change, logout);
        form.setMaxWidth("28rem");
        // The form alone on the page, in its middle: there is nothing else to do here.
        getStyle().set("display", "flex").set("justify-content", "center").set("padding-top", "4rem");
        form.getChildren().filter(child -> child instanceof PasswordField)
            .forEach(field -> ((PasswordField) field).setWidthFull());
        add(form);
    }

    private void change() {
        try {
            users.changeOwnPassword(current.getValue(), newPassword.getValue(), repeated.getValue());
            UI.getCurrent().navigate("");
        }
        catch (ValidationException e) {
            problems.show(e.problems());
        }
    }

}
