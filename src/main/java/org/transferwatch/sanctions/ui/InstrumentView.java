package org.transferwatch.sanctions.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.FieldRows;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.country.CountryService;
import org.transferwatch.sanctions.CatalogueService;
import org.transferwatch.sanctions.Instrument;
import org.transferwatch.sanctions.ProvisionDetails;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;

/** One instrument: its title, adoption date, official text, regime and provisions; administrators edit it here. */
@Route("sanctions/instruments/:id(\\d+)")
@RolesAllowed(Role.VIEWER_NAME)
public class InstrumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;

    private final CountryService countries;

    private final boolean admin;

    private @Nullable Instrument instrument;

    public InstrumentView(CatalogueService catalogue, CountryService countries, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.countries = countries;
        this.admin = currentUser.has(Role.ADMIN);
        addClassName("instrument-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            render(catalogue.instrument(event.getRouteParameters().getLong("id").orElse(0L)));
        }
        catch (NotFoundException e) {
            Messages.error(e.getMessage());
            event.forwardTo(SanctionsView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return (instrument == null ? "Instrument" : instrument.shortTitle()) + " · TransferWatch";
    }

    private void render(Instrument shown) {
        this.instrument = shown;
        removeAll();
        var title = new H1(shown.shortTitle());
        title.setId("instrument-title");
        title.addClassName("view-title");
        var header = new HorizontalLayout(title);
        if (shown.retired()) {
            header.add(ProvisionBadges.retired());
        }
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        var list = new Div();
        list.addClassName("field-list");
        FieldRows.add(list, "Title", shown.title());
        FieldRows.add(list, "Issuer", shown.issuerName());
        FieldRows.add(list, "Adopted", shown.adoptedOn() == null ? null : DateFormats.DAY.format(shown.adoptedOn()));
        FieldRows.add(list, "Regime", shown.regimeCode());
        if (shown.url() != null) {
            var label = new Span("Official text");
            label.addClassName("field-label");
            var link = new Anchor(shown.url(), shown.url(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.addClassName("field-value");
            list.add(label, link);
        }
        add(new RouterLink("← Sanctions catalogue", SanctionsView.class), header, list);
        if (admin) {
            var edit = new Button("Edit…", event -> InstrumentDialog.edit(catalogue, shown, this::reload));
            edit.setId("edit-instrument");
            var retire = new Button(shown.retired() ? "Restore" : "Retire", event -> retire(shown));
            retire.setId("retire-instrument");
            var add = new Button("Add a provision", event -> getUI().ifPresent(ui -> ui.navigate(ProvisionEditView.NEW
                    + "?instrument=" + shown.id())));
            add.setId("add-provision");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(edit, retire, add));
        }
        add(new H3("Provisions (" + shown.provisions() + ")"), provisions(shown));
    }

    private Grid<ProvisionDetails> provisions(Instrument shown) {
        var names = CatalogueLabels.countryNames(countries);
        var grid = new Grid<ProvisionDetails>();
        grid.setId("instrument-provisions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(p -> {
            var cell = new Div(new RouterLink(p.provision().paragraph(), ProvisionView.class,
                    new RouteParameters("id", Long.toString(p.provision().id()))));
            if (p.provision().retired()) {
                cell.add(new Text(" "), ProvisionBadges.retired());
            }
            return cell;
        }).setHeader("Paragraph").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(p -> p.provision().summary()).setHeader("Summary").setFlexGrow(3);
        grid.addColumn(p -> CatalogueLabels.scope(p.scope(), code -> names.getOrDefault(code, code)))
            .setHeader("States (supplier → recipient)").setFlexGrow(1);
        grid.addColumn(p -> CatalogueLabels.inForce(p.appliesFrom(), p.appliesUntil())).setHeader("In force")
            .setWidth("10rem").setFlexGrow(0);
        grid.setItems(catalogue.provisionsOf(shown.id()));
        grid.setEmptyStateText("No provision recorded for this instrument yet.");
        return grid;
    }

    private void reload() {
        if (instrument != null) {
            render(catalogue.instrument(instrument.id()));
        }
    }

    private void retire(Instrument shown) {
        try {
            catalogue.retireInstrument(shown.id(), !shown.retired(), shown.version());
            Messages.success(shown.retired() ? shown.shortTitle() + " restored."
                    : shown.shortTitle() + " retired: its provisions are no longer suggested.");
        }
        catch (ValidationException | ConcurrentEditException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
        reload();
    }

}
