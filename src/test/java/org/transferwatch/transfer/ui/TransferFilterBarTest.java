package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.transferwatch.category.Category;
import org.transferwatch.country.Country;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferStatus;

/** The filter bar on its own: no data, no UI; it shows a filter and reports the user's changes as one event. */
class TransferFilterBarTest {

    private static final Map<String, Country> STATES = Map.of("PRK", new Country("PRK", "North Korea", "state"),
            "RUS", new Country("RUS", "Russia", "state"));

    private final Map<String, Integer> lookUps = new HashMap<>();

    private final List<TransferFilter> fired = new ArrayList<>();

    private final TransferFilterBar bar = new TransferFilterBar((text, offset, limit) -> List.of(), code -> {
        lookUps.merge(code, 1, Integer::sum);
        return Optional.ofNullable(STATES.get(code));
    }, List.of(new Category("ML3", "EU-CML", "Ammunition", "arms")), List.of("UN"), true);

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
