package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TransferFilterParametersTest {

    private static Map<String, List<String>> query(Map<String, String> parameters) {
        return parameters.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }

    @Test
    void a_filter_survives_the_round_trip_through_the_url() {
        var filter = new TransferFilter("PRK", "RUS", true, TransferKind.ARMS, "ML3", TransferStatus.DELIVERED,
                Confidence.MODERATE, ReviewState.PUBLISHED, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31), "UNSC",
                "artillery shells").withProvision(new LinkedProvision(17, LinkedProvision.Linked.SUGGESTED));
        var parameters = TransferFilterParameters.toParameters(filter);
        assertThat(parameters).containsEntry("supplier", "PRK").containsEntry("recipient", "RUS")
            .containsEntry("either", "true").containsEntry("status", "delivered").containsEntry("q", "artillery shells");
        var parsed = TransferFilterParameters.parse(query(parameters));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.filter()).isEqualTo(filter);
    }

    @Test
    void the_criteria_on_parties_and_shipments_survive_the_round_trip_through_the_url() {
        var filter = TransferFilter.pair("PRK", "RUS").withParty("Rye Song Gang").withVessel("IMO 9123453")
            .withPlace(42L).withDesignatedParty(true);
        var parameters = TransferFilterParameters.toParameters(filter);
        assertThat(parameters).containsEntry("party", "Rye Song Gang").containsEntry("vessel", "IMO 9123453")
            .containsEntry("place", "42").containsEntry("designated", "1");
        var parsed = TransferFilterParameters.parse(query(parameters));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.filter()).isEqualTo(filter);
        assertThat(TransferFilterParameters.parse(query(Map.of("designated", "true"))).filter().designatedParty()).isTrue();
        assertThat(TransferFilterParameters.parse(query(Map.of("designated", "0"))).problems()).isEmpty();
    }

    @Test
    void bad_criteria_on_parties_and_shipments_are_left_out_or_shortened_and_explained() {
        var parsed = TransferFilterParameters.parse(query(Map.of("place", "Rajin", "designated", "yes",
                "vessel", "x".repeat(250))));
        assertThat(parsed.filter()).isEqualTo(TransferFilter.NONE.withVessel("x".repeat(200)));
        assertThat(parsed.problems()).containsExactlyInAnyOrder(
                "The place \"Rajin\" in the link is not a place number and was ignored.",
                "The designated-party criterion \"yes\" in the link is not 1 and was ignored.",
                "The vessel name is limited to 200 characters; it was shortened.");
    }

    @Test
    void no_parameters_is_no_filter() {
        assertThat(TransferFilterParameters.parse(Map.of()).filter()).isEqualTo(TransferFilter.NONE);
        assertThat(TransferFilterParameters.toParameters(TransferFilter.NONE)).isEmpty();
    }

    @Test
    void what_cannot_be_read_is_left_out_and_explained() {
        var parsed = TransferFilterParameters.parse(query(Map.of("supplier", "<script>", "status", "rumoured",
                "from", "2023-13-01", "kind", "arms")));
        assertThat(parsed.filter()).isEqualTo(new TransferFilter(null, null, false, TransferKind.ARMS, null, null, null,
                null, null, null, null, null));
        assertThat(parsed.problems()).containsExactlyInAnyOrder(
                "The supplier \"<script>\" in the link is neither a country code nor a name we know and was ignored.",
                "The status \"rumoured\" in the link is not known and was ignored.",
                "The period start \"2023-13-01\" in the link is not a date (YYYY-MM-DD) and was ignored.");
    }

    @Test
    void a_nul_character_and_years_postgresql_cannot_store_are_left_out_and_explained() {
        var parsed = TransferFilterParameters.parse(query(Map.of("q", "shells\0", "from", "0000-01-01",
                "to", "+100000-12-31", "party", "\0")));
        assertThat(parsed.filter()).isEqualTo(TransferFilter.NONE);
        assertThat(parsed.problems()).containsExactlyInAnyOrder(
                "The search text in the link contains a NUL character (%00), which no text can contain, and was ignored.",
                "The party name in the link contains a NUL character (%00), which no text can contain, and was ignored.",
                "The period start \"0000-01-01\" in the link must lie in the years 1 to 9999 and was ignored.",
                "The period end \"+100000-12-31\" in the link must lie in the years 1 to 9999 and was ignored.");
    }

    @Test
    void a_provision_link_defaults_to_confirmed_and_a_bad_one_is_explained() {
        assertThat(TransferFilterParameters.parse(query(Map.of("provision", "12"))).filter().provision())
            .isEqualTo(new LinkedProvision(12, LinkedProvision.Linked.CONFIRMED));
        var parsed = TransferFilterParameters.parse(query(Map.of("provision", "twelve", "linked", "dismissed")));
        assertThat(parsed.filter().provision()).isNull();
        assertThat(parsed.problems()).containsExactly(
                "The provision \"twelve\" in the link is not a provision number and was ignored.");
    }

    @Test
    void a_backwards_period_is_ignored_with_a_message() {
        var parsed = TransferFilterParameters.parse(query(Map.of("from", "2024-01-01", "to", "2023-01-01")));
        assertThat(parsed.filter().periodFrom()).isNull();
        assertThat(parsed.filter().periodTo()).isNull();
        assertThat(parsed.problems()).containsExactly(
                "The period in the link ends before it starts (2024-01-01 to 2023-01-01) and was ignored.");
    }

    @Test
    void lower_case_codes_are_accepted() {
        assertThat(TransferFilterParameters.parse(query(Map.of("supplier", "prk"))).filter().supplierCode()).isEqualTo("PRK");
    }

}
