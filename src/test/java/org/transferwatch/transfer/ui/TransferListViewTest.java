package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
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

    private java.util.List<String> column(String key) {
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
        assertThat(column("evidence")).containsExactlyInAnyOrder("1 source, best B2", "1 source, 1 disputing, best B2",
                "1 source, best B3");
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

    @Test
    @WithDemoUser(Role.VIEWER)
    void sorting_by_period_orders_by_the_start_of_the_period_in_the_chosen_direction() {
        navigate(TransferListView.class);
        var grid = grid();
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("period"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        assertThat(column("period")).containsExactly("Q4 2022", "2023", "2023");
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("period"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(column("period")).containsExactly("2023", "2023", "Q4 2022");
    }

}
