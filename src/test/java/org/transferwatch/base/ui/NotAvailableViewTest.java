package org.transferwatch.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** What the router shows for an address that names no page or one the role may not open (the HTTP side: UnavailablePagesTest). */
@TransferWatchTest
@WithDemoUser(Role.VIEWER)
class NotAvailableViewTest extends SpringBrowserlessTest {

    @ParameterizedTest
    @ValueSource(strings = { "admin", "nonsense", "admin/anything", "admin/users", "admin/reference", "transfers/new" })
    void an_unknown_or_forbidden_address_shows_this_page_is_not_available(String path) {
        UI.getCurrent().navigate(path);
        assertThat(find(H1.class).withText("This page is not available").exists()).as(path).isTrue();
    }

}
