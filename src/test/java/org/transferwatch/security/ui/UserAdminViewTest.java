package org.transferwatch.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ui.AccessDeniedView;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserAccount;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ADMIN)
class UserAdminViewTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<UserAccount> grid() {
        return find(Grid.class).id("users-grid");
    }

    private List<String> rows() {
        var grid = grid();
        return IntStream.range(0, test(grid).size())
            .mapToObj(row -> String.join(" | ", test(grid).getCellText(row, 0), test(grid).getCellText(row, 1),
                    test(grid).getCellText(row, 2), test(grid).getCellText(row, 3)))
            .toList();
    }

    private void select(String username) {
        var grid = grid();
        var row = IntStream.range(0, test(grid).size())
            .filter(i -> test(grid).getRow(i).user().username().equals(username))
            .findFirst()
            .orElseThrow();
        test(grid).select(row);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private String problems(String id) {
        // Only what is visible is found: no box, no problems.
        return find(Div.class).withId(id).all().stream()
            .map(box -> box.getElement().getTextRecursively())
            .findFirst()
            .orElse("");
    }

    private void createUser(String username, String name, String role, String password) {
        click("new-user");
        test(find(TextField.class).id("new-username")).setValue(username);
        test(find(TextField.class).id("new-display-name")).setValue(name);
        @SuppressWarnings("unchecked")
        Select<Role> roleSelect = find(Select.class).id("new-role");
        test(roleSelect).selectItem(role);
        test(find(PasswordField.class).id("new-password")).setValue(password);
        click("create-user");
    }

    @Test
    void the_administrator_sees_every_user_with_name_role_and_status() {
        navigate(UserAdminView.class);
        assertThat(rows()).containsExactly(
                "admin | Demo administrator | Administrator | Enabled",
                "analyst | Demo analyst | Analyst | Enabled",
                "reviewer | Demo reviewer | Reviewer | Enabled",
                "viewer | Demo viewer | Viewer | Enabled");
    }

    @Test
    void creating_a_user_adds_them_to_the_grid_selected() {
        navigate(UserAdminView.class);
        createUser("jdoe", "Jane Doe", "Analyst", "amber lantern over the fjord");
        assertThat(rows()).contains("jdoe | Jane Doe | Analyst | Enabled");
        assertThat(test(grid()).getSelected()).singleElement().extracting(account -> account.user().username())
            .isEqualTo("jdoe");
    }

    @Test
    void a_refused_new_user_shows_every_problem_in_the_dialog_and_creates_nothing() {
        navigate(UserAdminView.class);
        createUser("Jane Doe", "Jane Doe", "Viewer", "password1");
        assertThat(problems("new-user-problems")).contains("A username has 2 to 64 characters")
            .contains("most commonly used passwords");
        assertThat(find(TextField.class).id("new-username").isAttached()).isTrue();
        assertThat(rows()).hasSize(4);
    }

    @Test
    void disabling_and_re_enabling_a_user_changes_their_status() {
        navigate(UserAdminView.class);
        select("viewer");
        click("disable-user");
        assertThat(rows()).contains("viewer | Demo viewer | Viewer | Disabled");
        assertThat(find(Button.class).id("enable-user").isVisible()).isTrue();
        click("enable-user");
        assertThat(rows()).contains("viewer | Demo viewer | Viewer | Enabled");
    }

    @Test
    void a_new_user_and_a_reset_password_must_be_replaced_at_the_next_login_as_the_details_say() {
        navigate(UserAdminView.class);
        createUser("jdoe", "Jane Doe", "Analyst", "amber lantern over the fjord");
        assertThat(find(Paragraph.class).withClassName("user-details-summary").single().getText())
            .isEqualTo("jdoe · Analyst · can log in · must choose a new password at the next login");

        select("viewer");
        click("reset-password");
        test(find(PasswordField.class).id("temporary-password")).setValue("short");
        click("confirm-reset-password");
        assertThat(problems("reset-password-problems")).contains("at least 8 characters");
        test(find(PasswordField.class).id("temporary-password")).setValue("a temporary passphrase 7");
        click("confirm-reset-password");
        assertThat(find(Paragraph.class).withClassName("user-details-summary").single().getText())
            .isEqualTo("viewer · Viewer · can log in · must choose a new password at the next login");
    }

    @Test
    void the_administrator_resets_no_password_of_their_own_here() {
        navigate(UserAdminView.class);
        select("admin");
        assertThat(find(Button.class).id("reset-password").isEnabled()).isFalse();
    }

    @Test
    void changing_a_role_shows_the_new_role() {
        navigate(UserAdminView.class);
        select("analyst");
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class).id("user-role");
        test(role).selectItem("Reviewer");
        click("change-role");
        assertThat(rows()).contains("analyst | Demo analyst | Reviewer | Enabled");
    }

    @Test
    void the_administrator_cannot_disable_or_demote_their_own_account() {
        navigate(UserAdminView.class);
        select("admin");
        assertThat(find(Button.class).id("disable-user").isEnabled()).isFalse();
        assertThat(find(Button.class).id("change-role").isEnabled()).isFalse();
        assertThat(find(Div.class).id("user-details").getElement().getTextRecursively())
            .contains("another administrator has to change its role or disable it");
    }

    @Test
    @WithDemoUser(Role.REVIEWER)
    void a_reviewer_is_not_let_into_the_user_administration() {
        navigate("admin/users", AccessDeniedView.class);
    }

}
