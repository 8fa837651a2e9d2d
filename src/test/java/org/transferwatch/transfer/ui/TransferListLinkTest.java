package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferStatus;

/** A filter link opens the list: read once, each state in it looked up once, the same filter written back. */
@TransferWatchTest
class TransferListLinkTest extends SpringBrowserlessTest {

    /** Every statement that reads a country by its code, whatever repository method renders it. */
    private static final Pattern COUNTRY_BY_CODE = Pattern.compile(
            "from (\"\\w+\"\\.)?\"country\" where (\"\\w+\"\\.)*\"code\" = \\?");

    @Autowired
    DSLContext dsl;

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_link_with_two_states_fills_the_fields_and_is_written_back_as_it_was_read() {
        var link = "supplier=PRK&recipient=RUS&either=true&status=delivered";
        var view = open(link);

        assertThat(find(CountryField.class).id("filter-supplier").getValue().label()).isEqualTo("North Korea (PRK)");
        assertThat(find(CountryField.class).id("filter-recipient").getValue().label()).isEqualTo("Russia (RUS)");
        assertThat(find(Checkbox.class).id("filter-either").getValue()).isTrue();
        assertThat(find(Select.class).id("filter-status").getValue()).isEqualTo(TransferStatus.DELIVERED);
        assertThat(urlsWritten()).singleElement().satisfies(url -> {
            assertThat(url.getPath()).isEqualTo(TransferListView.ROUTE);
            assertThat(url.getQueryParameters()).isEqualTo(QueryParameters.fromString(link));
        });
        assertThat(view.filterParameters()).containsExactly(Map.entry("supplier", "PRK"), Map.entry("recipient", "RUS"),
                Map.entry("either", "true"), Map.entry("status", "delivered"));
        assertThat(test(find(Grid.class).id("transfers-grid")).size()).isEqualTo(1);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void each_state_of_a_link_is_looked_up_once() {
        var lookUps = countryLookUps(() -> open("supplier=PRK&recipient=RUS"));
        // Once to read what the link names (a code, a name or an alias), once for the field's label: never per
        // URL write or per refresh.
        assertThat(lookUps).containsOnly(Map.entry("PRK", 2), Map.entry("RUS", 2));
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_change_in_the_fields_writes_the_url_once() {
        open("supplier=PRK&recipient=RUS");
        urlsWritten();
        test(find(Checkbox.class).id("filter-either")).click();
        assertThat(urlsWritten()).singleElement().satisfies(url -> assertThat(url.getQueryParameters())
            .isEqualTo(QueryParameters.fromString("supplier=PRK&recipient=RUS&either=true")));
    }

    private TransferListView open(String query) {
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        UI.getCurrent().navigate(TransferListView.ROUTE, QueryParameters.fromString(query));
        return (TransferListView) getCurrentView();
    }

    /**
     * The URLs the view put in the browser's address bar since the last call (History.replaceState). Flow writes
     * a URL's parameters in an order of its own, so they compare as parameters, not as text.
     */
    private static List<Location> urlsWritten() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
            .map(pending -> pending.getInvocation())
            .filter(invocation -> invocation.getExpression().contains("replaceState")
                    || invocation.getExpression().contains("replace: true"))
            .map(invocation -> new Location((String) invocation.getParameters().get(1)))
            .toList();
    }

    /**
     * Runs the action and counts, per code, the statements that read a country by its code. The listener goes
     * on the application's jOOQ configuration for the action's length only (tests in a JVM run one at a time).
     */
    private Map<String, Integer> countryLookUps(Runnable action) {
        var counts = new HashMap<String, Integer>();
        var counter = ExecuteListener.onExecuteStart(context -> {
            if (context.sql() != null && COUNTRY_BY_CODE.matcher(context.sql()).find()) {
                context.query().getBindValues().forEach(code -> counts.merge(String.valueOf(code), 1, Integer::sum));
            }
        });
        var configuration = dsl.configuration();
        var before = configuration.executeListenerProviders();
        configuration.setAppending(new DefaultExecuteListenerProvider(counter));
        try {
            action.run();
        }
        finally {
            configuration.set(before);
        }
        return counts;
    }

}
