package org.transferwatch.designation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VesselsTest {

    @Test
    void an_imo_ship_number_has_the_weighted_check_digit_and_a_company_number_need_not() {
        assertThat(Vessels.isShipNumber("8660313")).isTrue();
        assertThat(Vessels.isShipNumber("9191773")).isTrue();
        assertThat(Vessels.isShipNumber("5342883")).isFalse();
        assertThat(Vessels.isShipNumber("866031")).isFalse();
    }

    @Test
    void imo_numbers_are_found_however_the_list_words_them() {
        assertThat(Vessels.imoNumbers("IMO Number: 5342883. The company")).containsExactly("5342883");
        assertThat(Vessels.imoNumbers("International Maritime Organization (IMO) Number: 1790183."))
            .containsExactly("1790183");
        assertThat(Vessels.imoNumbers("Company Number IMO 5434358.")).containsExactly("5434358");
        assertThat(Vessels.imoNumbers("no number here, 1234567")).isEmpty();
    }

    @Test
    void an_entity_is_a_vessel_only_with_a_ship_number_and_a_name_that_is_no_companys() {
        assertThat(Vessels.isVessel("CHON MA SAN", Vessels.imoNumbers("IMO number: 8660313"))).isTrue();
        // OMM's company number happens to pass the ship check digit: its name says it is a company.
        assertThat(Vessels.isVessel("OCEAN MARITIME MANAGEMENT COMPANY, LIMITED (OMM)", java.util.List.of("1790183")))
            .isFalse();
        assertThat(Vessels.isVessel("KOREA ANSAN SHIPPING COMPANY", java.util.List.of("5676084"))).isFalse();
        assertThat(Vessels.isVessel("CHON MA SAN", java.util.List.of())).isFalse();
    }

}
