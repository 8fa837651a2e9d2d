package org.transferwatch.place.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.country.CountryService;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.place.PlaceService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
class PlaceListViewTest extends SpringBrowserlessTest {

    @Autowired
    PlaceService places;

    @Autowired
    CountryService countries;

    @SuppressWarnings("unchecked")
    private Grid<Place> grid() {
        return find(Grid.class).id("places-grid");
    }

    private List<String> column(String key) {
        var grid = grid();
        var position = test(grid).getColumnPosition(key);
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, position)).toList();
    }

    private PlaceListView openWith(String q) {
        UI.getCurrent().navigate("places", QueryParameters.simple(Map.of("q", q)));
        return (PlaceListView) getCurrentView();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_searches_by_another_spelling_and_sees_the_coordinates_with_their_source_and_licence() {
        openWith("nampho");
        assertThat(column("name")).containsExactly("Nampo");
        assertThat(column("kind")).containsExactly("Port");
        assertThat(column("country")).containsExactly("North Korea");
        assertThat(column("coordinates")).containsExactly("38.7375° N, 125.40778° E");
        assertThat(column("source")).singleElement().asString().startsWith("GeoNames");
        assertThat(column("licence")).containsExactly("CC BY 4.0");
        assertThat(find(Button.class).withId("add-place").exists()).isFalse();
        assertThat(grid().getColumnByKey("edit")).isNull();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_border_crossing_belongs_to_no_country() {
        openWith("Tumangang-Khasan");
        assertThat(column("name")).containsExactly("Tumangang–Khasan rail crossing");
        assertThat(column("country")).containsExactly("—");
        assertThat(column("kind")).containsExactly("Rail crossing");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_admin_adds_a_place_in_the_dialog_and_finds_it() {
        var view = openWith("");
        test(find(Button.class).id("add-place")).click();
        roundTrip();
        var form = view.openForm();
        assertThat(form).isNotNull();
        form.name.setValue("Bolshoy Kamen");
        form.kind.setValue(PlaceKind.PORT);
        form.country.setValue(TestData.as(Role.VIEWER, () -> countries.findByCode("RUS").orElseThrow()));
        form.aliases.setValue("Bolshoi Kamen\n\nB. Kamen");
        form.latitude.setValue(new BigDecimal("43.11167"));
        form.longitude.setValue(new BigDecimal("132.34861"));
        form.source.setValue("Wikipedia (en), 'Bolshoy Kamen'");
        form.licence.setValue("CC BY-SA 4.0");
        test(form.save).click();
        roundTrip();
        assertThat(find(Dialog.class).withId("place-dialog").exists()).isFalse();
        test(view.search()).setValue("bolshoi");
        assertThat(column("name")).containsExactly("Bolshoy Kamen");
        var stored = places.search("Bolshoy Kamen", 0, 1).getFirst();
        assertThat(stored.aliases()).containsExactly("Bolshoi Kamen", "B. Kamen");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_admin_saving_an_empty_place_sees_each_problem_at_its_field_and_nothing_is_saved() {
        var before = places.count("");
        var view = openWith("");
        test(find(Button.class).id("add-place")).click();
        roundTrip();
        var form = view.openForm();
        assertThat(form).isNotNull();
        test(form.save).click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Enter the place's name, e.g. \"Rajin\".");
        assertThat(form.kind.isInvalid()).isTrue();
        assertThat(form.latitude.getErrorMessage()).startsWith("Enter the latitude");
        assertThat(form.source.isInvalid()).isTrue();
        assertThat(form.licence.getErrorMessage()).isEqualTo("Give the licence of the coordinates, e.g. \"CC BY 4.0\".");
        assertThat(form.country.isInvalid()).isFalse();
        assertThat(find(Dialog.class).withId("place-dialog").exists()).isTrue();
        assertThat(places.count("")).isEqualTo(before);
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_admin_corrects_a_place_whose_form_holds_what_is_stored() {
        var view = openWith("Olya");
        var olya = test(grid()).getRow(0);
        var edit = (Button) test(grid()).getCellComponent(0, "edit");
        assertThat(edit.getId()).hasValue("edit-place-" + olya.id());
        test(edit).click();
        roundTrip();
        var form = view.openForm();
        assertThat(form).isNotNull();
        assertThat(form.name.getValue()).isEqualTo("Olya");
        assertThat(form.country.getValue()).isNotNull();
        assertThat(form.country.getValue().code()).isEqualTo("RUS");
        assertThat(form.aliases.getValue()).isEqualTo("Olia\nPort of Olya");
        form.latitude.setValue(new BigDecimal("45.7801"));
        test(form.save).click();
        assertThat(places.find(olya.id()).orElseThrow().latitude()).isEqualByComparingTo("45.7801");
        assertThat(column("coordinates")).containsExactly("45.7801° N, 47.55° E");
    }

}
