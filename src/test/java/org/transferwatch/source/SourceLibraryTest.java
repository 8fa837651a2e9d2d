package org.transferwatch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
class SourceLibraryTest {

    @Autowired
    SourceService sources;

    private void addSources(int count) {
        as(Role.ANALYST, () -> {
            for (int i = 1; i <= count; i++) {
                sources.add(new NewSource(SourceKind.UN_REPORT, "Panel of Experts report " + i, "United Nations",
                        "Panel_of%Experts", "https://example.org/panel/" + i, LocalDate.of(2020, 1, 1).plusDays(i), "en",
                        "Report number " + i + "."));
            }
            return null;
        });
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void pages_through_the_library_newest_first_and_counts_in_sql() {
        addSources(12);
        assertThat(sources.count("")).isEqualTo(14);
        var first = sources.page("", SourceSort.NEWEST, 0, 5);
        assertThat(first).extracting(SourceSummary::title).startsWith(
                "US says Russia-North Korea arms negotiations are actively advancing", "Panel of Experts report 12");
        assertThat(sources.page("", SourceSort.NEWEST, 10, 5)).hasSize(4);
        assertThat(sources.page("", SourceSort.TITLE, 0, 2)).extracting(SourceSummary::title)
            .containsExactly("Demo: an illustrative shipment record (not a published report)", "Panel of Experts report 1");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void searches_every_word_in_title_publisher_author_and_url_with_wildcards_taken_literally() {
        addSources(3);
        assertThat(sources.count("panel 2")).isEqualTo(1);
        assertThat(sources.count("yonhap kirby")).isEqualTo(1);
        assertThat(sources.count("example.org/panel")).isEqualTo(3);
        assertThat(sources.count("of%Experts")).isEqualTo(3);
        assertThat(sources.count("%")).isEqualTo(3);
        assertThat(sources.count("_")).isEqualTo(3);
        assertThat(sources.page("kirby", SourceSort.NEWEST, 0, 10)).singleElement()
            .satisfies(s -> assertThat(s.hasText()).isTrue());
    }

}
