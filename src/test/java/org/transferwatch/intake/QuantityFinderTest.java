package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuantityFinderTest {

    private static List<String> labels(String text) {
        return QuantityFinder.find(text).stream()
            .map(q -> q.money() ? "$" + q.usd().toPlainString() : q.quantity().label())
            .toList();
    }

    @Test
    void millions_of_is_at_least_a_million_estimated() {
        var found = QuantityFinder.find("provided millions of infantry artillery shells");
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.quantity().low()).isEqualByComparingTo(BigDecimal.valueOf(1_000_000));
            assertThat(q.quantity().high()).isNull();
            assertThat(q.quantity().estimate()).isTrue();
            assertThat(q.text()).isEqualTo("millions of");
        });
    }

    @Test
    void numbers_with_scales_units_and_hedges() {
        assertThat(labels("9 million rounds")).containsExactly("9,000,000 rounds");
        assertThat(labels("more than 100 drones")).containsExactly("≥ 100");
        assertThat(labels("about 300 tonnes of coal")).containsExactly("300 tonnes (est.)");
        assertThat(labels("up to 4.8 million shells")).containsExactly("≤ 4,800,000");
        assertThat(labels("between 200 and 300 missiles")).containsExactly("200–300");
        assertThat(labels("thousands of tons of ammunition")).containsExactly("≥ 1,000 tons (est.)");
        assertThat(labels("a million barrels")).containsExactly("1,000,000 barrels");
        assertThat(labels("six Su-24 bombers")).containsExactly("6");
    }

    @Test
    void dollar_amounts_are_values_not_quantities() {
        assertThat(labels("$500 million worth of microelectronics and 10 million dollars"))
            .containsExactly("$500000000", "$10000000");
    }

    @Test
    void years_days_calibres_percentages_durations_and_designations_are_not_quantities() {
        assertThat(labels("in 2022, on 2 January, 152mm guns, 30% more, three years of war, Su-24 and KN-23")).isEmpty();
    }

}
