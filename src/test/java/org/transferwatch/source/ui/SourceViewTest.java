package org.transferwatch.source.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
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
    void a_source_captured_twice_shows_what_changed_marked_in_words_as_well_as_by_style() {
        var id = as(Role.ANALYST, () -> {
            var url = "https://example.org/shells";
            var first = sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "Shells", null, null, url, null, "en",
                    "North Korea has shipped 300 shells to Russia.")).source().id();
            sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "Shells", null, null, url, null, "en",
                    "North Korea has shipped 3,000 artillery shells to Russia."));
            return first;
        });
        navigate("sources/" + id, SourceView.class);
        assertThat(find(Div.class).id("source-text").getText()).isEqualTo("North Korea has shipped 3,000 artillery shells to Russia.");
        assertThat(find(Paragraph.class).id("source-capture").getText()).startsWith("Capture 2 of 2, captured ")
            .contains("by Demo analyst · SHA-256 ");
        var changes = find(Div.class).id("source-changes");
        assertThat(changes.getElement().getTextRecursively()).contains("What changed between captures (2 captures)",
                "Capture 1 (", "→ capture 2 (", "2 words added, 1 word removed.");
        var diff = find(Div.class).id("source-diff-2").getElement();
        assertThat(diff.getTextRecursively()).isEqualTo(
                "North Korea has shipped [removed: 300][added: 3,000 artillery] shells to Russia.");
        var marks = diff.getChildren().filter(child -> !child.isTextNode()).toList();
        assertThat(marks).extracting(Element::getTag).containsExactly("del", "ins");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_same_text_under_another_url_is_flagged_with_a_link_to_the_other_source() {
        var demo = demoSource();
        var copy = as(Role.ANALYST, () -> sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "Wire copy", null, null,
                "https://another.example.net/wire", null, "en", sources.findById(demo).orElseThrow().content())).source().id());
        navigate("sources/" + copy, SourceView.class);
        var warning = find(Div.class).id("source-same-text");
        assertThat(warning.getElement().getTextRecursively()).startsWith("Likely a duplicate source: the same text")
            .contains("US says Russia-North Korea arms negotiations are actively advancing");
        assertThat(find(RouterLink.class, warning).single().getHref()).isEqualTo("sources/" + demo);
        navigate("sources/" + demo, SourceView.class);
        assertThat(find(RouterLink.class, find(Div.class).id("source-same-text")).single().getHref())
            .isEqualTo("sources/" + copy);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void an_unknown_source_sends_the_user_back_to_the_library() {
        navigate("sources/999999", SourceListView.class);
    }

}
