package org.transferwatch.sanctions.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.country.CountryService;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.sanctions.CatalogueService;
import org.transferwatch.sanctions.Instrument;
import org.transferwatch.sanctions.Issuer;
import org.transferwatch.sanctions.ProvisionDetails;
import org.transferwatch.sanctions.ProvisionDraft;
import org.transferwatch.sanctions.ProvisionQuery;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;

/**
 * The sanctions catalogue: provisions searchable by text, issuer, targeted state and kind (the search lives in
 * the URL), the instruments, and the issuers. Administrators add and edit from here.
 */
@Route("sanctions")
@PageTitle("Sanctions · TransferWatch")
@Menu(title = "Sanctions", order = 30, icon = "vaadin:gavel")
@RolesAllowed(Role.VIEWER_NAME)
public class SanctionsView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "sanctions";

    private final CatalogueService catalogue;

    private final CountryService countries;

    private final boolean admin;

    final TextField search = new TextField("Search");

    final Select<String> issuer = new Select<>();

    final CountryField state;

    final Select<String> kind = new Select<>();

    final Checkbox retired = new Checkbox("Show retired");

    final Grid<ProvisionDetails> provisions = new Grid<>();

    final Grid<Instrument> instruments = new Grid<>();

    final Grid<Issuer> issuers = new Grid<>();

    private final Span count = new Span();

    private boolean reading;

    private @Nullable Map<String, String> countryNames;

    public SanctionsView(CatalogueService catalogue, CountryService countries, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.countries = countries;
        this.admin = currentUser.has(Role.ADMIN);
        state = new CountryField("Targeted state", countries.asSearch());
        setSizeFull();
        addClassName("sanctions-view");

        var title = new H1("Sanctions catalogue");
        title.addClassName("view-title");
        count.setId("provision-count");
        count.addClassName("transfer-count");
        var header = new HorizontalLayout(title, count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        if (admin) {
            var newProvision = new Button("New provision", event -> getUI().ifPresent(ui -> ui.navigate(ProvisionEditView.NEW)));
            newProvision.setId("new-provision");
            newProvision.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var newInstrument = new Button("New instrument", event -> InstrumentDialog.create(catalogue, this::refresh));
            newInstrument.setId("new-instrument");
            var newIssuer = new Button("New issuer", event -> IssuerDialog.create(catalogue, countries, this::refresh));
            newIssuer.setId("new-issuer");
            var actions = new HorizontalLayout(newIssuer, newInstrument, newProvision);
            header.add(actions);
            header.expand(count);
        }

        var tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add("Provisions", provisionsTab());
        tabs.add("Instruments", instrumentsTab());
        tabs.add("Issuers", issuersTab());
        add(header, tabs);
        expand(tabs);
    }

    private VerticalLayout provisionsTab() {
        search.setId("provision-search");
        search.setWidth("20rem");
        search.setPlaceholder("Citation or summary, e.g. petroleum");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(SearchText.MAX_LENGTH);
        issuer.setId("provision-issuer");
        issuer.setLabel("Issuer");
        issuer.setItems(catalogue.issuers().stream().map(Issuer::code).toList());
        issuer.setItemLabelGenerator(code -> code == null ? "Any" : code);
        issuer.setEmptySelectionAllowed(true);
        issuer.setEmptySelectionCaption("Any");
        state.setId("provision-state");
        kind.setId("provision-kind");
        kind.setLabel("Kind of goods");
        kind.setItems(ProvisionDraft.KINDS);
        kind.setItemLabelGenerator(k -> k == null ? "Any" : CatalogueLabels.kind(k));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any");
        retired.setId("provision-retired");
        List<AbstractField<?, ?>> fields = List.of(search, issuer, state, kind, retired);
        fields.forEach(field -> field.addValueChangeListener(event -> {
            if (!reading) {
                refreshProvisions();
                writeUrl();
            }
        }));
        var filters = new FlexLayout(search, issuer, state, kind, retired);
        filters.addClassName("transfer-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        provisions.setId("provisions");
        provisions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        provisions.addComponentColumn(p -> {
            var link = new RouterLink(p.provision().citation(), ProvisionView.class,
                    new RouteParameters("id", Long.toString(p.provision().id())));
            var cell = new Div(link);
            if (p.provision().retired()) {
                cell.add(new Text(" "), ProvisionBadges.retired());
            }
            return cell;
        }).setHeader("Provision").setWidth("12rem").setFlexGrow(0);
        provisions.addColumn(p -> p.provision().summary()).setHeader("Summary").setWidth("16rem").setFlexGrow(1);
        provisions.addColumn(p -> CatalogueLabels.scope(p.scope(), this::countryName)).setHeader("States (supplier → recipient)")
            .setWidth("10rem").setFlexGrow(0);
        provisions.addColumn(p -> CatalogueLabels.kinds(p.kinds())).setHeader("Kinds of goods").setWidth("7.5rem").setFlexGrow(0);
        provisions.addColumn(p -> CatalogueLabels.inForce(p.appliesFrom(), p.appliesUntil())).setHeader("In force")
            .setWidth("8.5rem").setFlexGrow(0);
        provisions.addComponentColumn(p -> ProvisionBadges.verified(p.provision().citationVerified()))
            .setHeader("Citation").setWidth("9.5rem").setFlexGrow(0);
        provisions.setEmptyStateText("No provision matches. Clear a criterion to see more.");
        var tab = new VerticalLayout(filters, provisions);
        tab.setPadding(false);
        tab.setSizeFull();
        tab.expand(provisions);
        return tab;
    }

    private VerticalLayout instrumentsTab() {
        instruments.setId("instruments");
        instruments.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        instruments.addComponentColumn(i -> {
            var cell = new Div(new RouterLink(i.shortTitle(), InstrumentView.class,
                    new RouteParameters("id", Long.toString(i.id()))));
            if (i.retired()) {
                cell.add(new Text(" "), ProvisionBadges.retired());
            }
            return cell;
        }).setHeader("Instrument").setWidth("16rem").setFlexGrow(0);
        instruments.addColumn(Instrument::title).setHeader("Title").setFlexGrow(3);
        instruments.addColumn(Instrument::issuerName).setHeader("Issuer").setWidth("12rem").setFlexGrow(0);
        instruments.addColumn(i -> i.adoptedOn() == null ? "—" : DateFormats.DAY.format(i.adoptedOn()))
            .setHeader("Adopted").setWidth("8rem").setFlexGrow(0);
        instruments.addColumn(Instrument::provisions).setHeader("Provisions").setWidth("7rem").setFlexGrow(0);
        instruments.addComponentColumn(i -> {
            if (i.url() == null) {
                return new Span();
            }
            var link = new Anchor(i.url(), "Text", AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            return link;
        }).setHeader("Official text").setWidth("7rem").setFlexGrow(0);
        var tab = new VerticalLayout(instruments);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private VerticalLayout issuersTab() {
        issuers.setId("issuers");
        issuers.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        issuers.addComponentColumn(i -> {
            var cell = new Div(new Text(i.name()));
            if (i.retired()) {
                cell.add(new Text(" "), ProvisionBadges.retired());
            }
            return cell;
        }).setHeader("Issuer").setFlexGrow(2);
        issuers.addColumn(Issuer::code).setHeader("Code").setWidth("6rem").setFlexGrow(0);
        issuers.addColumn(i -> i.jurisdiction().isEmpty() ? "Every state (UN measures)"
                : i.jurisdiction().size() == 1 ? countryName(i.jurisdiction().getFirst())
                : i.jurisdiction().size() + " states").setHeader("Its measures bind").setFlexGrow(1);
        issuers.addColumn(Issuer::instruments).setHeader("Instruments").setWidth("8rem").setFlexGrow(0);
        if (admin) {
            issuers.addComponentColumn(i -> {
                var edit = new Button("Edit…", event -> IssuerDialog.edit(catalogue, countries, i, this::refresh));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.addClassName("edit-issuer");
                var retire = new Button(i.retired() ? "Restore" : "Retire", event -> retireIssuer(i));
                retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                retire.addClassName("retire-issuer");
                return new HorizontalLayout(edit, retire);
            }).setHeader("").setWidth("12rem").setFlexGrow(0);
        }
        var tab = new VerticalLayout(issuers);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private void retireIssuer(Issuer issuer) {
        try {
            catalogue.retireIssuer(issuer.code(), !issuer.retired(), issuer.version());
            Messages.success(issuer.name() + (issuer.retired() ? " restored." : " retired: its measures are no longer suggested."));
        }
        catch (ValidationException | ConcurrentEditException e) {
            Messages.error(e.getMessage());
        }
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        try {
            search.setValue(first(parameters, "q", ""));
            var issuerCode = first(parameters, "issuer", null);
            issuer.setValue(issuerCode != null && issuer.getListDataView().contains(issuerCode) ? issuerCode : null);
            var stateCode = first(parameters, "state", null);
            state.setValue(stateCode == null ? null : countries.findByCode(stateCode.toUpperCase(Locale.ROOT)).orElse(null));
            var kindValue = first(parameters, "kind", null);
            kind.setValue(kindValue != null && ProvisionDraft.KINDS.contains(kindValue) ? kindValue : null);
            retired.setValue("true".equals(first(parameters, "retired", null)));
        }
        finally {
            reading = false;
        }
        refresh();
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name, @Nullable String otherwise) {
        var values = parameters.get(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return otherwise;
        }
        var value = values.getFirst().strip();
        return SearchText.cut(value);
    }

    /** Reads the whole catalogue again, after a change to an issuer or an instrument. */
    void refresh() {
        refreshProvisions();
        instruments.setItems(catalogue.instruments(null));
        issuers.setItems(catalogue.issuers());
    }

    /** Reads the provisions the search finds; a change of search touches nothing else. */
    private void refreshProvisions() {
        try {
            var rows = catalogue.searchProvisions(query());
            provisions.setItems(rows);
            count.setText(rows.size() == 1 ? "1 provision" : rows.size() + " provisions");
        }
        catch (ValidationException e) {
            Messages.error(String.join(" ", e.problems()));
        }
    }

    ProvisionQuery query() {
        return new ProvisionQuery(search.getValue().isBlank() ? null : search.getValue().strip(), issuer.getValue(),
                state.getValue() == null ? null : state.getValue().code(), kind.getValue(), retired.getValue());
    }

    private void writeUrl() {
        var parameters = new LinkedHashMap<String, String>();
        var q = query();
        if (q.text() != null) {
            parameters.put("q", q.text());
        }
        if (q.issuerCode() != null) {
            parameters.put("issuer", q.issuerCode());
        }
        if (q.stateCode() != null) {
            parameters.put("state", q.stateCode());
        }
        if (q.kind() != null) {
            parameters.put("kind", q.kind());
        }
        if (q.includeRetired()) {
            parameters.put("retired", "true");
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ROUTE, QueryParameters.simple(parameters))));
    }

    private String countryName(String code) {
        if (countryNames == null) {
            countryNames = CatalogueLabels.countryNames(countries);
        }
        return countryNames.getOrDefault(code, code);
    }

}
