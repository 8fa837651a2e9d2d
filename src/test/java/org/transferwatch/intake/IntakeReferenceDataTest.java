package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.CountryService;
import org.transferwatch.security.Role;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** The assistant reads with the reference data as administrators keep it, without a restart. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class IntakeReferenceDataTest {

    private static final String REPORT = "Northlandia delivered 300 gizmotrons to Russia in March 2024.";

    @Autowired
    IntakeService intake;

    @Autowired
    CountryService countries;

    @Autowired
    CategoryService categories;

    private Reading read() {
        return intake.assistant().read(REPORT, LocalDate.of(2024, 4, 1));
    }

    @Test
    void an_alias_and_a_keyword_added_by_an_administrator_are_read_in_the_next_source() {
        assertThat(read().proposals()).isEmpty();

        Accounts.as("admin", Role.ADMIN, () -> countries.addAlias("PRK", "Northlandia", "name"));
        Accounts.as("admin", Role.ADMIN, () -> categories.addKeyword("ML4", "gizmotron"));

        assertThat(read().proposals()).singleElement().satisfies(proposal -> {
            assertThat(proposal.pairLabel()).isEqualTo("North Korea → Russia");
            assertThat(proposal.categoryCode()).isEqualTo("ML4");
            assertThat(proposal.quantity().low()).isEqualByComparingTo("300");
        });
    }

    @Test
    void the_keywords_we_ship_do_not_change_what_the_assistant_reads() {
        // "lead" is HS78's keyword; as a verb it must stay no goods.
        var reading = intake.assistant().read("North Korea will lead the talks with Russia in 2024.", LocalDate.of(2024, 1, 2));
        assertThat(reading.proposals()).isEmpty();
    }

}
