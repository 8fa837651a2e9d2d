package org.transferwatch.sanctions.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.CountryService;
import org.transferwatch.sanctions.Binding;
import org.transferwatch.sanctions.CatalogueService;
import org.transferwatch.sanctions.Conduct;
import org.transferwatch.sanctions.ProvisionDetails;
import org.transferwatch.sanctions.ProvisionDraft;
import org.transferwatch.security.Role;

/**
 * Adds a provision ({@code sanctions/provisions/new}, optionally {@code ?instrument=ID}) or edits one: its
 * citation, summary and scope. A saved scope takes effect in every transfer's suggestions at once.
 */
@Route("sanctions/provisions/:id(\\d+)/edit")
@RouteAlias("sanctions/provisions/new")
@PageTitle("Provision · TransferWatch")
@RolesAllowed(Role.ADMIN_NAME)
public class ProvisionEditView extends VerticalLayout implements BeforeEnterObserver {

    static final String NEW = "sanctions/provisions/new";

    private final CatalogueService catalogue;

    private final ProvisionForm form;

    private final H1 title = new H1();

    private @Nullable ProvisionDetails editing;

    public ProvisionEditView(CatalogueService catalogue, CategoryService categories, CountryService countries) {
        this.catalogue = catalogue;
        addClassName("provision-edit-view");
        title.addClassName("view-title");
        form = new ProvisionForm(catalogue.instruments(null).stream().filter(i -> !i.retired()).toList(),
                categories.findAll(), countries.asSearch(), code -> countries.findByCode(code).orElse(null));
        var save = new Button("Save provision", event -> save());
        save.setId("provision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", event -> leave());
        add(title, new Paragraph("Scope decides which transfers are suggested this provision: the states, the goods"
                + " (kinds, categories, goods named) and the period it applies in."), form, new HorizontalLayout(save, cancel));
    }

    /** The form, for tests: the view is a security proxy, whose fields read as null. */
    ProvisionForm form() {
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            editing = null;
            title.setText("New provision");
            var instrumentId = event.getLocation().getQueryParameters().getSingleParameter("instrument")
                .filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
            form.setDraft(new ProvisionDraft(instrumentId, null, null, null, false, Conduct.PROHIBITION,
                    Binding.ALL_STATES, List.of(), List.of(), List.of(), List.of(), null, null));
            return;
        }
        var found = catalogue.provision(id.get());
        if (found.isEmpty()) {
            Messages.error("This provision does not exist.");
            event.forwardTo(SanctionsView.class);
            return;
        }
        editing = found.get();
        form.offer(catalogue.instrument(editing.instrumentId()));
        title.setText("Edit " + editing.provision().citation());
        form.setDraft(editing.draft());
    }

    private void save() {
        try {
            long id;
            if (editing == null) {
                id = catalogue.createProvision(form.draft());
            }
            else {
                id = editing.provision().id();
                catalogue.updateProvision(id, form.draft(), editing.version());
            }
            Messages.success("Provision saved; transfers whose scope it fits are suggested it now.");
            getUI().ifPresent(ui -> ui.navigate(ProvisionView.class, new RouteParameters("id", Long.toString(id))));
        }
        catch (ValidationException e) {
            form.show(e);
        }
        catch (ConcurrentEditException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    private void leave() {
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(SanctionsView.class));
        }
        else {
            var id = editing.provision().id();
            getUI().ifPresent(ui -> ui.navigate(ProvisionView.class, new RouteParameters("id", Long.toString(id))));
        }
    }

}
