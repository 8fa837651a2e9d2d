package org.transferwatch.sanctions.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import org.transferwatch.sanctions.ProvisionDetails;
import org.transferwatch.sanctions.ProvisionTransfers;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;

/**
 * One provision: its citation, summary and scope, and the transfers linked to it (confirmed, suggested by its
 * scope and not decided, dismissed), each a link into the filtered Transfers list. Administrators edit, retire
 * or restore it here, and delete one no transfer is linked to.
 */
@Route("sanctions/provisions/:id(\\d+)")
@RolesAllowed(Role.VIEWER_NAME)
public class ProvisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;

    private final ProvisionTransfers transfers;

    private final CountryService countries;

    private final boolean admin;

    private @Nullable ProvisionDetails provision;

    /** The page's address, for links from other features' pages. */
    public static String address(long provisionId) {
        return "sanctions/provisions/" + provisionId;
    }

    public ProvisionView(CatalogueService catalogue, ProvisionTransfers transfers, CountryService countries,
            CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.transfers = transfers;
        this.countries = countries;
        this.admin = currentUser.has(Role.ADMIN);
        addClassName("provision-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id").orElse(0L);
        var found = catalogue.provision(id);
        if (found.isEmpty()) {
            Messages.error("This provision does not exist.");
            event.forwardTo(SanctionsView.class);
            return;
        }
        render(found.get());
    }

    @Override
    public String getPageTitle() {
        return (provision == null ? "Provision" : provision.provision().citation()) + " · TransferWatch";
    }

    private void render(ProvisionDetails details) {
        this.provision = details;
        removeAll();
        var p = details.provision();
        var title = new H1(p.citation());
        title.setId("provision-title");
        title.addClassName("view-title");
        var header = new HorizontalLayout(title, ProvisionBadges.verified(p.citationVerified()));
        if (p.retired()) {
            header.add(ProvisionBadges.retired());
        }
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        var summary = new Paragraph(p.summary());
        summary.setId("provision-summary");
        summary.addClassName("provision-summary");
        add(new RouterLink("← Sanctions catalogue", SanctionsView.class), header, summary, fields(details));
        if (admin) {
            add(actions(details));
        }
        add(linkedTransfers(details));
    }

    private Div fields(ProvisionDetails details) {
        var names = CatalogueLabels.countryNames(countries);
        var list = new Div();
        list.addClassName("field-list");
        list.setId("provision-fields");
        var instrument = new RouterLink(details.provision().instrument(), InstrumentView.class,
                new RouteParameters("id", Long.toString(details.instrumentId())));
        var label = new Span("Instrument");
        label.addClassName("field-label");
        instrument.addClassName("field-value");
        list.add(label, instrument);
        FieldRows.add(list, "Title", details.instrumentTitle());
        FieldRows.add(list, "Issuer", details.issuerName());
        FieldRows.add(list, "What it does", details.conduct().label());
        FieldRows.add(list, "Binds", details.binding().label());
        FieldRows.add(list, "States (supplier → recipient)", CatalogueLabels.scope(details.scope(), code -> names.getOrDefault(code, code)));
        FieldRows.add(list, "Kinds of goods", CatalogueLabels.kinds(details.kinds()));
        FieldRows.add(list, "Categories", details.categoryCodes().isEmpty() ? "Every category of those goods"
                : String.join(", ", details.categoryCodes()));
        FieldRows.add(list, "Goods named in the text", details.goodsTerms().isEmpty() ? null : String.join(", ", details.goodsTerms()));
        FieldRows.add(list, "Applies from", DateFormats.DAY.format(details.appliesFrom()));
        FieldRows.add(list, "Applies until", details.appliesUntil() != null
                ? DateFormats.DAY.format(details.appliesUntil()) + " (lapsed, terminated or replaced)"
                : details.provision().retired() ? "No end date; retired in the catalogue" : "In force");
        if (details.provision().url() != null) {
            var text = new Span("Official text");
            text.addClassName("field-label");
            var link = new Anchor(details.provision().url(), details.provision().url(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.addClassName("field-value");
            list.add(text, link);
        }
        return list;
    }

    private HorizontalLayout actions(ProvisionDetails details) {
        var edit = new Button("Edit", event -> getUI().ifPresent(ui -> ui.navigate(ProvisionEditView.class,
                new RouteParameters(Map.of("id", Long.toString(details.provision().id()))))));
        edit.setId("edit-provision");
        var retire = new Button(details.retiredAt() == null ? "Retire" : "Restore", event -> retire(details));
        retire.setId("retire-provision");
        var delete = new Button("Delete…", event -> confirmDelete(details));
        delete.setId("delete-provision");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, retire, delete);
    }

    private void retire(ProvisionDetails details) {
        var retiring = details.retiredAt() == null;
        try {
            catalogue.retireProvision(details.provision().id(), retiring, details.version());
            Messages.success(retiring ? "Retired: no longer suggested, and kept on the transfers linked to it."
                    : "Restored: suggested again where its scope fits.");
        }
        catch (ValidationException | ConcurrentEditException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
        catalogue.provision(details.provision().id()).ifPresent(this::render);
    }

    private void confirmDelete(ProvisionDetails details) {
        var dialog = new ConfirmDialog("Delete " + details.provision().citation() + "?",
                "Delete a provision entered by mistake. One that transfers are linked to cannot be deleted: retire it"
                        + " instead.", "Delete", event -> {
                    try {
                        catalogue.deleteProvision(details.provision().id(), details.version());
                        Messages.success(details.provision().citation() + " deleted.");
                        getUI().ifPresent(ui -> ui.navigate(SanctionsView.class));
                    }
                    catch (ValidationException e) {
                        Messages.error(String.join(" ", e.problems()));
                    }
                    catch (ConcurrentEditException | NotFoundException e) {
                        Messages.error(e.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private VerticalLayout linkedTransfers(ProvisionDetails details) {
        var counts = transfers.countsFor(details.provision().id());
        var id = details.provision().id();
        var section = new VerticalLayout(new H3("Transfers"));
        section.setId("provision-transfers");
        section.setPadding(false);
        section.add(link("Confirmed by an analyst", counts.confirmed(), id, "confirmed", "linked-confirmed"),
                link("Suggested by its scope, not yet decided", counts.suggested(), id, "suggested", "linked-suggested"),
                link("Dismissed by an analyst", counts.dismissed(), id, "dismissed", "linked-dismissed"));
        return section;
    }

    private static HorizontalLayout link(String label, int count, long provisionId, String linked, String id) {
        var text = new Span(label + ":");
        // The Transfers list's URL filter (TransferFilterParameters), by path: this feature does not import it.
        var anchor = new Anchor("transfers?provision=" + provisionId + "&linked=" + linked,
                count == 1 ? "1 transfer" : String.format(Locale.ENGLISH, "%,d transfers", count));
        anchor.setId(id);
        var row = new HorizontalLayout(text, anchor);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

}
