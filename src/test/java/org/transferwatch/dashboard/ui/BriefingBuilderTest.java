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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.dashboard.BriefingDocumentService;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferStatus;
import org.transferwatch.transfer.ui.TransferListView;

/** The briefing builder on the pair page and for a Transfers list, and the saved briefings' list. */
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


    @Autowired
    TransferListService listing;

    private void openList(String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate("transfers", com.vaadin.flow.router.QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(TransferListView.class);
    }

    @Test
    void brief_this_list_opens_the_builder_with_the_lists_filter_and_its_figures_are_the_lists() {
        openList("supplier=PRK&recipient=RUS&either=true&status=delivered");
        test(find(Button.class).id("brief-list")).click();
        var view = (ListBriefingView) getCurrentView();
        var list = TransferFilter.NONE.withPair("PRK", "RUS", true).withStatus(TransferStatus.DELIVERED);
        assertThat(view.scope().listFilter()).isEqualTo(list);
        view.builder().setExecutor(Runnable::run);
        assertThat(find(Paragraph.class).id("briefing-criteria").getText())
            .isEqualTo("As the Transfers list was filtered: status: delivered.");
        assertThat(find(TextField.class).id("briefing-title").getValue())
            .isEqualTo("Transfers from North Korea to Russia and back");
        test(find(Button.class).id("briefing-generate")).click();
        var count = listing.count(list);
        assertThat(count).isEqualTo(1);
        assertThat(find(UnorderedList.class).id("briefing-summary").getElement().getTextRecursively())
            .contains("1 published transfer from North Korea to Russia since 2022, 1 delivered")
            .contains("No published transfer from Russia to North Korea is recorded");
        assertThat(find(Anchor.class).id("briefing-pdf").getText()).isEqualTo("Download PDF");
    }

    @Test
    void a_list_without_a_pair_is_briefed_too_and_saved_with_its_filter() {
        openList("q=shells");
        test(find(Button.class).id("brief-list")).click();
        var view = (ListBriefingView) getCurrentView();
        view.builder().setExecutor(Runnable::run);
        assertThat(find(RadioButtonGroup.class).withId("briefing-direction").exists()).as("a visible direction").isFalse();
        test(find(Button.class).id("briefing-generate")).click();
        var count = listing.count(TransferFilter.NONE.withText("shells"));
        assertThat(find(UnorderedList.class).id("briefing-summary").getElement().getTextRecursively())
            .contains(org.transferwatch.dashboard.BriefingText.count(count, "published transfer") + " in scope");
        test(find(Button.class).id("briefing-save")).click();
        navigate(BriefingsView.class);
        var grid = test(find(Grid.class).id("briefings-grid"));
        assertThat(grid.getCellText(0, grid.getColumnPosition("pair"))).isEqualTo("List: q=shells");
    }

}
