package org.transferwatch.designation.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ui.FieldRows;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.designation.Designation;
import org.transferwatch.designation.DesignationPage;
import org.transferwatch.designation.DesignationParties;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.sanctions.ui.ProvisionBadges;
import org.transferwatch.sanctions.ui.ProvisionView;
import org.transferwatch.security.Role;

/**
 * One designation: its names with their quality, reference, regime and issuer, dates listed, amended and
 * delisted, identifiers, states, the listing's narrative, and the provisions of its regime.
 */
@Route("designations/:id(\\d+)")
@RolesAllowed(Role.VIEWER_NAME)
public class DesignationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARTY_ROUTE = "parties/";

    private static final String TRANSFER_ROUTE = "transfers/";

    private final DesignationService designations;

    private final DesignationParties matchedParties;

    private @Nullable Designation designation;

    /** The page's address, for links from other features' pages. */
    public static String address(long designationId) {
        return "designations/" + designationId;
    }

    public DesignationView(DesignationService designations, DesignationParties matchedParties) {
        this.designations = designations;
        this.matchedParties = matchedParties;
        addClassName("designation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("No such designation."));
            render(designations.page(id));
        }
        catch (NotFoundException e) {
            Messages.error(e.getMessage());
            event.forwardTo(DesignationListView.class);
        }
    }

    private void render(DesignationPage page) {
        removeAll();
        var d = page.designation();
        designation = d;
        var title = new H1(d.primaryName());
        title.setId("designation-title");
        title.addClassName("view-title");
        var kind = new Span(d.kind().label());
        kind.getElement().getThemeList().add("badge contrast");
        var header = new HorizontalLayout(title, kind);
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        if (d.delistedOn() != null) {
            var delisted = new Span("Delisted " + DateFormats.DAY.format(d.delistedOn()));
            delisted.setId("designation-delisted");
            delisted.getElement().getThemeList().add("badge error");
            header.add(delisted);
        }
        add(new RouterLink("← Designations", DesignationListView.class), header, fields(page));

        // What an analyst opens the page for, before the listing's own text: who here is this designation.
        add(section("Parties and transfers"), parties(matchedParties.partiesOf(d.id())));
        add(section("Names"), names(d));
        if (d.narrative() != null) {
            var narrative = new Paragraph(d.narrative());
            narrative.setId("designation-narrative");
            narrative.addClassName("designation-narrative");
            add(section("Narrative"), narrative);
        }
        add(section(page.provisions().isEmpty() ? "No provision of this regime is in the catalogue yet"
                : "Provisions of its regime (" + page.provisions().size() + ")"), provisions(page));
    }

    /**
     * The party records matched to the designation: the confirmed ones with the transfers they take part in,
     * the possible ones as matches still to review (they flag nothing until an analyst confirms them).
     */
    private static Div parties(List<DesignationParties.MatchedParty> parties) {
        var section = new Div();
        section.setId("designation-transfers");
        if (parties.isEmpty()) {
            var none = new Paragraph("No party recorded here has been matched to this designation, so no transfer is"
                    + " flagged by it.");
            none.addClassName("view-intro");
            section.add(none);
            return section;
        }
        for (var party : parties) {
            var card = new Div();
            card.addClassName("designation-party");
            var name = new Anchor(PARTY_ROUTE + party.partyId(), party.name());
            name.addClassName("designation-party-name");
            var state = new Span(party.confirmed() ? "Confirmed" : "Possible match, to review");
            state.getElement().getThemeList().add(party.confirmed() ? "badge error" : "badge");
            var header = new HorizontalLayout(name, new Span(party.kind()), state);
            header.setAlignItems(Alignment.BASELINE);
            header.setWrap(true);
            card.add(header);
            if (party.confirmed()) {
                if (party.transfers().isEmpty()) {
                    card.add(new Paragraph("No transfer you may see names this party."));
                }
                else {
                    var list = new UnorderedList();
                    list.addClassName("designation-party-transfers");
                    party.transfers().forEach(t -> {
                        var item = new ListItem(new Anchor(TRANSFER_ROUTE + t.transferId(), t.label()));
                        var details = " · " + t.role() + (t.period() == null ? "" : " · " + t.period()) + " · "
                                + t.reviewState();
                        item.add(new Span(details));
                        list.add(item);
                    });
                    card.add(list);
                }
            }
            section.add(card);
        }
        return section;
    }

    private static H3 section(String text) {
        var title = new H3(text);
        title.addClassName("section-title");
        return title;
    }

    private static Div fields(DesignationPage page) {
        var d = page.designation();
        var list = new Div();
        list.setId("designation-fields");
        list.addClassName("field-list");
        FieldRows.add(list, "Reference", d.reference() + " (" + d.source() + " list)");
        FieldRows.add(list, "Regime", page.regimeName() == null ? d.programme() : page.regimeName());
        FieldRows.add(list, "Issuer", d.issuerCode().equals("UNSC") ? "UN Security Council" : d.issuerCode());
        FieldRows.add(list, "Original script", d.originalScriptName());
        FieldRows.add(list, "Listed on", d.listedOn() == null ? null : DateFormats.DAY.format(d.listedOn()));
        FieldRows.add(list, "Amended on", d.amendedOn().stream().map(DateFormats.DAY::format).collect(Collectors.joining(", ")));
        FieldRows.add(list, "Delisted on", d.delistedOn() == null ? null : DateFormats.DAY.format(d.delistedOn()));
        FieldRows.add(list, "Identifiers", d.identifiers().stream().map(DesignationView::identifier)
            .collect(Collectors.joining("; ")));
        FieldRows.add(list, "Nationality or country", d.countries().stream().map(DesignationView::place)
            .distinct().collect(Collectors.joining("; ")));
        FieldRows.add(list, "List entry", d.sourceEntryId() == null ? null
                : "DATAID " + d.sourceEntryId() + ", version " + d.sourceEntryVersion());
        FieldRows.add(list, "Last changed here", DateFormats.MOMENT.format(d.updatedAt()));
        return list;
    }

    private static String identifier(Designation.Identifier identifier) {
        var text = identifier.kind().label() + " " + identifier.value();
        if (identifier.issuingCountry() != null) {
            text += " (" + identifier.issuingCountry() + ")";
        }
        return identifier.note() == null ? text : text + ", " + identifier.note();
    }

    private static String place(Designation.Place place) {
        var relation = place.relation() == org.transferwatch.designation.ListedEntry.Relation.NATIONALITY ? "nationality"
                : "address";
        var code = place.countryCode() == null ? "" : " (" + place.countryCode() + ")";
        return place.listedText() + code + ", " + relation;
    }

    private static UnorderedList names(Designation d) {
        var list = new UnorderedList();
        list.setId("designation-names");
        list.addClassName("designation-names");
        for (var name : d.names()) {
            var quality = new Span(name.quality().label());
            quality.addClassName("name-quality");
            list.add(new ListItem(new Span(name.name()), quality));
        }
        return list;
    }

    private static Div provisions(DesignationPage page) {
        var list = new Div();
        list.setId("designation-provisions");
        for (var provision : page.provisions()) {
            var card = new Div();
            card.addClassName("designation-provision");
            var citation = new Anchor(ProvisionView.address(provision.id()), provision.citation());
            citation.addClassName("provision-citation");
            var summary = new Span(provision.summary());
            summary.addClassName("provision-summary");
            card.add(citation);
            if (provision.retired()) {
                card.add(ProvisionBadges.retired());
            }
            card.add(summary);
            list.add(card);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return (designation == null ? "Designation" : designation.primaryName()) + " · TransferWatch";
    }

}
