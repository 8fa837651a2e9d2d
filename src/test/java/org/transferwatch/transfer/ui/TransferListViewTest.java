package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

@TransferWatchTest
@Transactional
class TransferListViewTest extends SpringBrowserlessTest {

    @Autowired
    TransferService transfers;

    @SuppressWarnings("unchecked")
    private Grid<TransferRow> grid() {
        return find(Grid.class).id("transfers-grid");
    }

    private List<String> column(String key) {
        var grid = grid();
        var position = test(grid).getColumnPosition(key);
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, position)).toList();
    }

    private void createDraftAsAnalyst(String item) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
            .authenticated("analyst", null, Role.ANALYST.authorities()));
        try {
            transfers.createDraft(new TransferDraft("IRN", "RUS", TransferKind.ARMS, "ML10", item, null, Quantity.UNKNOWN,
                    null, TransferStatus.REPORTED, null, null, null, null, Confidence.LOW));
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_analyst_sees_the_demo_transfers_with_their_evidence_and_grades() {
        navigate(TransferListView.class);
        assertThat(column("pair")).containsOnly("North Korea → Russia").hasSize(3);
        assertThat(column("item")).containsExactlyInAnyOrder("Munitions, multiple types",
                "Infantry artillery shells and rockets", "Raw materials for Russia's defence industrial base");
        assertThat(column("evidence")).containsExactlyInAnyOrder("1 source, 1 disputing, best B2",
                "1 source, 1 disputing, best B2", "1 source, best B3");
        assertThat(column("period")).contains("Q4 2022", "2023");
        assertThat(column("quantity")).contains("≥ 1,000,000 shells and rockets (est.)");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_analyst_also_sees_drafts() {
        createDraftAsAnalyst("Shahed-136 drones");
        navigate(TransferListView.class);
        assertThat(column("item")).contains("Shahed-136 drones").hasSize(4);
        assertThat(column("review")).contains("Draft", "Published");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_sees_published_transfers_only() {
        createDraftAsAnalyst("Shahed-136 drones");
        navigate(TransferListView.class);
        assertThat(column("item")).doesNotContain("Shahed-136 drones").hasSize(3);
        assertThat(column("review")).containsOnly("Published");
    }

    private TransferListView openWith(Map<String, String> parameters) {
        UI.getCurrent().navigate("transfers",
                QueryParameters.simple(parameters));
        return (TransferListView) getCurrentView();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_filter_in_the_url_is_restored_into_the_fields_and_the_grid() {
        var view = openWith(Map.of("supplier", "PRK", "recipient", "RUS", "status", "delivered"));
        assertThat(column("item")).containsExactly("Infantry artillery shells and rockets");
        assertThat(find(CountryField.class).id("filter-supplier").getValue().label())
            .isEqualTo("North Korea (PRK)");
        assertThat(view.filterParameters()).containsEntry("supplier", "PRK").containsEntry("recipient", "RUS")
            .containsEntry("status", "delivered");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void picking_states_by_alias_filters_the_list_and_writes_the_filter_into_the_url() {
        var view = navigate(TransferListView.class);
        var supplier = find(CountryField.class).id("filter-supplier");
        test(supplier).setFilter("DPRK");
        assertThat(test(supplier).getSuggestions()).contains("North Korea (PRK)");
        test(supplier).selectItem("North Korea (PRK)");
        var recipient = find(CountryField.class).id("filter-recipient");
        test(recipient).setFilter("the Kremlin");
        test(recipient).selectItem("Russia (RUS)");
        assertThat(column("pair")).containsOnly("North Korea → Russia").hasSize(3);
        assertThat(view.filterParameters()).containsEntry("supplier", "PRK").containsEntry("recipient", "RUS");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_reverse_pair_is_empty_and_says_so_until_either_direction_is_ticked() {
        openWith(Map.of("supplier", "RUS", "recipient", "PRK"));
        assertThat(test(grid()).size()).isZero();
        assertThat(find(Button.class).id("empty-clear-filter").isVisible()).isTrue();
        test(find(Checkbox.class).id("filter-either")).click();
        assertThat(test(grid()).size()).isEqualTo(3);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void clearing_the_filter_shows_every_transfer_again() {
        var view = openWith(Map.of("supplier", "RUS", "recipient", "PRK"));
        test(find(Button.class).id("empty-clear-filter")).click();
        assertThat(test(grid()).size()).isEqualTo(3);
        assertThat(view.filterParameters()).isEmpty();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void an_unknown_country_in_a_link_is_ignored_with_a_message() {
        openWith(Map.of("supplier", "ZZZ"));
        assertThat(test(grid()).size()).isEqualTo(3);
        var notification = find(Notification.class).single();
        assertThat(test(notification).getText())
            .isEqualTo("The supplier \"ZZZ\" in the link is not a known state and was ignored.");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void free_text_searches_the_quotes() {
        var view = navigate(TransferListView.class);
        test(find(TextField.class).id("filter-text")).setValue("submarine");
        assertThat(column("item")).isEmpty();
        assertThat(find(Button.class).id("empty-clear-filter").isVisible()).isTrue();
        test(find(TextField.class).id("filter-text")).setValue("dismissed");
        assertThat(column("item")).containsExactly("Infantry artillery shells and rockets");
        assertThat(view.filterParameters()).containsEntry("q", "dismissed");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void viewers_get_no_new_transfer_button_and_no_review_filter() {
        navigate(TransferListView.class);
        assertThat(find(Button.class).withId("new-transfer").exists()).isFalse();
        assertThat(find(Select.class).withId("filter-review").exists()).isFalse();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void sorting_by_period_orders_by_the_start_of_the_period_in_the_chosen_direction() {
        navigate(TransferListView.class);
        var grid = grid();
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("period"),
                SortDirection.ASCENDING)));
        assertThat(column("period")).containsExactly("Q4 2022", "2023", "2023");
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("period"),
                SortDirection.DESCENDING)));
        assertThat(column("period")).containsExactly("2023", "2023", "Q4 2022");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_export_link_downloads_exactly_the_filter_on_screen() {
        openWith(Map.of("supplier", "PRK", "recipient", "RUS", "status", "delivered"));
        var export = find(Anchor.class).id("export-csv");
        assertThat(export.getElement().getTextRecursively()).isEqualTo("Export CSV");
        assertThat(export.getHref()).isEqualTo("export/transfers.csv?supplier=PRK&recipient=RUS&status=delivered");
        test(find(Button.class).id("clear-filter")).click();
        assertThat(export.getHref()).isEqualTo("export/transfers.csv");
    }

    @Autowired
    DSLContext dsl;

    private Span countLabel() {
        return find(Span.class).id("transfer-count");
    }

    private Button countAllButton() {
        return find(Button.class).id("count-all");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_small_result_shows_its_exact_count() {
        openWith(Map.of("supplier", "PRK", "recipient", "RUS"));
        assertThat(countLabel().getText()).isEqualTo("3 transfers");
        assertThat(find(Button.class).withId("count-all").exists()).isFalse();
        assertThat(test(grid()).size()).isEqualTo(3);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_big_result_says_more_than_ten_thousand_until_the_user_counts_them_all() {
        dsl.execute("""
                insert into transfer (supplier_code, recipient_code, kind, item, status, confidence, review_state,
                                      created_by, updated_by)
                select 'BLR', 'ARM', 'arms', 'Shells, lot ' || n, 'reported', 'low', 'published', u.id, u.id
                from generate_series(1, 10001) n, (select min(id) as id from app_user) u""");
        openWith(Map.of("supplier", "BLR", "recipient", "ARM"));
        assertThat(countLabel().getText()).isEqualTo("more than 10,000 transfers");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("item"))).isEqualTo("Shells, lot 10001");
        test(countAllButton()).click();
        assertThat(countLabel().getText()).isEqualTo("10,001 transfers");
        assertThat(find(Button.class).withId("count-all").exists()).isFalse();
        assertThat(test(grid()).size()).isEqualTo(10_001);
    }


    @Test
    @WithDemoUser(Role.VIEWER)
    void column_sorts_are_offered_once_a_filter_leaves_ten_thousand_transfers_or_fewer() {
        dsl.execute("""
                insert into transfer (supplier_code, recipient_code, kind, item, status, confidence, review_state,
                                      created_by, updated_by)
                select 'BLR', 'ARM', 'arms', 'Shells, lot ' || n, 'reported', 'low', 'published', u.id, u.id
                from generate_series(1, 10001) n, (select min(id) as id from app_user) u""");
        openWith(Map.of("supplier", "BLR", "recipient", "ARM", "q", "10001"));
        var grid = grid();
        assertThat(countLabel().getText()).isEqualTo("1 transfer");
        assertThat(TransferGrid.SORTABLE_KEYS).allSatisfy(key -> assertThat(grid.getColumnByKey(key).isSortable()).isTrue());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("item"), SortDirection.ASCENDING)));
        assertThat(grid.getSortOrder()).hasSize(1);

        test(find(TextField.class).id("filter-text")).setValue("");
        var wide = grid();
        assertThat(countLabel().getText()).isEqualTo("more than 10,000 transfers");
        assertThat(countLabel().getTitle()).hasValueSatisfying(title -> assertThat(title)
            .contains("Narrow the list to 10,000 transfers or fewer"));
        assertThat(TransferGrid.SORTABLE_KEYS).allSatisfy(key -> assertThat(wide.getColumnByKey(key).isSortable()).isFalse());
        assertThat(wide.getSortOrder()).isEmpty();
        assertThat(test(wide).getCellText(0, test(wide).getColumnPosition("item"))).isEqualTo("Shells, lot 10001");
        assertThat(find(Notification.class).all()).anySatisfy(notification -> assertThat(test(notification).getText())
            .contains("The list is newest first again"));
    }

}
