package org.transferwatch.party.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.country.CountryService;
import org.transferwatch.party.Party;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyService;
import org.transferwatch.security.Role;

/**
 * Records a party ({@code parties/new}) or edits one: its kind, names, country, numbers and flag history. Once
 * saved, it is matched with the designations, and its page shows what was found.
 */
@Route("parties/:id(\\d+)/edit")
@RouteAlias("parties/new")
@PageTitle("Party · TransferWatch")
@RolesAllowed(Role.ANALYST_NAME)
public class PartyEditView extends VerticalLayout implements BeforeEnterObserver {

    private final PartyService parties;

    private final PartyForm form;

    private final H1 title = new H1();

    private @Nullable Party editing;

    public PartyEditView(PartyService parties, CountryService countries) {
        this.parties = parties;
        addClassName("party-edit-view");
        title.addClassName("view-title");
        form = new PartyForm(countries.asSearch(), code -> countries.findByCode(code).orElse(null));
        form.addSaveListener(event -> save(event.draft()));
        form.addCancelListener(event -> leave());
        var intro = new Paragraph("A party is matched with the designations when it is saved: an identical IMO or UN"
                + " reference number, or a similar name, shows on its page as a possible match for an analyst to"
                + " confirm or reject.");
        intro.addClassName("view-intro");
        add(title, intro, form);
    }

    /** The form, for tests: the view is a security proxy, whose fields read as null. */
    PartyForm form() {
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            editing = null;
            title.setText("New party");
            form.setDraft(PartyDraft.empty(null));
            return;
        }
        try {
            editing = parties.party(id.get());
        }
        catch (NotFoundException e) {
            Messages.error(e.getMessage());
            event.forwardTo(PartyListView.class);
            return;
        }
        if (editing.merged()) {
            Messages.error(editing.label() + " was merged into #" + editing.mergedInto() + "; edit that record.");
            event.forwardTo(PartyView.address(editing.mergedInto()));
            return;
        }
        title.setText("Edit " + editing.name());
        form.setDraft(editing.draft());
    }

    private void save(PartyDraft draft) {
        try {
            long id;
            if (editing == null) {
                id = parties.create(draft);
            }
            else {
                id = editing.id();
                parties.update(id, draft, editing.version());
            }
            Messages.success("Party saved and matched with the designations.");
            getUI().ifPresent(ui -> ui.navigate(PartyView.address(id)));
        }
        catch (ValidationException e) {
            form.show(e);
        }
        catch (ConcurrentEditException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    private void leave() {
        var id = editing == null ? null : editing.id();
        getUI().ifPresent(ui -> ui.navigate(id == null ? PartyListView.ROUTE : PartyView.address(id)));
    }

}
