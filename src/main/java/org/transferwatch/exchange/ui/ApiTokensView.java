package org.transferwatch.exchange.ui;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.exchange.ApiToken;
import org.transferwatch.exchange.ApiTokenService;

/**
 * The user's personal API tokens: create one (shown once, then only its first characters), see when
 * each was last used, revoke it.
 */
@Route("account/tokens")
@PageTitle("API tokens · TransferWatch")
@Menu(title = "API tokens", order = 90, icon = "vaadin:key")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private final ApiTokenService tokens;

    private final TextField name = new TextField("Name");

    private final Div created = new Div();

    private final TextField secret = new TextField();

    private final Grid<ApiToken> grid = new Grid<>();

    private final Pre example = new Pre(curl("https://transferwatch.example"));

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("api-tokens-view");

        var title = new H1("API tokens");
        title.addClassName("view-title");
        var intro = new Paragraph("A personal token lets a script or another tool read, through the JSON API, the "
                + "transfers you may see, with the same filters as the transfers list. It acts as you with your role, "
                + "read-only. The token is shown once, when you create it: store it like a password. Revoke a token as "
                + "soon as it is no longer needed.");
        intro.addClassName("view-intro");

        name.setId("token-name");
        name.setPlaceholder("e.g. weekly briefing script");
        TextLimits.limit(name, ApiTokenService.MAX_NAME);
        name.setWidth("20rem");
        var create = new Button("Create token", VaadinIcon.KEY.create(), event -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        secret.setId("new-token");
        secret.setReadOnly(true);
        secret.setWidth("34rem");
        secret.setLabel("Your new token");
        var copy = new Button("Copy", VaadinIcon.COPY.create(), event -> UI.getCurrent().getPage()
            .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret.getValue()));
        copy.setId("copy-token");
        var secretLine = new HorizontalLayout(secret, copy);
        secretLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        created.setId("token-created");
        created.addClassName("token-created");
        example.setId("token-example");
        created.add(new H3("Copy your token now"), new Paragraph("It will not be shown again. Use it as a bearer token:"),
                secretLine, example);
        created.setVisible(false);

        configureGrid();
        add(title, intro, form, created, grid);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().fetchCurrentURL(url -> example.setText(curl(url.getProtocol() + "://" + url.getAuthority())));
    }

    private static String curl(String server) {
        return "curl -H \"Authorization: Bearer tw_...\" \"" + server + "/api/transfers?supplier=PRK&recipient=RUS&limit=50\"";
    }

    private void configureGrid() {
        grid.setId("tokens-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ApiToken::name).setHeader("Name").setKey("name").setFlexGrow(1);
        grid.addColumn(token -> token.prefix() + "…").setHeader("Token").setKey("prefix").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(token -> when(token.createdAt())).setHeader("Created").setKey("created").setWidth("13rem")
            .setFlexGrow(0);
        grid.addColumn(token -> token.lastUsedAt() == null ? "Never" : when(token.lastUsedAt())).setHeader("Last used")
            .setKey("last-used").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(token -> token.active() ? "Active" : "Revoked " + when(token.revokedAt())).setHeader("Status")
            .setKey("status").setWidth("17rem").setFlexGrow(0);
        grid.addComponentColumn(token -> {
            if (!token.active()) {
                return new Span();
            }
            var revoke = new Button("Revoke", event -> revoke(token));
            revoke.setId("revoke-" + token.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setHeader("").setKey("actions").setWidth("7rem").setFlexGrow(0);
        var empty = new Span("You have no API tokens yet.");
        grid.setEmptyStateComponent(empty);
    }

    private void create() {
        try {
            var result = tokens.create(name.getValue());
            secret.setValue(result.secret());
            created.setVisible(true);
            name.clear();
            name.setInvalid(false);
            refresh();
        }
        catch (ValidationException e) {
            name.setInvalid(true);
            name.setErrorMessage(String.join(" ", e.problems()));
        }
    }

    private void revoke(ApiToken token) {
        try {
            tokens.revoke(token.id());
            Messages.success("The token \"" + token.name() + "\" is revoked; it no longer works.");
        }
        catch (NotFoundException e) {
            Messages.warning(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String when(@Nullable OffsetDateTime time) {
        return time == null ? "" : DateFormats.MOMENT.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

}
