package org.transferwatch.security.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserAccount;
import org.transferwatch.security.UserService;

/**
 * User administration: the accounts in a grid, the selected one's role and status beside it, and a
 * dialog for a new account. The rules (who may do what, the last administrator) are the service's.
 */
@Route("admin/users")
@PageTitle("Users · TransferWatch")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminView extends VerticalLayout {

    private final UserService users;

    private final CurrentUser currentUser;

    private final Grid<UserAccount> grid = new Grid<>();

    private final Div details = new Div();

    private final H3 detailsName = new H3();

    private final Paragraph detailsSummary = new Paragraph();

    private final Select<Role> role = new Select<>();

    private final Button changeRole = new Button("Change role");

    private final Button disable = new Button("Disable account");

    private final Button enable = new Button("Enable account");

    private final Paragraph hint = new Paragraph();

    private final Problems problems = new Problems("user-problems");

    private @Nullable UserAccount selected;

    public UserAdminView(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
        setWidthFull();
        addClassName("user-admin-view");

        var title = new H1("Users");
        title.addClassName("view-title");
        var newUser = new Button("New user", VaadinIcon.PLUS.create(), event -> openNewUserDialog());
        newUser.setId("new-user");
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(title, newUser);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // A team's accounts, not thousands: the grid is as tall as its rows and the page scrolls.
        grid.setAllRowsVisible(true);
        grid.addColumn(account -> account.user().username()).setHeader("Username").setKey("username")
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> account.user().displayName()).setHeader("Name").setKey("name").setFlexGrow(1);
        grid.addColumn(account -> account.user().role().label()).setHeader("Role").setKey("role")
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> account.user().enabled() ? "Enabled" : "Disabled").setHeader("Status")
            .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(account -> account.user().enabled() ? null : "disabled-account");
        grid.asSingleSelect().addValueChangeListener(event -> select(event.getValue()));
        grid.setEmptyStateText("No users yet.");

        details.setId("user-details");
        details.addClassName("user-details");
        role.setId("user-role");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setWidthFull();
        changeRole.setId("change-role");
        changeRole.addClickListener(event -> act(account -> {
            var newRole = role.getValue();
            if (newRole != null) {
                users.changeRole(account.user().id(), account.version(), newRole);
            }
        }, "The role of '%s' is now %s. They will have to log in again."));
        disable.setId("disable-user");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.addClickListener(event -> act(account -> users.disable(account.user().id(), account.version()),
                "'%s' can no longer log in; their sessions were ended."));
        enable.setId("enable-user");
        enable.addClickListener(event -> act(account -> users.enable(account.user().id(), account.version()),
                "'%s' can log in again."));
        hint.addClassName("user-details-hint");
        var actions = new HorizontalLayout(changeRole, disable, enable);
        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        detailsSummary.addClassName("user-details-summary");
        details.add(detailsName, detailsSummary, role, actions, problems, hint);

        var body = new HorizontalLayout(grid, details);
        body.addClassName("user-admin-body");
        body.setWrap(true);
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        body.expand(grid);
        add(header, body);
        refresh(null);
    }

    private interface AccountAction {
        void apply(UserAccount account);
    }

    /** Runs an action on the selected account and shows its outcome; the rules are checked by the service. */
    private void act(AccountAction action, String doneMessage) {
        var account = selected;
        if (account == null) {
            return;
        }
        try {
            action.apply(account);
            var updated = refresh(account.user().id());
            var done = String.format(doneMessage, account.user().username(),
                    updated.map(a -> a.user().role().label()).orElse(""));
            Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        catch (ValidationException e) {
            problems.show(e.problems());
        }
        catch (ConcurrentEditException e) {
            refresh(account.user().id());
            problems.show(List.of(e.getMessage()));
        }
    }

    /** Reloads the accounts and selects the one with this id again, if any; returns it. */
    private Optional<UserAccount> refresh(@Nullable Long selectId) {
        var accounts = users.accounts();
        grid.setItems(accounts);
        var again = accounts.stream().filter(account -> selectId != null && account.user().id() == selectId).findFirst();
        again.ifPresentOrElse(grid::select, () -> select(null));
        return again;
    }

    private void select(@Nullable UserAccount account) {
        selected = account;
        problems.clear();
        details.getChildren().forEach(child -> child.setVisible(account != null));
        problems.setVisible(false);
        if (account == null) {
            hint.setVisible(true);
            hint.setText("Select a user to change their role, or to disable or enable their account.");
            return;
        }
        var user = account.user();
        var myself = currentUser.find().map(me -> me.id() == user.id()).orElse(false);
        detailsName.setText(user.displayName());
        detailsSummary.setText(user.username() + " · " + user.role().label() + " · "
                + (user.enabled() ? "can log in" : "disabled"));
        role.setValue(user.role());
        role.setEnabled(!myself);
        changeRole.setEnabled(!myself);
        disable.setVisible(user.enabled());
        disable.setEnabled(!myself);
        enable.setVisible(!user.enabled());
        hint.setVisible(myself);
        hint.setText(myself ? "This is your own account: another administrator has to change its role or disable it."
                : "");
    }

    private void openNewUserDialog() {
        var form = new NewUserForm();
        var dialog = new Dialog(form);
        dialog.setId("new-user-dialog");
        dialog.setHeaderTitle("New user");
        dialog.setWidth("28rem");
        var cancel = new Button("Cancel", event -> dialog.close());
        dialog.getFooter().add(cancel, form.create);
        form.addCreateListener(event -> {
            var user = event.user();
            try {
                var id = users.create(user.username(), user.displayName(), user.role(), user.password());
                dialog.close();
                var created = refresh(id).map(account -> account.user().username()).orElse(user.username());
                Notification.show("Created the account '" + created + "'.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            catch (ValidationException e) {
                form.showProblems(e.problems());
            }
        });
        dialog.open();
    }

}
