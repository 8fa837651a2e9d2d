package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class StateFinderTest {

    private static final StateFinder FINDER = new StateFinder(MigrationAliases.aliases());

    private static List<StateMention> find(String text) {
        return FINDER.find(Tokenizer.tokens(Tokenizer.normalise(text)));
    }

    private static List<String> codes(String text) {
        return find(text).stream().map(StateMention::countryCode).toList();
    }

    @Test
    void finds_states_by_name_abbreviation_demonym_capital_and_metonym() {
        assertThat(find("Pyongyang told the Kremlin that North Korean and DPRK officials agreed with Moscow and Russia."))
            .extracting(m -> m.text() + "=" + m.countryCode() + " " + m.aliasKind())
            .containsExactly("Pyongyang=PRK capital", "the Kremlin=RUS metonym", "North Korean=PRK demonym",
                    "DPRK=PRK abbreviation", "Moscow=RUS capital", "Russia=RUS register_name");
    }

    @Test
    void the_longest_alias_wins() {
        assertThat(find("the Democratic People's Republic of Korea and South Korean ships"))
            .extracting(StateMention::text, StateMention::countryCode)
            .containsExactly(Tuple.tuple("Democratic People's Republic of Korea", "PRK"),
                    Tuple.tuple("South Korean", "KOR"));
    }

    @Test
    void english_words_that_are_iso_codes_are_not_states() {
        assertThat(codes("it is in the car and no one can say if they are us or not, unknown to all")).isEmpty();
    }

    @Test
    void codes_count_only_as_exact_upper_case_tokens_outside_headlines_in_capitals() {
        assertThat(codes("PRK and RUS signed; the ROK and the US objected")).containsExactly("PRK", "RUS", "KOR", "USA");
        assertThat(codes("RUSSIA AND IRAN ARE CLOSE")).doesNotContain("AND", "ARE");
    }

    @Test
    void proper_names_need_their_capitals() {
        assertThat(codes("a turkey, some china and a georgia peach")).isEmpty();
        assertThat(codes("Turkey, China and Georgia")).containsExactly("TUR", "CHN", "GEO");
    }

    @Test
    void a_name_inside_another_place_name_is_not_that_state() {
        assertThat(codes("drones for Latin America and New Jersey, the Washington Post said")).isEmpty();
    }

    @Test
    void hyphenated_mentions_say_whether_they_name_an_origin_a_destination_or_only_describe() {
        assertThat(find("Iranian-made drones, Russia-bound ships, Soviet-era tanks and pro-Russian forces"))
            .extracting(StateMention::attachment)
            .containsExactly(StateMention.Attachment.ORIGIN, StateMention.Attachment.BOUND,
                    StateMention.Attachment.DESCRIPTIVE, StateMention.Attachment.DESCRIPTIVE);
    }

    @Test
    void the_alias_table_is_loaded_from_the_reference_data() {
        assertThat(FINDER.aliasCount()).isGreaterThan(1500);
    }

}
