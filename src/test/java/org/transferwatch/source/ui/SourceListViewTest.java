package org.transferwatch.source.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
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
class SourceListViewTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    private SourceListView open() {
        navigate(SourceListView.class);
        return (SourceListView) getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private List<String> column(String key) {
        var grid = (Grid<SourceListView.Row>) find(Grid.class).id("sources-grid");
        var position = test(grid).getColumnPosition(key);
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, position)).toList();
    }

    private void addReport(String title, String publisher) {
        as(Role.ANALYST, () -> sources.add(new NewSource(SourceKind.MONITORING_REPORT, title, publisher, null, null,
                LocalDate.of(2024, 3, 1), "en", title + " text.")));
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void lists_sources_with_publisher_date_kind_and_the_transfers_they_support_or_dispute() {
        open();
        var yonhap = column("title").indexOf("US says Russia-North Korea arms negotiations are actively advancing");
        assertThat(column("publisher").get(yonhap)).isEqualTo("Yonhap News Agency");
        assertThat(column("published").get(yonhap)).isEqualTo("30 Aug 2023");
        assertThat(column("kind").get(yonhap)).isEqualTo("News article");
        assertThat(column("transfers").get(yonhap)).isEqualTo("supports 3 · disputes 2");
        // The demo's second source, an illustrative record of the shells' shipment.
        assertThat(column("title")).hasSize(2).contains("Demo: an illustrative shipment record (not a published report)");
        assertThat(find(Span.class).id("source-count").getText()).isEqualTo("2 sources");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_search_filters_by_every_word_and_lives_in_the_url() {
        addReport("Conflict Armament Research: Shahed components", "CAR");
        addReport("Panel of Experts final report", "United Nations");
        var view = open();
        assertThat(column("title")).hasSize(4);
        test(view.search()).setValue("panel nations");
        assertThat(column("title")).containsExactly("Panel of Experts final report");
        assertThat(column("transfers")).containsExactly("—");
        assertThat(SourceListView.location("panel nations").getPathWithQueryParameters()).isEqualTo("sources?q=panel%20nations");
        test(view.search()).setValue("nothing like this");
        assertThat(column("title")).isEmpty();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_link_with_a_search_opens_the_list_searched() {
        UI.getCurrent().navigate("sources",
                QueryParameters.of("q", "yonhap"));
        assertThat(((SourceListView) getCurrentView()).search().getValue()).isEqualTo("yonhap");
        assertThat(column("publisher")).containsExactly("Yonhap News Agency");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_sees_no_add_button_and_opens_a_source_by_clicking_it() {
        open();
        assertThat(find(Button.class).withId("add-source").exists()).isFalse();
        @SuppressWarnings("unchecked")
        var grid = (Grid<SourceListView.Row>) find(Grid.class).id("sources-grid");
        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(SourceView.class);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_adds_a_source_from_the_list() {
        open();
        test(find(Button.class).id("add-source")).click();
        assertThat(getCurrentView()).isInstanceOf(NewSourceView.class);
    }

}
