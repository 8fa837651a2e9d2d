package org.transferwatch.source.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
class SourceViewTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    private long demoSource() {
        return as(Role.VIEWER, () -> sources.search("Yonhap", 1).getFirst().id());
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void shows_the_metadata_the_text_and_the_transfers_it_supports_or_disputes_with_links() {
        var id = demoSource();
        navigate("sources/" + id, SourceView.class);
        assertThat(find(Div.class).id("source-fields").getElement().getTextRecursively())
            .contains("Yonhap News Agency", "30 Aug 2023", "News article", "John Kirby");
        assertThat(find(Div.class).id("source-text").getText()).startsWith("A group of Russian officials");
        var claims = find(Div.class).id("source-claims");
        assertThat(claims.getElement().getTextRecursively()).contains("Supports", "Disputes",
                "North Korea has strongly and repeatedly dismissed the accusation.", "B4 — usually reliable, doubtful");
        var links = find(RouterLink.class, claims).all();
        assertThat(links).extracting(RouterLink::getText)
            .contains("North Korea → Russia · Infantry artillery shells and rockets");
        assertThat(links).allSatisfy(link -> assertThat(link.getHref()).matches("transfers/\\d+"));
        assertThat(find(Button.class).withId("read-with-assistant").exists()).isFalse();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_reads_it_with_the_assistant() {
        var id = demoSource();
        navigate("sources/" + id, SourceView.class);
        test(find(Button.class).id("read-with-assistant")).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
            .isEqualTo("sources/" + id + "/intake");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void an_unknown_source_sends_the_user_back_to_the_library() {
        navigate("sources/999999", SourceListView.class);
    }

}
