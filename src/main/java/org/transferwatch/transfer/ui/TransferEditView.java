package org.transferwatch.transfer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.DatabaseOutage;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.DatabaseOutageNotice;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.CountryService;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferService;

/** Creates a transfer ({@code transfers/new}) or edits one ({@code transfers/42/edit}). */
@Route("transfers/new")
@RouteAlias("transfers/:id(\\d+)/edit")
@RolesAllowed(Role.ANALYST_NAME)
public class TransferEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TransferService transfers;

    private final CountryService countries;

    private final TransferForm form;

    private final H1 title = new H1();

    private final Div conflict = new Div();

    private final Div notSaved = new Div();

    private @Nullable Long transferId;

    private int loadedVersion;

    public TransferEditView(TransferService transfers, CountryService countries, CategoryService categories) {
        this.transfers = transfers;
        this.countries = countries;
        addClassName("transfer-edit-view");
        title.addClassName("view-title");
        form = new TransferForm(countries.asSearch(), categories.findAll());
        form.addSaveListener(event -> save(event.draft()));
        form.addCancelListener(event -> leave());
        conflict.setId("edit-conflict");
        conflict.addClassName("form-problems");
        conflict.setVisible(false);
        notSaved.setId("edit-not-saved");
        notSaved.addClassName("form-problems");
        notSaved.setText("The database is unavailable, so this transfer was not saved. Your input is still in the "
                + "form: save again once the database is back.");
        notSaved.setVisible(false);
        add(title, conflict, notSaved, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            transferId = null;
            title.setText("New transfer");
            form.setDraft(new TransferDraft(null, null, null, null, null, null, Quantity.UNKNOWN, null, null, null, null,
                    null, null, Confidence.LOW), null, null);
            form.supplier.focus();
            return;
        }
        try {
            load(id.get());
        }
        catch (NotFoundException e) {
            Messages.error(e.getMessage());
            event.forwardTo(TransferListView.class);
        }
    }

    private void load(long id) {
        var details = transfers.details(id);
        transferId = id;
        loadedVersion = details.transfer().version();
        title.setText("Edit: " + details.pairLabel() + " · " + details.transfer().fields().item());
        form.setDraft(details.transfer().fields(), countries.findByCode(details.transfer().supplierCode()).orElse(null),
                countries.findByCode(details.transfer().recipientCode()).orElse(null));
        conflict.setVisible(false);
    }

    private void save(TransferDraft draft) {
        notSaved.setVisible(false);
        try {
            long id;
            if (transferId == null) {
                id = transfers.createDraft(draft);
                Messages.success("Draft transfer saved. Add its evidence next.");
            }
            else {
                id = transferId;
                transfers.update(id, loadedVersion, draft);
                Messages.success("Transfer saved.");
            }
            UI.getCurrent().navigate(TransferDetailView.class, new RouteParameters("id", Long.toString(id)));
        }
        catch (ValidationException e) {
            form.showProblems(e.problemsWithFields());
        }
        catch (ConcurrentEditException e) {
            showConflict(e.getMessage());
        }
        catch (AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            // Not retried behind the user's back: a save whose commit was cut off may have gone through,
            // and saving a new draft twice would record the transfer twice. The user decides.
            notSaved.setVisible(true);
            DatabaseOutageNotice.show(UI.getCurrent());
        }
    }

    private void showConflict(String message) {
        conflict.removeAll();
        var reload = new Button("Reload", event -> {
            if (transferId != null) {
                load(transferId);
            }
        });
        reload.setId("conflict-reload");
        conflict.add(new Span(message + " Your changes are still in the form; copy what you need before reloading. "),
                reload);
        conflict.setVisible(true);
    }

    private void leave() {
        if (transferId == null) {
            UI.getCurrent().navigate(TransferListView.class);
        }
        else {
            UI.getCurrent().navigate(TransferDetailView.class, new RouteParameters("id", Long.toString(transferId)));
        }
    }

    @Override
    public String getPageTitle() {
        return (transferId == null ? "New transfer" : "Edit transfer") + " · TransferWatch";
    }

    TransferForm form() {
        return form;
    }

}
