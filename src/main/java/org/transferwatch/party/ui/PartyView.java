package org.transferwatch.party.ui;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.transferwatch.party.Party;
import org.transferwatch.party.PartyKind;
import org.transferwatch.party.PartyMatchService;
import org.transferwatch.party.PartyService;
import org.transferwatch.party.PartyTransfers;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;

/**
 * One party: its names, kind, country or flag, numbers and flag history; the designations it may be, with
 * Confirm and Reject for analysts; the transfers and shipments it takes part in; and, for administrators,
 * merging it into another record of the same party. A merged record says which one it was merged into.
 */
@Route("parties/:id(\\d+)")
@RolesAllowed(Role.VIEWER_NAME)
public class PartyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The transfer page's route (transfer/ui/TransferDetailView), which this feature links to without importing it. */
    private static final String TRANSFER_ROUTE = "transfers/";

    private final PartyService parties;

    private final PartyMatchService matches;

    private final PartyTransfers involvements;

    private final boolean analyst;

    private final boolean admin;

    private @Nullable Party party;

    /** The page's address, for links from other features' pages. */
    public static String address(long partyId) {
        return PartyListView.ROUTE + "/" + partyId;
    }

    public PartyView(PartyService parties, PartyMatchService matches, PartyTransfers involvements,
            CurrentUser currentUser) {
        this.parties = parties;
        this.matches = matches;
        this.involvements = involvements;
        this.analyst = currentUser.has(Role.ANALYST);
        this.admin = currentUser.has(Role.ADMIN);
        addClassName("party-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("No such party."));
            party = parties.party(id);
            render();
        }
        catch (NotFoundException e) {
            Messages.error(e.getMessage());
            event.forwardTo(PartyListView.class);
        }
    }

    private void render() {
        removeAll();
        var p = party;
        if (p == null) {
            return;
        }
        var title = new H1(p.name());
        title.setId("party-title");
        title.addClassName("view-title");
        var kind = new Span(p.kind().label());
        kind.getElement().getThemeList().add("badge contrast");
        var header = new HorizontalLayout(title, kind);
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        if (p.designated()) {
            var designated = PartyBadges.designated();
            designated.setId("party-designated");
            header.add(designated);
        }
        add(new RouterLink("← Parties", PartyListView.class), header);
        if (p.mergedInto() != null) {
            var merged = new Paragraph("Merged into ");
            merged.setId("party-merged");
            merged.addClassName("party-merged");
            merged.add(new Anchor(address(p.mergedInto()), "#" + p.mergedInto()));
            merged.add(": its names, numbers, matches and transfers are on that record now.");
            add(merged, fields(p));
            return;
        }
        add(actions(p), fields(p));
        if (p.kind() == PartyKind.VESSEL) {
            add(section("Flag history"), flags(p));
        }
        add(section("Designations"), new MatchList(matches.matchesOf(p.id()), analyst, matches, this::reload));
        add(section("Transfers"), transfers(p));
        add(section("Shipments"), shipments(p));
    }

    private void reload() {
        if (party != null) {
            party = parties.party(party.id());
            render();
        }
    }

    private HorizontalLayout actions(Party p) {
        var actions = new HorizontalLayout();
        if (analyst) {
            var edit = new Button("Edit", event -> UI.getCurrent().navigate(address(p.id()) + "/edit"));
            edit.setId("edit-party");
            actions.add(edit);
        }
        if (admin) {
            var merge = new Button("Merge into…", event -> new MergeDialog(p, parties,
                    intoId -> UI.getCurrent().navigate(address(intoId))).open());
            merge.setId("merge-party");
            merge.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(merge);
        }
        return actions;
    }

    private static H3 section(String text) {
        var title = new H3(text);
        title.addClassName("section-title");
        return title;
    }

    private static Div fields(Party p) {
        var list = new Div();
        list.setId("party-fields");
        list.addClassName("field-list");
        FieldRows.add(list, "Kind", p.kind().label());
        FieldRows.add(list, p.kind() == PartyKind.VESSEL ? "Current flag" : p.kind() == PartyKind.PERSON ? "Nationality"
                : "Country", p.countryName() == null ? p.countryCode() : p.countryName() + " (" + p.countryCode() + ")");
        FieldRows.add(list, "Other names", String.join("; ", p.aliases()));
        FieldRows.add(list, "Numbers", p.identifiers().stream().map(i -> i.label()).collect(Collectors.joining("; ")));
        FieldRows.add(list, "Notes", p.notes());
        FieldRows.add(list, "Last changed", DateFormats.MOMENT.format(p.updatedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC)));
        return list;
    }

    private static UnorderedList flags(Party p) {
        var list = new UnorderedList();
        list.setId("party-flags");
        if (p.flags().isEmpty()) {
            list.add(new ListItem("No flag history recorded."));
        }
        for (var flag : p.flags()) {
            list.add(new ListItem(flag.countryCode() + ": " + (flag.from() == null ? "…" : DateFormats.DAY.format(flag.from()))
                    + " – " + (flag.until() == null ? "…" : DateFormats.DAY.format(flag.until()))));
        }
        return list;
    }

    private Div transfers(Party p) {
        return transferLinks("party-transfers", "No transfer you may see names this party.",
                involvements.transfersOf(p.id()).stream().map(transfer -> new TransferLink(transfer.transferId(),
                        transfer.supplierName() + " → " + transfer.recipientName() + ": " + transfer.item(),
                        " · " + transfer.role() + (transfer.period() == null ? "" : " · " + transfer.period()) + " · "
                                + transfer.reviewState())).toList());
    }

    private Div shipments(Party p) {
        return transferLinks("party-shipments", "No shipment you may see names this party as carrier or receiving"
                + " vessel.", involvements.shipmentsOf(p.id()).stream().map(shipment -> {
                    var route = Stream.of(shipment.from(), shipment.via(), shipment.to()).filter(Objects::nonNull)
                        .collect(Collectors.joining(" → "));
                    return new TransferLink(shipment.transferId(), shipment.item(), " · " + shipment.mode() + " · "
                            + shipment.part() + (route.isEmpty() ? "" : " · " + route)
                            + (shipment.period() == null ? "" : " · " + shipment.period()));
                }).toList());
    }

    /** A line linking to a transfer's page, and what it says about the party's part in it. */
    private record TransferLink(long transferId, String text, String details) {
    }

    private static Div transferLinks(String id, String none, List<TransferLink> links) {
        var list = new Div();
        list.setId(id);
        if (links.isEmpty()) {
            list.add(new Paragraph(none));
        }
        for (var link : links) {
            var row = new Div();
            row.addClassName("party-transfer");
            var details = new Span(link.details());
            details.addClassName("party-transfer-details");
            row.add(new Anchor(TRANSFER_ROUTE + link.transferId(), link.text()), details);
            list.add(row);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return (party == null ? "Party" : party.name()) + " · TransferWatch";
    }

}
