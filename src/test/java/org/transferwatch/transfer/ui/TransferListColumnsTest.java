package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.ListColumnsService;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferService;

@TransferWatchTest
@Transactional
class TransferListColumnsTest extends SpringBrowserlessTest {

    @Autowired
    TransferService transfers;

    @Autowired
    ListColumnsService listColumns;

    @SuppressWarnings("unchecked")
    private Grid<TransferRow> grid() {
        return find(Grid.class).id("transfers-grid");
    }

    private ColumnChooser chooser() {
        return find(ColumnChooser.class).single();
    }

    private void open() {
        navigate("transfers", TransferListView.class);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void rows_that_look_alike_differ_by_number_and_designation() {
        var draft = TestData.draft("IRN", "RUS", "Lookalike drones");
        var first = transfers.createDraft(withDesignation(draft, "Shahed-136"));
        var second = transfers.createDraft(withDesignation(draft, "Shahed-131"));
        UI.getCurrent().navigate("transfers", QueryParameters.simple(Map.of("q", "Lookalike")));
        var grid = grid();
        var number = test(grid).getColumnPosition("number");
        var designation = test(grid).getColumnPosition("designation");
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, number)))
            .containsExactly("#" + second, "#" + first);
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, designation)))
            .containsExactly("Shahed-131", "Shahed-136");
    }

    private static TransferDraft withDesignation(TransferDraft draft, String designation) {
        return new TransferDraft(draft.supplierCode(), draft.recipientCode(), draft.kind(), draft.categoryCode(),
                draft.item(), designation, draft.quantity(), draft.valueUsdEstimate(), draft.status(), draft.period(),
                draft.firstReportedOn(), draft.routeNotes(), draft.notes(), draft.confidence());
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_column_the_user_hides_stays_hidden_when_they_come_back() {
        open();
        assertThat(grid().getColumnByKey("quantity").isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Grid.Column<TransferRow>> choice = find(CheckboxGroup.class).id("column-choice");
        var withoutQuantity = new LinkedHashSet<>(choice.getValue());
        withoutQuantity.remove(grid().getColumnByKey("quantity"));
        choice.setValue(withoutQuantity);
        assertThat(grid().getColumnByKey("quantity").isVisible()).isFalse();
        assertThat(listColumns.chosenColumns().orElseThrow()).doesNotContain("quantity").contains("number", "item");

        open();
        assertThat(grid().getColumnByKey("quantity").isVisible()).isFalse();
        assertThat(grid().getColumnByKey("item").isVisible()).isTrue();
        assertThat(chooser().columns.getValue()).extracting(Grid.Column::getKey).doesNotContain("quantity");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_last_column_cannot_be_hidden() {
        open();
        chooser().columns.clear();
        assertThat(grid().getColumns().stream().filter(Grid.Column::isVisible)).isNotEmpty();
        assertThat(chooser().columns.getValue()).isNotEmpty();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void rows_keep_to_one_line() {
        open();
        assertThat(grid().getThemeNames()).doesNotContain("wrap-cell-content");
    }

}
