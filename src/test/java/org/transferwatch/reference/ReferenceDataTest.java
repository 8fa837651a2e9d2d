package org.transferwatch.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.category.Category;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.ActorKind;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferFilterNames;
import org.transferwatch.transfer.TransferFilterParameters;

/** Plain words for states and categories, and the administrators' changes to them, as every lookup sees them. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ADMIN)
class ReferenceDataTest {

    @Autowired
    CountryService countries;

    @Autowired
    CategoryService categories;

    @Autowired
    TransferFilterNames names;

    @Autowired
    DSLContext dsl;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "N. Korea|PRK", "N Korea|PRK", "S. Korea|KOR", "UAE|ARE", "U.A.E|ARE",
            "the Emirates|ARE", "Emirates|ARE", "DPRK|PRK", "ROK|KOR", "Russian Federation|RUS",
            "Iran (Islamic Republic of)|IRN", "the Russian Federation|RUS", "Wagner Group|X-WAGNER", "USSR|SUHH",
            "Yugoslavia|YUCS", "Hezbollah|X-HEZBOLLAH", "prk|PRK" })
    void common_forms_of_a_state_name_resolve_to_the_state(String typed, String code) {
        assertThat(countries.resolve(typed)).map(Country::code).hasValue(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "drone|ML10", "drones|ML10", "UAV|ML10", "UAVs|ML10", "shells|ML3",
            "Shell|ML3", "oil|HS27", "crude oil|HS27", "ml4|ML4", "batteries|", "nonsense|" })
    void a_keyword_in_the_singular_or_plural_or_a_code_resolves_to_its_category(String typed, String code) {
        assertThat(categories.resolve(typed).map(Category::code).orElse(null)).isEqualTo(code);
    }

    @Test
    void every_category_we_ship_has_keywords_and_no_keyword_names_two() {
        assertThat(categories.findAll()).allSatisfy(category -> assertThat(category.keywords()).as(category.code()).isNotEmpty());
        var all = categories.keywords().stream().map(k -> k.keyword().toLowerCase()).toList();
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void a_category_picker_finds_categories_by_keyword_name_or_code() {
        var found = categories.findAll().stream().filter(category -> category.matches("drone")).map(Category::code).toList();
        assertThat(found).contains("ML10", "HS88").doesNotContain("ML3");
        assertThat(categories.findAll().stream().filter(c -> c.matches("shell")).map(Category::code)).containsExactly("ML3");
        assertThat(categories.findAll().stream().filter(c -> c.matches("ML1")).map(Category::code))
            .contains("ML1", "ML10", "ML11");
    }

    @Test
    void links_and_the_api_take_names_and_keywords_for_codes() {
        var parsed = TransferFilterParameters.parse(Map.of("supplier", List.of("N. Korea"), "recipient",
                List.of("Russian Federation"), "category", List.of("drones")), names);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.filter().supplierCode()).isEqualTo("PRK");
        assertThat(parsed.filter().recipientCode()).isEqualTo("RUS");
        assertThat(parsed.filter().categoryCode()).isEqualTo("ML10");

        var unknown = TransferFilterParameters.parse(Map.of("supplier", List.of("Atlantis and Lemuria")), names);
        assertThat(unknown.filter().supplierCode()).isNull();
        assertThat(unknown.problems()).containsExactly("The supplier \"Atlantis and Lemuria\" in the link is neither a"
                + " country code nor a name we know and was ignored.");
    }

    @Test
    void an_alias_an_administrator_adds_works_at_once_everywhere_and_is_audited() {
        var before = countries.aliases();
        var added = countries.addAlias("PRK", "Hermit Kingdom", "name");

        assertThat(countries.resolveAlias("hermit kingdom")).map(Country::code).hasValue("PRK");
        assertThat(countries.search("Hermit", 5)).extracting(Country::code).contains("PRK");
        assertThat(countries.aliases()).isNotSameAs(before).anySatisfy(alias -> assertThat(alias.alias()).isEqualTo("Hermit Kingdom"));
        assertThat(names.countryCode("the Hermit Kingdom")).hasValue("PRK");
        assertThat(audit("country_alias", added.id())).containsExactly("create by admin");

        countries.removeAlias(added.id());
        assertThat(countries.resolveAlias("Hermit Kingdom")).isEmpty();
        assertThat(audit("country_alias", added.id())).containsExactly("create by admin", "delete by admin");
    }

    @Test
    void an_alias_that_names_another_country_is_refused_saying_which() {
        assertThatThrownBy(() -> countries.addAlias("KOR", "DPRK", "abbreviation"))
            .isInstanceOf(ValidationException.class)
            .hasMessage("\"DPRK\" already names North Korea; an alias names one country. Remove it there first.");
        assertThatThrownBy(() -> countries.addAlias("PRK", "  ", "name")).hasMessage("Type the alias.");
    }

    @Test
    void an_administrator_adds_a_non_state_actor_and_a_historical_state_with_its_iso_code() {
        var militia = countries.addActor("Free Sea Brigade", ActorKind.NON_STATE_ACTOR, "");
        assertThat(militia).isEqualTo(new Country("X-FREE-SEA-BR", "Free Sea Brigade", "non_state_actor"));
        assertThat(countries.resolve("free sea brigade")).hasValue(militia);
        assertThat(audit("country", "X-FREE-SEA-BR")).containsExactly("create by admin");

        var historical = countries.addActor("Kingdom of Sardinia", ActorKind.HISTORICAL_STATE, "xsar");
        assertThat(historical.code()).isEqualTo("XSAR");
        assertThatThrownBy(() -> countries.addActor("Hamas", ActorKind.NON_STATE_ACTOR, ""))
            .hasMessage("\"Hamas\" already names Hamas.");
        assertThatThrownBy(() -> countries.addActor("Some group", ActorKind.NON_STATE_ACTOR, "SOMG"))
            .hasMessageStartingWith("Only a historical state has an ISO code of its own here");
    }

    @Test
    void a_keyword_an_administrator_adds_finds_its_category_at_once_and_is_audited() {
        var added = categories.addKeyword("ML10", "Geran-2");
        assertThat(categories.resolve("Geran-2s")).map(Category::code).hasValue("ML10");
        assertThat(names.categoryCode("geran-2")).hasValue("ML10");
        assertThat(categories.findAll().stream().filter(c -> c.matches("geran")).map(Category::code)).containsExactly("ML10");
        assertThat(audit("category_keyword", added.id())).containsExactly("create by admin");

        assertThatThrownBy(() -> categories.addKeyword("HS88", "drone"))
            .hasMessage("\"drone\" is already a keyword of ML10; a keyword names one category. Remove it there first.");

        categories.removeKeyword(added.id());
        assertThat(categories.resolve("Geran-2")).isEmpty();
        assertThat(audit("category_keyword", added.id())).containsExactly("create by admin", "delete by admin");
    }

    private List<String> audit(String entityType, Object id) {
        return dsl.fetch("select action || ' by ' || actor_name as line from audit_event"
                + " where entity_type = ? and entity_id = ? order by id", entityType, id.toString())
            .getValues("line", String.class);
    }

}
