package org.transferwatch.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.dashboard.BriefingPdf;
import org.transferwatch.dashboard.BriefingService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@WithDemoUser(Role.VIEWER)
class PairViewTest extends SpringBrowserlessTest {

    @Autowired
    BriefingService briefings;

    @Test
    void shows_both_directions_with_links_to_each() {
        navigate("pairs/RUS/PRK", PairView.class);
        assertThat(find(Anchor.class).id("pair-a-to-b").getElement().getTextRecursively()).isEqualTo("0Russia → North Korea");
        assertThat(find(Anchor.class).id("pair-b-to-a").getElement().getTextRecursively()).isEqualTo("3North Korea → Russia");
        assertThat(find(Anchor.class).id("pair-both").getHref()).isEqualTo("transfers?supplier=RUS&recipient=PRK&either=true");
    }

    @Test
    void lists_the_sources_and_the_provisions_in_play() {
        navigate("pairs/PRK/RUS", PairView.class);
        assertThat(find(Div.class).id("pair-sources").getElement().getTextRecursively())
            .contains("US says Russia-North Korea arms negotiations are actively advancing")
            .contains("claims on 3 transfers");
        assertThat(find(Div.class).id("pair-provisions").getElement().getTextRecursively())
            .contains("UNSCR 1874 (2009) para 9 — confirmed for 2 transfers")
            .contains("UNSCR 2371 (2017) para 8 — confirmed for 1 transfer");
    }

    @Test
    void an_unknown_state_is_refused_with_a_message() {
        navigate("pairs/PRK/ZZZ", DashboardView.class);
        assertThat(test(find(Notification.class).last()).getText())
            .isEqualTo("\"ZZZ\" is not a known state.");
    }

    @Test
    void the_pdf_briefing_names_the_pair_the_transfers_and_their_sources_and_is_dated() throws Exception {
        var bytes = new ByteArrayOutputStream();
        BriefingPdf.write(briefings.briefing("PRK", "RUS"), bytes);
        try (var pdf = Loader.loadPDF(bytes.toByteArray())) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Briefing: North Korea and Russia")
                .containsPattern("Generated \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC")
                .contains("Scope: All transfers between North Korea (PRK) and Russia (RUS), both directions, published only")
                .contains("North Korea to Russia: 3 transfers")
                .contains("Infantry artillery shells and rockets").contains("Munitions, multiple types")
                .contains("Raw materials for Russia's defence industrial base")
                .contains("US says Russia-North Korea arms negotiations are actively advancing - Yonhap News Agency")
                .contains("UNSCR 1874 (2009) para 9");
        }
    }

}
