package org.transferwatch.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.transferwatch.base.Problem;

class PartyDraftTest {

    private static PartyDraft vessel(PartyDraft.Identifier... identifiers) {
        return new PartyDraft(PartyKind.VESSEL, "ANGARA", List.of(), "RUS", null, List.of(identifiers), List.of());
    }

    private static List<String> problems(PartyDraft draft) {
        return Problem.messages(draft.cleaned().problems());
    }

    @Test
    void a_valid_imo_ship_number_passes_and_its_prefix_and_spaces_are_dropped() {
        var draft = vessel(new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, " IMO 9074729 ")).cleaned();
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.identifiers()).containsExactly(new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, "9074729"));
    }

    @Test
    void a_wrong_check_digit_says_what_the_digit_should_be() {
        assertThat(problems(vessel(new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, "9123457"))))
            .containsExactly("IMO 9123457 is not a valid IMO ship number: its check digit should be 3.");
        assertThat(problems(vessel(new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, "912345"))))
            .containsExactly("IMO 912345 is not a valid IMO ship number: an IMO ship number has seven digits.");
    }

    @Test
    void an_imo_company_number_has_seven_digits_and_an_mmsi_nine() {
        var company = new PartyDraft(PartyKind.COMPANY, "Chongchongang Shipping", List.of(), "PRK", null,
                List.of(new PartyDraft.Identifier(PartyIdentifierKind.IMO_COMPANY, "534288")), List.of());
        assertThat(problems(company))
            .containsExactly("IMO company number 534288 is not valid: an IMO company number has seven digits.");
        assertThat(problems(vessel(new PartyDraft.Identifier(PartyIdentifierKind.MMSI, "27312"))))
            .containsExactly("MMSI 27312 is not valid: an MMSI has nine digits.");
    }

    @Test
    void a_party_without_a_name_or_kind_is_refused_at_the_fields_they_belong_to() {
        var problems = new PartyDraft(null, "  ", List.of(), null, null, List.of(), List.of()).cleaned().problems();
        assertThat(problems).extracting(Problem::field).containsExactly(PartyDraft.Field.KIND, PartyDraft.Field.NAME);
        assertThat(Problem.messages(problems)).contains("Enter the party's name, as reporting gives it.");
    }

    @Test
    void only_a_vessel_has_a_flag_history_and_an_imo_ship_number() {
        var company = new PartyDraft(PartyKind.COMPANY, "Rosoboronexport", List.of(), "RUS", null,
                List.of(new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, "9074729")),
                List.of(new PartyDraft.Flag("RUS", null, null)));
        assertThat(problems(company)).containsExactly(
                "Only a vessel has an IMO ship number; a shipping company is identified by its IMO company number.",
                "Only a vessel has a flag history; give a company's state as its country.");
    }

    @Test
    void a_flag_period_that_ends_before_it_starts_is_refused() {
        var draft = new PartyDraft(PartyKind.VESSEL, "ANGARA", List.of(), "RUS", null, List.of(),
                List.of(new PartyDraft.Flag("MNG", LocalDate.of(2020, 5, 1), LocalDate.of(2019, 1, 1))));
        assertThat(problems(draft))
            .containsExactly("A flag period ends before it starts: MNG from 1 May 2020 until 1 Jan 2019.");
    }

    @Test
    void text_limits_are_the_columns_limits() {
        var draft = new PartyDraft(PartyKind.PERSON, "x".repeat(301), List.of(), null, "n".repeat(4001), List.of(),
                List.of());
        assertThat(problems(draft)).containsExactly("The name is limited to 300 characters.",
                "The notes are limited to 4,000 characters.");
    }

    @Test
    void other_names_drop_the_name_blanks_and_repeats_ignoring_case() {
        var draft = new PartyDraft(PartyKind.VESSEL, "ANGARA", List.of("Angara", " HAI YANG 8 ", "", "hai yang 8",
                "LADY R"), null, null, List.of(), List.of()).cleaned();
        assertThat(draft.aliases()).containsExactly("HAI YANG 8", "LADY R");
    }

}
