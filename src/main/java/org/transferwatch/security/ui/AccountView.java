package org.transferwatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;

/** The user's own account: who they are logged in as, and changing their password. */
@Route("account")
@PageTitle("My account · TransferWatch")
@Menu(title = "My account", order = 99, icon = "vaadin:user")
@PermitAll
public class AccountView extends VerticalLayout {

    private final UserService users;

    private final PasswordField current = new PasswordField("Current password");

    private final PasswordField newPassword = new PasswordField("New password");

    private final PasswordField repeated = new PasswordField("New password again");

    private final Problems problems = new Problems("password-problems");

    public AccountView(UserService users, CurrentUser currentUser) {
        this.users = users;
        addClassName("account-view");

        var title = new H1("My account");
        title.addClassName("view-title");
        var who = new Paragraph(currentUser.find()
            .map(me -> "You are logged in as " + me.displayName() + " (" + me.username() + "), " + me.role().label() + ".")
            .orElse(""));
        who.setId("account-summary");
        who.addClassName("account-summary");

        var section = new H3("Change your password");
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setId("new-password");
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText("At least 8 characters. A phrase of a few unrelated words is easy to remember"
                + " and hard to guess; common passwords and your username are refused.");
        repeated.setId("repeated-password");
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        var change = new Button("Change password", event -> change());
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var form = new VerticalLayout(section, current, newPassword, repeated, problems, change);
        form.addClassName("account-form");
        form.setPadding(false);
        form.setSpacing(false);
        form.getChildren().filter(child -> child instanceof PasswordField)
            .forEach(field -> ((PasswordField) field).setWidthFull());
        add(title, who, form);
    }

    private void change() {
        try {
            users.changeOwnPassword(current.getValue(), newPassword.getValue(), repeated.getValue());
            problems.clear();
            current.clear();
            newPassword.clear();
            repeated.clear();
            Notification.show("Your password was changed. Your other sessions, if any, were ended.", 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        catch (ValidationException e) {
            problems.show(e.problems());
        }
    }

}
