package org.transferwatch.dashboard.ui;

import java.util.ArrayList;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.dashboard.BriefingDocumentService;
import org.transferwatch.dashboard.BriefingGraphics;
import org.transferwatch.dashboard.BriefingScope;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.TransferFilterNames;
import org.transferwatch.transfer.TransferFilterParameters;

/**
 * "Brief this list": the briefing builder for the Transfers list's filter, as its URL query has it
 * ({@code briefings/new?supplier=PRK&status=delivered}), so that the Transfers list links here without knowing the
 * builder.
 */
@Route("briefings/new")
@PageTitle("Brief a list · TransferWatch")
@RolesAllowed(Role.VIEWER_NAME)
public class ListBriefingView extends VerticalLayout implements BeforeEnterObserver {

    private final BriefingDocumentService briefings;

    private final BriefingGraphics graphics;

    private final CountryService countries;

    private final TransferFilterNames names;

    private final CurrentUser currentUser;

    private final Anchor back = new Anchor("transfers", "Back to the list");

    private @Nullable BriefingScope scope;

    private @Nullable BriefingBuilder builder;

    public ListBriefingView(BriefingDocumentService briefings, BriefingGraphics graphics, CountryService countries,
            TransferFilterNames names, CurrentUser currentUser) {
        this.briefings = briefings;
        this.graphics = graphics;
        this.countries = countries;
        this.names = names;
        this.currentUser = currentUser;
        var title = new H1("Brief a list");
        title.addClassName("view-title");
        back.setId("list-briefing-back");
        var open = new Button("Open the builder", VaadinIcon.FILE_TEXT_O.create(), event -> openBuilder());
        open.setId("list-briefing-open");
        add(title, new Paragraph("A briefing of the Transfers list as it was filtered: its figures are the list's, "
                + "published transfers only unless you include drafts."), open, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var parsed = TransferFilterParameters.parse(query.getParameters(), names);
        var filter = parsed.filter();
        var problems = new ArrayList<>(parsed.problems());
        var supplier = state(filter.supplierCode(), "supplier", problems);
        var recipient = state(filter.recipientCode(), "recipient", problems);
        filter = filter.withPair(supplier == null ? null : supplier.code(), recipient == null ? null : recipient.code(),
                filter.eitherDirection());
        back.setHref("transfers" + (query.getQueryString().isEmpty() ? "" : "?" + query.getQueryString()));
        scope = BriefingScope.ofList(filter);
        if (scope.includeDrafts() && !currentUser.has(Role.ANALYST)) {
            // A viewer's list shows no drafts; its briefing has none either.
            scope = BriefingScope.ofList(filter.withReviewState(null));
        }
        if (!problems.isEmpty()) {
            Messages.error(String.join(" ", problems));
        }
        builder = new BriefingBuilder(briefings, graphics, scope, supplier, recipient, currentUser.has(Role.ANALYST), null);
        builder.addDialogCloseActionListener(close -> {
            builder.close();
            UI.getCurrent().navigate("transfers", QueryParameters.fromString(query.getQueryString()));
        });
        builder.open();
    }

    private @Nullable Country state(@Nullable String code, String role, java.util.List<String> problems) {
        if (code == null) {
            return null;
        }
        var state = countries.findByCode(code);
        if (state.isEmpty()) {
            problems.add("The " + role + " \"" + code + "\" in the link is not a known state and was left out.");
        }
        return state.orElse(null);
    }

    private void openBuilder() {
        if (builder != null) {
            builder.open();
        }
    }

    /** The builder opened for the list, for tests. */
    @Nullable BriefingBuilder builder() {
        return builder;
    }

    /** The scope read from the link, for tests. */
    @Nullable BriefingScope scope() {
        return scope;
    }

}
