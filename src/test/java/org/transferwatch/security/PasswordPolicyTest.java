package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void seven_characters_are_refused() {
        assertThat(policy.problems("tr0ub4d", "jdoe")).containsExactly("The password must have at least 8 characters.");
    }

    @Test
    void eight_characters_are_accepted() {
        assertThat(policy.problems("tr0ub4d!", "jdoe")).isEmpty();
    }

    @Test
    void one_hundred_and_twenty_eight_characters_are_accepted_and_one_more_is_refused() {
        var longest = "a quiet river carries copper leaves ".repeat(4).substring(0, 128);
        assertThat(policy.problems(longest, "jdoe")).isEmpty();
        assertThat(policy.problems(longest + "x", "jdoe")).containsExactly("The password may have at most 128 characters.");
    }

    @Test
    void characters_are_counted_as_people_see_them() {
        // Seven emoji are fourteen Java chars but seven characters.
        assertThat(policy.problems("🔥".repeat(7), "jdoe")).hasSize(1);
        assertThat(policy.problems("🔥".repeat(8), "jdoe")).isEmpty();
    }

    @Test
    void there_are_no_composition_rules_spaces_and_any_script_are_fine() {
        assertThat(policy.problems("all lower case words", "jdoe")).isEmpty();
        assertThat(policy.problems("пароль на русском", "jdoe")).isEmpty();
        assertThat(policy.problems("12345678901234567890", "jdoe")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "password1", "qwertyuiop", "PassWord1", "QWERTYUIOP", "iloveyou123", "p@ssw0rd", "11111111" })
    void a_common_password_is_refused_whatever_its_case(String common) {
        assertThat(policy.problems(common, "jdoe")).singleElement().asString().contains("most commonly used passwords");
    }

    @Test
    void the_username_is_refused_as_password() {
        assertThat(policy.problems("jane.doe-1", "jane.doe-1")).containsExactly("The password must not be the username.");
        assertThat(policy.problems("Jane.Doe-1", "jane.doe-1")).containsExactly("The password must not be the username.");
    }

    @Test
    void the_shipped_list_of_common_passwords_is_substantial() {
        var probes = new String[] { "password", "123456789", "sunshine1", "football1", "princess1", "welcome1", "letmein123",
                "starwars", "qwerty123", "zaq12wsx" };
        for (var probe : probes) {
            assertThat(policy.problems(probe, "x")).as(probe).isNotEmpty();
        }
    }

}
