package org.transferwatch.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.transferwatch.base.ui.EChart;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.ui.TransferListView;

@TransferWatchTest
@WithDemoUser(Role.VIEWER)
class DashboardViewTest extends SpringBrowserlessTest {

    private Anchor anchor(String id) {
        return find(Anchor.class).id(id);
    }

    private String figure(String id) {
        return anchor(id).getElement().getTextRecursively();
    }

    @Test
    void is_the_landing_page_and_shows_the_figures_that_matter() {
        navigate("", DashboardView.class);
        assertThat(figure("figure-total")).isEqualTo("3Transfers");
        assertThat(figure("figure-flagged")).isEqualTo("3With confirmed sanctions links");
        assertThat(figure("figure-confidence-moderate")).isEqualTo("2Moderate confidence");
        assertThat(figure("figure-kind-raw_material")).isEqualTo("1Raw material");
    }

    @Test
    void a_viewer_is_offered_no_new_transfer() {
        navigate(DashboardView.class);
        assertThat(find(Button.class).withId("dashboard-new-transfer").exists()).isFalse();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_starts_a_new_transfer_from_the_dashboard() {
        navigate(DashboardView.class);
        test(find(Button.class).id("dashboard-new-transfer")).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("transfers/new");
    }

    @Test
    void every_figure_links_to_the_list_filtered_to_match() {
        navigate(DashboardView.class);
        assertThat(anchor("figure-total").getHref()).isEqualTo("transfers");
        assertThat(anchor("figure-flagged").getHref()).isEqualTo("transfers?flagged=true");
        assertThat(anchor("figure-confidence-low").getHref()).isEqualTo("transfers?confidence=low");
        assertThat(anchor("figure-kind-arms").getHref()).isEqualTo("transfers?kind=arms");
        assertThat(anchor("figure-new").getHref()).matches("transfers\\?added=\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void a_matrix_cell_links_to_the_pair_in_the_list_and_to_the_pair_page() {
        navigate(DashboardView.class);
        var cell = anchor("cell-PRK-RUS");
        assertThat(cell.getText()).isEqualTo("3");
        assertThat(cell.getHref()).isEqualTo("transfers?supplier=PRK&recipient=RUS");
        assertThat(find(Anchor.class).withCondition(a -> "pairs/PRK/RUS".equals(a.getHref())).exists()).isTrue();
    }

    @Test
    void the_figures_link_leads_to_the_filtered_list() {
        navigate(DashboardView.class);
        UI.getCurrent().navigate("transfers", QueryParameters.fromString("flagged=true"));
        assertThat(getCurrentView()).isInstanceOf(TransferListView.class);
        assertThat(test(find(Grid.class).id("transfers-grid")).size()).isEqualTo(3);
    }

    @Test
    void an_arc_of_the_flow_map_carries_the_link_to_its_pair_and_kind_and_a_click_opens_it() {
        navigate(DashboardView.class);
        var map = find(EChart.class).id("flow-map");
        assertThat(map.optionJson()).contains("\"link\":\"transfers?supplier=PRK&recipient=RUS&kind=arms\"")
            .contains("\"link\":\"transfers?supplier=PRK&recipient=RUS&kind=raw_material\"");
        map.open("transfers?supplier=PRK&recipient=RUS&kind=arms");
        assertThat(getCurrentView()).isInstanceOf(TransferListView.class);
        assertThat(test(find(Grid.class).id("transfers-grid")).size()).isEqualTo(2);
    }

    @Test
    void a_bar_of_the_timeline_links_to_its_month() {
        navigate(DashboardView.class);
        var timeline = find(EChart.class).id("timeline");
        assertThat(timeline.optionJson()).contains("\"link\":\"transfers?from=2022-11-01&to=2022-11-30\"");
    }

    @Test
    void a_chart_refuses_to_navigate_outside_the_app() {
        navigate(DashboardView.class);
        find(EChart.class).id("timeline").open("https://evil.example/phish");
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
    }

}
