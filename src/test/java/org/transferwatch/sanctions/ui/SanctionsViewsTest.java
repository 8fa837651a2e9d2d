package org.transferwatch.sanctions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.sanctions.CatalogueService;
import org.transferwatch.sanctions.ProvisionDetails;
import org.transferwatch.sanctions.ProvisionQuery;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
class SanctionsViewsTest extends SpringBrowserlessTest {

    @Autowired
    CatalogueService catalogue;

    @SuppressWarnings("unchecked")
    private Grid<ProvisionDetails> provisions() {
        return find(Grid.class).id("provisions");
    }

    private List<String> citations() {
        var grid = provisions();
        return IntStream.range(0, test(grid).size()).mapToObj(row -> grid.getGenericDataView().getItem(row).provision().citation())
            .toList();
    }

    private long provisionId(String citation) {
        return TestData.as(Role.VIEWER, () -> catalogue.searchProvisions(ProvisionQuery.ALL)).stream()
            .filter(p -> p.provision().citation().equals(citation)).findFirst().orElseThrow().provision().id();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_searches_the_catalogue_from_the_url_and_sees_no_editing() {
        UI.getCurrent().navigate("sanctions", QueryParameters.simple(java.util.Map.of("state", "prk", "kind", "raw_material",
                "q", "petroleum")));
        assertThat(citations()).contains("UNSCR 2397 (2017) para 5").allSatisfy(c -> assertThat(c).startsWith("UNSCR"));
        assertThat(find(Span.class).id("provision-count").getText()).endsWith(" provisions");
        assertThat(find(Button.class).withId("new-provision").exists()).isFalse();
        assertThat(find(Button.class).withId("new-issuer").exists()).isFalse();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_provision_page_shows_its_scope_and_links_into_the_transfers_list() {
        var id = provisionId("UNSCR 2397 (2017) para 5");
        UI.getCurrent().navigate("sanctions/provisions/" + id);
        assertThat(find(H1.class).id("provision-title").getText()).isEqualTo("UNSCR 2397 (2017) para 5");
        var fields = find(Div.class).id("provision-fields").getElement().getTextRecursively();
        assertThat(fields).contains("any state → North Korea").contains("Every state").contains("refined petroleum")
            .contains("1 Jan 2018");
        assertThat(find(Anchor.class).id("linked-suggested").getHref())
            .isEqualTo("transfers?provision=" + id + "&linked=suggested");
        assertThat(find(Button.class).withId("edit-provision").exists()).isFalse();
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_admin_saving_an_empty_provision_sees_each_problem_at_its_field_and_nothing_is_saved() {
        var before = TestData.as(Role.VIEWER, () -> catalogue.searchProvisions(ProvisionQuery.ALL)).size();
        var view = navigate(ProvisionEditView.class);
        test(find(Button.class).id("provision-save")).click();
        assertThat(view.form().paragraph.isInvalid()).isTrue();
        assertThat(view.form().paragraph.getErrorMessage()).isEqualTo("Enter the paragraph or article, e.g. \"para 5\" or \"Art 2a\".");
        assertThat(view.form().instrument.getErrorMessage()).isEqualTo("Choose the instrument the provision belongs to.");
        assertThat(view.form().kinds.isInvalid()).isTrue();
        assertThat(view.form().scope.getErrorMessage()).startsWith("Name at least one state the provision targets");
        assertThat(view.form().appliesFrom.getErrorMessage()).isEqualTo("Enter the date the provision applies from.");
        assertThat(TestData.as(Role.VIEWER, () -> catalogue.searchProvisions(ProvisionQuery.ALL))).hasSize(before);
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_admin_edits_a_provision_and_the_form_holds_its_scope() {
        var id = provisionId("UNSCR 1718 (2006) para 8(a),(b)");
        UI.getCurrent().navigate("sanctions/provisions/" + id + "/edit");
        var view = (ProvisionEditView) getCurrentView();
        assertThat(view.form().scope.getValue()).hasSize(2);
        assertThat(view.form().categories.getValue()).hasSize(7);
        test(view.form().summary).setValue("Edited summary of the UN arms embargo.");
        test(find(Button.class).id("provision-save")).click();
        assertThat(getCurrentView()).isInstanceOf(ProvisionView.class);
        assertThat(TestData.as(Role.VIEWER, () -> catalogue.provision(id)).orElseThrow().provision().summary())
            .isEqualTo("Edited summary of the UN arms embargo.");
    }

}
