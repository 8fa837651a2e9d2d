package org.transferwatch.transfer.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import org.transferwatch.party.PartySummary;

/**
 * Links to a party's page, which the party feature serves at "parties/{id}", and the field that picks a party
 * by name: the transfer's views know the party pages only by their address.
 */
final class PartyPages {

    /** Finds parties by name, alias or identifier, a page at a time: the party feature's search. */
    @FunctionalInterface
    interface PartySearch {

        List<PartySummary> search(String text, int offset, int limit);

    }

    private PartyPages() {
    }

    static String href(long partyId) {
        return "parties/" + partyId;
    }

    /** The party's name, linking to its page. */
    static Anchor link(long partyId, String name) {
        var link = new Anchor(href(partyId), name);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("party-link");
        return link;
    }

    /** A combo box that searches the parties as the user types, each shown with its kind. */
    static ComboBox<PartySummary> picker(String label, PartySearch parties) {
        var picker = new ComboBox<PartySummary>(label);
        picker.setItems(query -> parties.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        picker.setItemLabelGenerator(party -> party.name() + " (" + party.kind().label().toLowerCase(Locale.ROOT)
                + (party.countryCode() == null ? "" : ", " + party.countryCode()) + ")");
        picker.setPlaceholder("Search by name, alias or IMO number");
        picker.setClearButtonVisible(true);
        return picker;
    }

}
