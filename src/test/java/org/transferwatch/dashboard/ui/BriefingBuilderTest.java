package org.transferwatch.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.dashboard.BriefingDocumentService;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** The briefing builder on the pair page, and the saved briefings' list. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.VIEWER)
class BriefingBuilderTest extends SpringBrowserlessTest {

    @Autowired
    BriefingDocumentService documents;

    private BriefingBuilder openBuilder() {
        var view = navigate("pairs/PRK/RUS", PairView.class);
        test(find(Button.class).id("pair-build-briefing")).click();
        var builder = view.builder();
        builder.setExecutor(Runnable::run);
        return builder;
    }

    @Test
    void generating_offers_both_files_and_shows_the_summary() {
        openBuilder();
        test(find(TextField.class).id("briefing-title")).setValue("DPRK munitions for Russia");
        test(find(Select.class).id("briefing-marking")).selectItem("OFFICIAL-SENSITIVE");
        test(find(TextArea.class).id("briefing-judgements")).setValue("Deliveries will continue.");
        test(find(Button.class).id("briefing-generate")).click();
        assertThat(find(UnorderedList.class).id("briefing-summary").getElement().getTextRecursively())
            .contains("3 published transfers from North Korea to Russia since 2022");
        assertThat(find(Anchor.class).id("briefing-pdf").getText()).isEqualTo("Download PDF");
        assertThat(find(Anchor.class).id("briefing-docx").getText()).isEqualTo("Download Word");
    }

    @Test
    void a_viewer_is_not_offered_drafts_and_a_missing_title_is_marked() {
        openBuilder();
        assertThat(find(Checkbox.class).withId("briefing-drafts").exists()).as("a visible drafts box").isFalse();
        test(find(TextField.class).id("briefing-title")).setValue("");
        test(find(Button.class).id("briefing-generate")).click();
        var title = find(TextField.class).id("briefing-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the briefing a title.");
    }

    @Test
    void a_saved_briefing_is_listed_with_its_marking_and_author_and_re_generates() {
        openBuilder();
        test(find(TextField.class).id("briefing-title")).setValue("Saved for the minister");
        test(find(Select.class).id("briefing-marking")).selectItem("OFFICIAL-SENSITIVE");
        test(find(Button.class).id("briefing-save")).click();
        test(find(Button.class).id("briefing-close")).click();
        var view = navigate(BriefingsView.class);
        var grid = test(find(Grid.class).id("briefings-grid"));
        assertThat(grid.getCellText(0, grid.getColumnPosition("title"))).isEqualTo("Saved for the minister");
        assertThat(grid.getCellText(0, grid.getColumnPosition("marking"))).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(grid.getCellText(0, grid.getColumnPosition("author"))).isNotBlank();
        view.open(documents.savedBriefings().getFirst());
        view.builder().setExecutor(Runnable::run);
        assertThat(find(TextField.class).id("briefing-title").getValue()).isEqualTo("Saved for the minister");
        test(find(Button.class).id("briefing-generate")).click();
        assertThat(find(Anchor.class).id("briefing-pdf").isVisible()).isTrue();
    }

}
