package org.transferwatch.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.exchange.ApiToken;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.VIEWER)
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @SuppressWarnings("unchecked")
    private Grid<ApiToken> grid() {
        return find(Grid.class).id("tokens-grid");
    }

    private List<String> column(String key) {
        var grid = grid();
        var position = test(grid).getColumnPosition(key);
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, position)).toList();
    }

    private String create(String name) {
        test(find(TextField.class).id("token-name")).setValue(name);
        test(find(Button.class).id("create-token")).click();
        var shown = find(TextField.class).withId("new-token");
        return shown.exists() ? shown.single().getValue() : "";
    }

    @Test
    void a_new_token_is_shown_once_and_then_only_by_its_first_characters() {
        navigate(ApiTokensView.class);
        var secret = create("Weekly briefing script");

        assertThat(secret).matches("tw_[A-Za-z0-9_-]{43}");
        assertThat(find(Div.class).id("token-created").isVisible()).isTrue();
        assertThat(column("name")).containsExactly("Weekly briefing script");
        assertThat(column("prefix")).containsExactly(secret.substring(0, 9) + "…");
        assertThat(column("last-used")).containsExactly("Never");
        assertThat(column("status")).containsExactly("Active");
        assertThat(tokens.authenticate(secret)).isPresent();

        navigate(ApiTokensView.class);
        assertThat(find(Div.class).withId("token-created").exists()).isFalse();
        assertThat(find(TextField.class).withId("new-token").exists()).isFalse();
        assertThat(column("prefix")).containsExactly(secret.substring(0, 9) + "…");
    }

    @Test
    void a_revoked_token_is_marked_revoked_and_stops_working() {
        navigate(ApiTokensView.class);
        var secret = create("Old laptop");
        var id = tokens.mine().getFirst().id();

        var revoke = (Button) test(grid()).getCellComponent(0, "actions");
        assertThat(revoke.getId()).contains("revoke-" + id);
        test(revoke).click();

        assertThat(column("status")).singleElement().asString().startsWith("Revoked ");
        assertThat(test(grid()).getCellComponent(0, "actions")).isNotInstanceOf(Button.class);
        assertThat(tokens.authenticate(secret)).isEmpty();
    }

    @Test
    void a_token_needs_a_name() {
        navigate(ApiTokensView.class);
        create("  ");
        var name = find(TextField.class).id("token-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Name the token after the tool or script that will use it.");
        assertThat(column("name")).isEmpty();
    }

}
