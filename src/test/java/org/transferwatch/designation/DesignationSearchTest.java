package org.transferwatch.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.VIEWER)
class DesignationSearchTest {

    @Autowired
    DesignationService designations;

    @Autowired
    DSLContext dsl;

    private DesignationHit first(String text) {
        return designations.search(text, 0, 10).getFirst();
    }

    @Test
    void korea_mining_dev_finds_the_korea_mining_development_trading_corporation_first() {
        var hit = first("korea mining dev");
        assertThat(hit.primaryName()).isEqualTo("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(hit.reference()).isEqualTo("KPe.001");
        assertThat(hit.scoreLabel()).matches("\\d{2} %");
    }

    @Test
    void the_page_with_its_total_is_the_page_and_the_count_of_the_separate_calls() {
        for (var text : List.of("kim", "korea mining dev", "KPe.001", "", "zzqxv wwkjq")) {
            var together = designations.searchWithTotal(text, 0, 5);
            assertThat(together.hits()).as(text).isEqualTo(designations.search(text, 0, 5));
            assertThat(together.total()).as(text).isEqualTo(designations.count(text));
        }
        var kim = designations.count("kim");
        assertThat(designations.searchWithTotal("kim", kim + 10, 5).total()).isEqualTo(kim);
    }

    @Test
    void case_accents_hyphens_and_spacing_are_ignored() {
        assertThat(dsl.fetchValue("select designation_search_key('KIM JONG-UN') = designation_search_key(' Kim  Jong Un ')"))
            .isEqualTo(true);
        assertThat(first("jerome kakwavu").primaryName()).isEqualTo("JÉRÔME KAKWAVU BUKANDE");
        assertThat(first("zia ur rahman madani").primaryName()).isEqualTo("ZIA-UR-RAHMAN MADANI");
        assertThat(first("ZIA-UR-RAHMAN  MADANI").scoreLabel()).isEqualTo("100 %");
    }

    @Test
    void word_order_is_free() {
        assertThat(first("madani zia-ur-rahman").primaryName()).isEqualTo("ZIA-UR-RAHMAN MADANI");
        assertThat(first("trading corporation korea mining development").reference()).isEqualTo("KPe.001");
    }

    @Test
    void an_alias_finds_its_designation_and_says_which_name_matched() {
        var hit = first("komid");
        assertThat(hit.reference()).isEqualTo("KPe.001");
        assertThat(hit.matched()).isEqualTo("\"KOMID\"");
        assertThat(first("Haji Mudir").reference()).isEqualTo("TAi.005");
    }

    @Test
    void a_near_spelling_is_found_with_a_lower_score() {
        var exact = first("Jerome Kakwavu");
        var near = first("Jerome Kakwavou");
        assertThat(near.reference()).isEqualTo(exact.reference());
        assertThat(near.score()).isLessThan(exact.score());
    }

    @Test
    void results_are_ranked_by_score_best_first() {
        var hits = designations.search("korea trading corporation", 0, 20);
        assertThat(hits).hasSizeGreaterThan(3);
        assertThat(hits).extracting(DesignationHit::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(designations.count("korea trading corporation")).isGreaterThanOrEqualTo(hits.size());
    }

    @Test
    void a_reference_number_or_imo_number_finds_exactly_that_designation() {
        var byReference = designations.search("kpe.001", 0, 10);
        assertThat(byReference.getFirst().reference()).isEqualTo("KPe.001");
        assertThat(byReference.getFirst().scoreLabel()).isEqualTo("exact");
        assertThat(designations.search("5342883", 0, 10)).extracting(DesignationHit::reference).containsExactly("KPe.022");
        assertThat(designations.search("IMO 5342883", 0, 10)).extracting(DesignationHit::reference).containsExactly("KPe.022");
    }

    @Test
    void no_text_lists_every_designation_by_name_a_page_at_a_time() {
        assertThat(designations.count("")).isEqualTo(875);
        var page = designations.search("", 50, 25);
        assertThat(page).hasSize(25);
        assertThat(page).extracting(DesignationHit::primaryName).isSorted();
    }

    @Test
    void a_search_that_matches_nothing_finds_nothing_and_an_overlong_one_is_refused_with_a_sentence() {
        assertThat(designations.search("zzqxv wwkjq", 0, 10)).isEmpty();
        assertThat(designations.count("zzqxv wwkjq")).isZero();
        assertThatThrownBy(() -> designations.search("x".repeat(201), 0, 10)).isInstanceOf(ValidationException.class)
            .hasMessage("A search is limited to 200 characters.");
    }

}
