package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;
import static org.transferwatch.support.TestData.draft;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.source.CitationCounts;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
class SourceClaimsTest {

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidenceService;

    @Autowired
    SourceService sources;

    private long demoSource() {
        return as(Role.VIEWER, () -> sources.search("Yonhap", 1).getFirst().id());
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void counts_the_transfers_a_source_supports_and_disputes_in_one_query() {
        var source = demoSource();
        var counts = evidenceService.countsFor(List.of(source, 999_999L));
        assertThat(counts).containsOnlyKeys(source);
        assertThat(counts.get(source)).isEqualTo(new CitationCounts(3, 2));
        assertThat(counts.get(source).label()).isEqualTo("supports 3 · disputes 2");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_counts_only_published_transfers_an_analyst_counts_drafts_too() {
        var source = demoSource();
        as(Role.ANALYST, () -> {
            var id = transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles"));
            return evidenceService.addClaim(id, new NewClaim(source, "A new claim.", Stance.SUPPORTS, AdmiraltyGrade.parse("C3")));
        });
        assertThat(evidenceService.countsFor(List.of(source)).get(source).supporting()).isEqualTo(3);
        assertThat(as(Role.ANALYST, () -> evidenceService.countsFor(List.of(source)).get(source).supporting()))
            .isEqualTo(4);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void lists_a_sources_claims_with_the_transfers_they_are_about() {
        var claims = evidenceService.claimsOfSource(demoSource());
        assertThat(claims).hasSize(5);
        assertThat(claims).filteredOn(c -> c.stance() == Stance.DISPUTES)
            .extracting(c -> c.pairLabel() + " | " + c.item() + " | " + c.quote() + " | " + c.grade().code())
            .containsExactlyInAnyOrder(
                    "North Korea → Russia | Infantry artillery shells and rockets | "
                            + "North Korea has strongly and repeatedly dismissed the accusation. | B4",
                    "North Korea → Russia | Munitions, multiple types | "
                            + "The DPRK has said publicly that they will not sell (weapons) to Russia. | B4");
    }

}
