package org.transferwatch.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestDatabase;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class AccountViewTest extends SpringBrowserlessTest {

    private void changePassword(String current, String next, String repeated) {
        test(find(PasswordField.class).id("current-password")).setValue(current);
        test(find(PasswordField.class).id("new-password")).setValue(next);
        test(find(PasswordField.class).id("repeated-password")).setValue(repeated);
        test(find(Button.class).id("change-password")).click();
    }

    private String problems() {
        // Only what is visible is found: no box, no problems.
        return find(Div.class).withId("password-problems").all().stream()
            .map(box -> box.getElement().getTextRecursively())
            .findFirst()
            .orElse("");
    }

    @Test
    void the_view_says_who_is_logged_in() {
        navigate(AccountView.class);
        assertThat(find(Paragraph.class).id("account-summary").getText())
            .isEqualTo("You are logged in as Demo analyst (analyst), Analyst.");
    }

    @Test
    void changing_the_password_confirms_it_and_empties_the_fields() {
        navigate(AccountView.class);
        changePassword(TestDatabase.demoPassword(), "amber lantern over the fjord", "amber lantern over the fjord");
        assertThat(test(find(Notification.class).single()).getText()).startsWith("Your password was changed.");
        assertThat(problems()).isEmpty();
        assertThat(find(PasswordField.class).id("current-password").getValue()).isEmpty();
    }

    @Test
    void a_wrong_current_password_is_shown() {
        navigate(AccountView.class);
        changePassword("not my password", "amber lantern over the fjord", "amber lantern over the fjord");
        assertThat(problems()).isEqualTo("Your current password is not right.");
    }

    @Test
    void every_problem_with_the_new_password_is_listed() {
        navigate(AccountView.class);
        changePassword(TestDatabase.demoPassword(), "qwertyuiop", "qwertyuio");
        assertThat(problems()).contains("The new password and its repetition differ.")
            .contains("most commonly used passwords");
        assertThat(find(Notification.class).all()).isEmpty();
    }

}
