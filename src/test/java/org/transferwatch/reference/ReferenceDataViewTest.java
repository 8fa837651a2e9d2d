package org.transferwatch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.category.Category;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.reference.ui.ReferenceDataView;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ADMIN)
class ReferenceDataViewTest extends SpringBrowserlessTest {

    @Autowired
    CountryService countries;

    @Autowired
    CategoryService categories;

    @SuppressWarnings("unchecked")
    private ComboBox<Country> country() {
        return find(ComboBox.class).id("reference-country");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Category> category() {
        return find(ComboBox.class).id("reference-category");
    }

    private String list(String id) {
        return find(UnorderedList.class).id(id).getElement().getTextRecursively();
    }

    private String problems(String id) {
        return find(Div.class).withId(id).all().stream().map(box -> box.getElement().getTextRecursively())
            .findFirst().orElse("");
    }

    @Test
    void an_administrator_adds_an_alias_to_a_state_and_sees_it_listed() {
        navigate(ReferenceDataView.class);
        country().setValue(countries.findByCode("ARE").orElseThrow());
        assertThat(list("country-aliases")).contains("the Emirates", "Abu Dhabi");

        test(find(TextField.class).id("new-alias")).setValue("Trucial States");
        test(find(Button.class).id("add-alias")).click();

        assertThat(list("country-aliases")).contains("Trucial States");
        assertThat(countries.resolveAlias("Trucial States")).map(Country::code).hasValue("ARE");
    }

    @Test
    void an_alias_of_another_state_is_refused_in_plain_words() {
        navigate(ReferenceDataView.class);
        country().setValue(countries.findByCode("KOR").orElseThrow());
        test(find(TextField.class).id("new-alias")).setValue("Pyongyang");
        test(find(Button.class).id("add-alias")).click();
        assertThat(problems("alias-problems")).isEqualTo("\"Pyongyang\" already names North Korea; an alias names one"
                + " country. Remove it there first.");
    }

    @Test
    void an_administrator_adds_a_non_state_actor_which_the_pickers_find_at_once() {
        navigate(ReferenceDataView.class);
        test(find(TextField.class).id("actor-name")).setValue("Coastal Liberation Army");
        test(find(Button.class).id("add-actor")).click();

        assertThat(country().getValue()).isNotNull();
        assertThat(country().getValue().name()).isEqualTo("Coastal Liberation Army");
        assertThat(countries.search("Coastal Lib", 5)).extracting(Country::name).contains("Coastal Liberation Army");
    }

    @Test
    void an_administrator_sees_the_keywords_of_a_category_and_adds_and_removes_one() {
        navigate(ReferenceDataView.class);
        category().setValue(categories.findAll().stream().filter(c -> c.code().equals("ML10")).findFirst().orElseThrow());
        assertThat(list("category-keywords")).contains("drone", "UAV");

        test(find(TextField.class).id("new-keyword")).setValue("Shahed");
        test(find(Button.class).id("add-keyword")).click();
        assertThat(list("category-keywords")).contains("Shahed · added by staff");
        assertThat(categories.resolve("Shaheds")).map(Category::code).hasValue("ML10");

        test(find(Button.class).withCondition(b -> "Remove the keyword Shahed".equals(b.getAriaLabel().orElse(null))).single())
            .click();
        assertThat(list("category-keywords")).doesNotContain("Shahed");
        assertThat(categories.resolve("Shahed")).isEmpty();
    }

}
