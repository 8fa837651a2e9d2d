package org.transferwatch.security.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.security.Role;

/** The fields of a new account; fires {@link CreateEvent} and knows no database. */
class NewUserForm extends FormLayout {

    record NewUser(String username, String displayName, @Nullable Role role, String password) {
    }

    static class CreateEvent extends ComponentEvent<NewUserForm> {

        private final NewUser user;

        CreateEvent(NewUserForm source, NewUser user) {
            super(source, false);
            this.user = user;
        }

        NewUser user() {
            return user;
        }

    }

    private final TextField username = new TextField("Username");

    private final TextField displayName = new TextField("Name");

    private final Select<Role> role = new Select<>();

    private final PasswordField password = new PasswordField("Initial password");

    private final Problems problems = new Problems("new-user-problems");

    final Button create = new Button("Create user");

    NewUserForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1));
        username.setId("new-username");
        username.setHelperText("Lower-case letters, digits, dots, hyphens and underscores.");
        username.setAutocomplete(Autocomplete.OFF);
        displayName.setId("new-display-name");
        displayName.setHelperText("As colleagues know them, e.g. Jane Doe.");
        role.setId("new-role");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.VIEWER);
        role.setHelperText("A role includes the rights of the roles listed before it.");
        password.setId("new-password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText("At least 8 characters; common passwords are refused. Give it to the person"
                + " in person: they must choose their own at their first login.");
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> fireEvent(new CreateEvent(this, new NewUser(username.getValue(),
                displayName.getValue(), role.getValue(), password.getValue()))));
        add(username, displayName, role, password, problems);
    }

    void showProblems(List<String> list) {
        problems.show(list);
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

}
