package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferStatus;

/** The Yonhap article of 30 Aug 2023: the three transfers an analyst records from it, and nothing else. */
class FixtureArticleTest {

    static String article;

    static Reading reading;

    @BeforeAll
    static void read() throws IOException {
        try (var in = FixtureArticleTest.class.getResourceAsStream("/demo/yonhap-russia-dprk-arms-negotiations.txt")) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            article = text.substring(text.indexOf("\n---\n") + 5).strip();
        }
        reading = MigrationAliases.assistant().read(article, LocalDate.of(2023, 8, 30));
    }

    @Test
    void proposes_exactly_the_three_transfers_the_article_reports() {
        assertThat(reading.proposals())
            .extracting(p -> p.pairLabel() + " | " + p.kind() + " " + p.categoryCode() + " | " + p.item() + " | "
                    + p.status() + " | " + (p.period() == null ? "-" : p.period().label()) + " | " + p.quantity().label())
            .containsExactly(
                    "North Korea → Russia | ARMS ML3 | munitions | UNDER_NEGOTIATION | - | —",
                    "North Korea → Russia | ARMS ML3 | infantry artillery shells and rockets | DELIVERED | Q4 2022 | "
                            + "≥ 1,000,000 shells and rockets (est.)",
                    "North Korea → Russia | RAW_MATERIAL null | raw materials | POSSIBLE | - | —");
    }

    @Test
    void every_proposal_has_the_dprk_as_supplier_and_russia_as_recipient() {
        assertThat(reading.proposals()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.supplierCode()).isEqualTo("PRK");
            assertThat(p.recipientCode()).isEqualTo("RUS");
        });
    }

    @Test
    void the_dprks_public_refusal_to_sell_disputes_the_munitions_under_negotiation() {
        var munitions = reading.proposals().getFirst();
        assertThat(munitions.denials()).extracting(Excerpt::text)
            .containsExactly("The DPRK has said publicly that they will not sell (weapons) to Russia.");
    }

    @Test
    void the_dprks_denial_disputes_the_shells_and_rockets() {
        var shells = reading.proposals().get(1);
        assertThat(shells.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(shells.claim().text())
            .isEqualTo("North Korea is said to have provided millions of infantry artillery shells and rockets to Russia late last year.");
        assertThat(shells.denials()).extracting(Excerpt::text)
            .containsExactly("North Korea has strongly and repeatedly dismissed the accusation.");
    }

    @Test
    void each_proposal_points_at_its_sentence_by_offsets_into_the_text() {
        for (var proposal : reading.proposals()) {
            var claim = proposal.claim();
            assertThat(article.substring(claim.start(), claim.end())).isEqualTo(claim.text());
            proposal.denials().forEach(d -> assertThat(article.substring(d.start(), d.end())).isEqualTo(d.text()));
        }
        assertThat(reading.proposals().get(2).claim().text())
            .isEqualTo("The NSC official noted that North Korea may also seek to provide raw materials for Russia’s defense industrial base.");
    }

    @Test
    void other_mentions_of_the_munitions_deal_are_kept_with_it_rather_than_proposed_again() {
        var munitions = reading.proposals().getFirst();
        assertThat(munitions.kind()).isEqualTo(TransferKind.ARMS);
        assertThat(munitions.alsoIn()).extracting(Excerpt::text)
            .anySatisfy(text -> assertThat(text).contains("the provision of North Korean weapons to Russia"))
            .anySatisfy(text -> assertThat(text).contains("convince Pyongyang to sell artillery ammunition to Russia"));
        assertThat(munitions.status()).isEqualTo(TransferStatus.UNDER_NEGOTIATION);
    }

    @Test
    void names_the_states_the_article_mentions() {
        assertThat(reading.stateLabels()).containsExactly("Russia (RUS)", "North Korea (PRK)", "Ukraine (UKR)");
    }

    @Test
    void every_proposal_explains_itself() {
        assertThat(reading.proposals().get(1).reasons()).contains("supplier North Korea: subject of “provided”",
                "recipient Russia: “to Russia”", "period “late last year” in a report of 30 Aug 2023: Q4 2022",
                "status “have provided” (provide, present perfect, active): delivered");
    }

}
