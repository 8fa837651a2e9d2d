package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.transferwatch.category.Category;
import org.transferwatch.country.Country;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferStatus;

/** The filter bar on its own: no data, no UI; it shows a filter and reports the user's changes as one event. */
class TransferFilterBarTest {

    private static final Map<String, Country> STATES = Map.of("PRK", new Country("PRK", "North Korea", "state"),
            "RUS", new Country("RUS", "Russia", "state"));

    private static final Place RAJIN = new Place(7, "Rajin", PlaceKind.PORT, "PRK", List.of("Rason"),
            new BigDecimal("42.25"), new BigDecimal("130.3"), "Test", "CC0", 0);

    private final Map<String, Integer> lookUps = new HashMap<>();

    private final List<TransferFilter> fired = new ArrayList<>();

    private final TransferFilterBar bar = new TransferFilterBar((text, offset, limit) -> List.of(), code -> {
        lookUps.merge(code, 1, Integer::sum);
        return Optional.ofNullable(STATES.get(code));
    }, List.of(new Category("ML3", "EU-CML", "Ammunition", "arms")), List.of("UN"), List.of(RAJIN), true);

    TransferFilterBarTest() {
        bar.addFilterChangedListener(event -> fired.add(event.filter()));
    }

    @Test
    void showing_a_filter_fires_nothing_looks_each_state_up_once_and_leaves_out_unknown_codes() {
        var requested = TransferFilter.pair("PRK", "ZZZ").withAddedSince(LocalDate.of(2024, 5, 1));
        var shown = bar.setFilter(requested);
        assertThat(fired).isEmpty();
        assertThat(lookUps).containsOnly(Map.entry("PRK", 1), Map.entry("ZZZ", 1));
        assertThat(shown).isEqualTo(requested.withPair("PRK", null, false));
        assertThat(component("chip-added", Button.class).getText()).isEqualTo("Recorded since 2024-05-01 ✕");
    }

    @Test
    void a_change_fires_one_event_with_the_whole_filter() {
        bar.setFilter(TransferFilter.pair("PRK", "RUS").withFlagged(true));
        component("filter-status", Select.class).setValue(TransferStatus.DELIVERED);
        assertThat(fired).containsExactly(new TransferFilter("PRK", "RUS", false, null, null, TransferStatus.DELIVERED,
                null, null, null, null, null, null, null, true, null));
        assertThat(lookUps).containsOnly(Map.entry("PRK", 1), Map.entry("RUS", 1));
    }

    @Test
    void a_period_that_ends_before_it_starts_fires_nothing_and_says_so() {
        component("filter-from", DatePicker.class).setValue(LocalDate.of(2024, 1, 1));
        var to = component("filter-to", DatePicker.class);
        to.setValue(LocalDate.of(2023, 1, 1));
        assertThat(fired).containsExactly(TransferFilter.NONE.withPeriod(LocalDate.of(2024, 1, 1), null));
        assertThat(to.isInvalid()).isTrue();
    }

    @Test
    void removing_a_chip_or_clearing_fires_the_filter_without_it() {
        bar.setFilter(TransferFilter.pair("PRK", "RUS").withFlagged(true));
        component("chip-flagged", Button.class).click();
        component("clear-filter", Button.class).click();
        assertThat(fired).containsExactly(TransferFilter.pair("PRK", "RUS"), TransferFilter.NONE);
        assertThat(components().filter(c -> c.getId().equals(Optional.of("chip-flagged")))).isEmpty();
    }

    @Test
    void the_criteria_on_parties_and_shipments_show_in_their_fields_and_as_chips() {
        var requested = TransferFilter.NONE.withParty("Rye Song Gang").withVessel("IMO 9123453").withPlace(7L)
            .withDesignatedParty(true);
        assertThat(bar.setFilter(requested)).isEqualTo(requested);
        assertThat(fired).isEmpty();
        assertThat(component("filter-party", TextField.class).getValue()).isEqualTo("Rye Song Gang");
        assertThat(component("filter-place", ComboBox.class).getValue()).isEqualTo(RAJIN);
        assertThat(component("filter-designated", Checkbox.class).getValue()).isTrue();
        assertThat(component("chip-party", Button.class).getText()).isEqualTo("Party: Rye Song Gang ✕");
        assertThat(component("chip-vessel", Button.class).getText()).isEqualTo("Vessel: IMO 9123453 ✕");
        assertThat(component("chip-place", Button.class).getText()).isEqualTo("Place: Rajin ✕");
        assertThat(component("chip-designated", Button.class).getText()).isEqualTo("Designated party involved ✕");
        assertThat(component("filter-place", ComboBox.class).getItemLabelGenerator().apply(RAJIN))
            .isEqualTo("Rajin (port, PRK)");
    }

    @Test
    void a_place_the_gazetteer_does_not_have_is_left_out() {
        assertThat(bar.setFilter(TransferFilter.NONE.withPlace(99L))).isEqualTo(TransferFilter.NONE);
    }

    @Test
    void changing_a_criterion_on_parties_fires_it_and_removing_its_chip_fires_once_without_it() {
        component("filter-vessel", TextField.class).setValue("  Angara ");
        component("filter-designated", Checkbox.class).setValue(true);
        component("chip-vessel", Button.class).click();
        assertThat(fired).containsExactly(TransferFilter.NONE.withVessel("Angara"),
                TransferFilter.NONE.withVessel("Angara").withDesignatedParty(true),
                TransferFilter.NONE.withDesignatedParty(true));
        assertThat(component("filter-vessel", TextField.class).getValue()).isEmpty();
        component("filter-place", ComboBox.class).setValue(RAJIN);
        assertThat(fired.getLast()).isEqualTo(TransferFilter.NONE.withDesignatedParty(true).withPlace(7L));
    }

    private <T extends Component> T component(String id, Class<T> type) {
        return type.cast(components().filter(c -> c.getId().equals(Optional.of(id))).findFirst().orElseThrow());
    }

    private Stream<Component> components() {
        return descendants(bar);
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(TransferFilterBarTest::descendants));
    }

}
