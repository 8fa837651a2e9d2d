package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.place.Place;
import org.transferwatch.security.Role;
import org.transferwatch.support.RouteScenario;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferRow;

/** The transfers list's criteria on parties and shipments, and its Designated party column, as a viewer uses them. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.VIEWER)
class TransferListPartsTest extends SpringBrowserlessTest {

    @Autowired
    RouteScenario.Maker scenarios;

    RouteScenario scenario;

    @BeforeEach
    void addTransfersWithParts() {
        scenario = scenarios.create();
    }

    @SuppressWarnings("unchecked")
    private Grid<TransferRow> grid() {
        return find(Grid.class).id("transfers-grid");
    }

    private List<String> items() {
        var grid = grid();
        var position = test(grid).getColumnPosition("item");
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, position)).toList();
    }

    private TransferListView openWith(Map<String, String> parameters) {
        UI.getCurrent().navigate("transfers", QueryParameters.simple(parameters));
        return (TransferListView) getCurrentView();
    }

    @Test
    void a_link_to_the_designated_party_transfers_lists_them_with_their_badge() {
        openWith(Map.of("designated", "1"));
        assertThat(items()).containsExactlyInAnyOrder("Artillery shells on the Angara", "Shahed drones handed over at sea");
        var badge = (Span) test(grid()).getCellComponent(0, "designated");
        assertThat(badge.getText()).isEqualTo("Designated party");
        assertThat(find(Span.class).id("transfer-count").getText()).isEqualTo("2 transfers");
    }

    @Test
    void a_transfer_without_a_designated_party_has_no_badge() {
        openWith(Map.of("supplier", "PRK", "recipient", "RUS"));
        var grid = grid();
        var badges = IntStream.range(0, test(grid).size())
            .mapToObj(row -> ((Span) test(grid).getCellComponent(row, "designated")).getText()).toList();
        assertThat(badges).containsExactlyInAnyOrder("Designated party", "", "", "");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_place_in_the_link_is_shown_in_its_field_and_an_unknown_one_is_ignored_with_a_message() {
        var view = openWith(Map.of("place", Long.toString(scenario.rajin())));
        assertThat(items()).containsExactly("Artillery shells on the Angara");
        assertThat(((ComboBox<Place>) find(ComboBox.class).id("filter-place")).getValue().name()).isEqualTo("Rajin");
        assertThat(view.filterParameters()).containsEntry("place", Long.toString(scenario.rajin()));
        openWith(Map.of("place", "999999999"));
        assertThat(test(find(Notification.class).last()).getText())
            .isEqualTo("The place 999999999 in the link is not in the gazetteer and was ignored.");
        assertThat(items()).hasSize(5);
    }

    @Test
    void typing_a_vessel_filters_the_list_and_writes_it_into_the_url() {
        var view = openWith(Map.of());
        test(find(TextField.class).id("filter-vessel")).setValue("Sea Gull");
        assertThat(items()).containsExactly("Shahed drones handed over at sea");
        assertThat(view.filterParameters()).containsEntry("vessel", "Sea Gull");
        test(find(TextField.class).id("filter-party")).setValue("Rye Song Gang");
        assertThat(items()).isEmpty();
    }

}
