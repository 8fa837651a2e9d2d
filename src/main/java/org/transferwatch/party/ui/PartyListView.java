package org.transferwatch.party.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ui.SearchFields;
import org.transferwatch.party.PartyMatch;
import org.transferwatch.party.PartyMatchService;
import org.transferwatch.party.PartyRow;
import org.transferwatch.party.PartyService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;

/**
 * The parties of transfers: companies, state bodies, armed units, persons and vessels, searched by any name or
 * number and paged in SQL, with whether an analyst confirmed a designation and how many possible matches wait.
 * The search lives in the URL ({@code ?q=}). Analysts also see the matches to review: the possible ones, and
 * the decided ones whose designation changed since.
 */
@Route(PartyListView.ROUTE)
@PageTitle("Parties · TransferWatch")
@Menu(title = "Parties", order = 24, icon = "vaadin:group")
@RolesAllowed(Role.VIEWER_NAME)
public class PartyListView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "parties";

    /** How many matches to review the list shows at once. */
    private static final int REVIEW_ROWS = 50;

    private final PartyService parties;

    final Grid<PartyRow> grid = new Grid<>();

    final TextField search = new TextField();

    private final Span count = new Span();

    private String text = "";

    public PartyListView(PartyService parties, PartyMatchService matches, CurrentUser currentUser) {
        this.parties = parties;
        setSizeFull();
        addClassName("party-list-view");

        var title = new H1("Parties");
        title.addClassName("view-title");
        count.setId("party-count");
        count.addClassName("transfer-count");
        var header = new HorizontalLayout(title, count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        var analyst = currentUser.has(Role.ANALYST);
        if (analyst) {
            var create = new Button("New party", VaadinIcon.PLUS.create(), event -> UI.getCurrent().navigate(PartyEditView.class));
            create.setId("new-party");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var spacer = new Div();
            header.add(spacer, create);
            header.expand(spacer);
        }
        var intro = new Paragraph("The companies, state bodies, armed units, persons and vessels that reporting places"
                + " in transfers. Search by any name or other name, with or without accents, or by an IMO number or"
                + " MMSI. A party is Designated once an analyst confirmed that it is a listed designation.");
        intro.addClassName("view-intro");

        SearchFields.configure(search, "parties-search", "Name, other name, IMO number or MMSI", "28rem");
        search.addValueChangeListener(event -> {
            text = event.getValue().strip();
            UI.getCurrent().getPage().getHistory().replaceState(null, location(text));
            grid.getDataProvider().refreshAll();
        });

        configureGrid();
        add(header, intro, search, grid);
        setFlexGrow(1, grid);
        if (analyst) {
            add(review(matches.toReview(REVIEW_ROWS)));
        }
    }

    private void configureGrid() {
        grid.setId("parties-grid");
        grid.setSizeFull();
        grid.setPageSize(50);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PartyRow::name).setHeader("Name").setKey("name").setFlexGrow(1);
        grid.addColumn(row -> row.matched() == null ? "" : row.matched()).setHeader("Matched").setKey("matched")
            .setWidth("14rem").setFlexGrow(0).setTooltipGenerator(row -> "The other name or number the search found");
        grid.addColumn(row -> row.kind().label()).setHeader("Kind").setKey("kind").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> row.countryName() == null ? "—" : row.countryName()).setHeader("Country or flag")
            .setKey("country").setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(row -> row.designated() ? PartyBadges.designated() : new Span())
            .setHeader("Designated").setKey("designated").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> row.possibleMatches() == 0 ? "" : Integer.toString(row.possibleMatches()))
            .setHeader("Possible matches").setKey("possible").setWidth("10rem").setFlexGrow(0)
            .setTooltipGenerator(row -> "Designations it may be, for an analyst to confirm or reject");
        grid.setItems(query -> parties.search(text, query.getOffset(), query.getLimit()).stream(),
                query -> updateCount(parties.count(text)));
        grid.addItemClickListener(event -> UI.getCurrent().navigate(PartyView.address(event.getItem().id())));
        var empty = new Span("No party matches this search.");
        empty.setId("parties-empty");
        grid.setEmptyStateComponent(empty);
    }

    /** The matches analysts have to look at: the latest change first, each opening its party's page. */
    private VerticalLayout review(PartyMatchService.MatchesToReview toReview) {
        var heading = new H3("Matches to review (" + toReview.total() + ")");
        heading.addClassName("section-title");
        heading.setId("matches-to-review-title");
        var explanation = new Paragraph("Possible matches with designations, and confirmed or rejected ones whose"
                + " designation a newer list changed since the decision.");
        explanation.addClassName("view-intro");
        var list = new Grid<PartyMatch>();
        list.setId("matches-to-review");
        list.setAllRowsVisible(true);
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        list.addColumn(PartyMatch::partyName).setHeader("Party").setKey("party").setFlexGrow(1);
        list.addColumn(match -> match.designationName() + " (" + match.reference() + ")").setHeader("Designation")
            .setKey("designation").setFlexGrow(1);
        list.addColumn(PartyMatch::scoreLabel).setHeader("Score").setKey("score").setWidth("6rem").setFlexGrow(0);
        list.addColumn(match -> match.state().label()).setHeader("State").setKey("state").setWidth("7rem").setFlexGrow(0);
        list.addColumn(match -> match.changeNote() == null ? "" : match.changeNote()).setHeader("What changed")
            .setKey("change").setFlexGrow(2);
        list.setItems(toReview.matches());
        list.addItemClickListener(event -> UI.getCurrent().navigate(PartyView.address(event.getItem().partyId())));
        var empty = new Span("Nothing to review: every match is decided, and no designation changed since.");
        list.setEmptyStateComponent(empty);
        var section = new VerticalLayout(heading, explanation, list);
        section.setPadding(false);
        section.setId("matches-to-review-section");
        return section;
    }

    private int updateCount(int total) {
        count.setText(total == 1 ? "1 party" : String.format(Locale.ENGLISH, "%,d parties", total));
        return total;
    }

    /** For tests: the search field (views are proxied, so fields are reached through methods). */
    TextField search() {
        return search;
    }

    static Location location(String text) {
        return text.isBlank() ? new Location(ROUTE) : new Location(ROUTE, QueryParameters.of("q", text));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        search.setValue(SearchText.cut(q));
        text = search.getValue().strip();
        grid.getDataProvider().refreshAll();
    }

}
