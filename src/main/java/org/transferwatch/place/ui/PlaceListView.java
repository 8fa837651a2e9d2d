package org.transferwatch.place.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceDraft;
import org.transferwatch.place.PlaceService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;

/**
 * The gazetteer: every port, crossing, airfield and sea area shipments may name, with its coordinates and where
 * they come from, searched by name or alias (the search lives in the URL, {@code ?q=}). Administrators add and
 * correct places in a dialog.
 */
@Route("places")
@PageTitle("Places · TransferWatch")
@Menu(title = "Places", order = 35, icon = "vaadin:map-marker")
@RolesAllowed(Role.VIEWER_NAME)
public class PlaceListView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "places";

    private final PlaceService places;

    private final CountryService countries;

    private final boolean admin;

    private final Grid<Place> grid = new Grid<>();

    private final TextField search = new TextField();

    private final Span count = new Span();

    private final Map<String, Country> countryByCode = new HashMap<>();

    private String text = "";

    private @Nullable PlaceForm openForm;

    public PlaceListView(PlaceService places, CountryService countries, CurrentUser currentUser) {
        this.places = places;
        this.countries = countries;
        this.admin = currentUser.has(Role.ADMIN);
        setSizeFull();
        addClassName("place-list-view");

        var title = new H1("Places");
        title.addClassName("view-title");
        count.setId("place-count");
        count.addClassName("transfer-count");
        var header = new HorizontalLayout(title, count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        if (admin) {
            var add = new Button("Add place", VaadinIcon.PLUS.create(), event -> openEditor(null));
            add.setId("add-place");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var spacer = new Div();
            header.add(spacer, add);
            header.expand(spacer);
        }
        var intro = new Paragraph("The ports, rail and road crossings, airfields and sea areas where shipments are "
                + "loaded, discharged or cross a border, with where their coordinates come from and under which licence. "
                + "Search by name or any other spelling, with or without accents.");
        intro.addClassName("view-intro");

        search.setId("places-search");
        search.setPlaceholder("Name or other spelling");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(SearchText.MAX_LENGTH);
        search.setWidth("24rem");
        search.addValueChangeListener(event -> {
            text = event.getValue().strip();
            UI.getCurrent().getPage().getHistory().replaceState(null, location(text));
            grid.getDataProvider().refreshAll();
        });

        configureGrid();
        add(header, intro, search, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("places-grid");
        grid.setSizeFull();
        grid.setPageSize(50);
        // One line per place: the coordinates' source can run to a paragraph, shown whole in its tooltip.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Place::name).setHeader("Name").setKey("name").setWidth("13rem").setFlexGrow(0)
            .setTooltipGenerator(place -> place.aliases().isEmpty() ? null : "Also: " + String.join(", ", place.aliases()));
        grid.addColumn(place -> place.kind().label()).setHeader("Kind").setKey("kind").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(place -> countryName(place.countryCode())).setHeader("Country").setKey("country").setWidth("9rem")
            .setFlexGrow(0);
        grid.addColumn(PlaceListView::coordinates).setHeader("Coordinates").setKey("coordinates").setWidth("16rem")
            .setFlexGrow(0);
        grid.addColumn(Place::coordinateSource).setHeader("Source").setKey("source").setFlexGrow(1)
            .setTooltipGenerator(Place::coordinateSource);
        grid.addColumn(Place::coordinateLicence).setHeader("Licence").setKey("licence").setWidth("9rem").setFlexGrow(0);
        if (admin) {
            grid.addComponentColumn(place -> {
                var edit = new Button("Edit", event -> openEditor(place));
                edit.setId("edit-place-" + place.id());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return edit;
            }).setKey("edit").setWidth("6rem").setFlexGrow(0);
        }
        grid.setItems(query -> places.search(text, query.getOffset(), query.getLimit()).stream(),
                query -> updateCount(places.count(text)));
        var empty = new Span("No place matches this search.");
        empty.setId("places-empty");
        grid.setEmptyStateComponent(empty);
    }

    /** "42.25559° N, 130.28308° E". */
    static String coordinates(Place place) {
        return degrees(place.latitude(), "N", "S") + ", " + degrees(place.longitude(), "E", "W");
    }

    private static String degrees(BigDecimal value, String positive, String negative) {
        return value.abs().stripTrailingZeros().toPlainString() + "° " + (value.signum() < 0 ? negative : positive);
    }

    private String countryName(@Nullable String code) {
        if (code == null) {
            return "—";
        }
        var country = country(code);
        return country == null ? code : country.name();
    }

    private @Nullable Country country(String code) {
        return countryByCode.computeIfAbsent(code, key -> countries.findByCode(key).orElse(null));
    }

    private int updateCount(int total) {
        count.setText(total == 1 ? "1 place" : String.format(Locale.ENGLISH, "%,d places", total));
        return total;
    }

    /** Opens the dialog that adds a place (for null) or corrects one; administrators only. */
    void openEditor(@Nullable Place place) {
        var form = new PlaceForm(countries.asSearch());
        if (place != null) {
            form.setDraft(PlaceDraft.of(place), place.countryCode() == null ? null : country(place.countryCode()));
        }
        var dialog = new Dialog(form);
        dialog.setId("place-dialog");
        dialog.setHeaderTitle(place == null ? "Add a place" : "Edit " + place.name());
        dialog.setWidth("min(48rem, 95vw)");
        dialog.getFooter().add(form.cancel, form.save);
        form.addCancelListener(event -> dialog.close());
        form.addSaveListener(event -> {
            try {
                if (place == null) {
                    places.create(event.draft());
                }
                else {
                    places.update(place.id(), event.draft(), place.version());
                }
                dialog.close();
                Messages.success((place == null ? "Added " : "Saved ") + event.draft().cleaned().name() + ".");
                grid.getDataProvider().refreshAll();
            }
            catch (ValidationException e) {
                form.showProblems(e.problemsWithFields());
            }
            catch (ConcurrentEditException | NotFoundException e) {
                dialog.close();
                Messages.error(e.getMessage());
                grid.getDataProvider().refreshAll();
            }
        });
        dialog.addOpenedChangeListener(event -> openForm = event.isOpened() ? form : null);
        dialog.open();
        openForm = form;
    }

    /** For tests: the grid, the search field and the form of the open dialog (views are proxied, so fields are reached through methods). */
    Grid<Place> grid() {
        return grid;
    }

    TextField search() {
        return search;
    }

    @Nullable PlaceForm openForm() {
        return openForm;
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
