package org.transferwatch.intake.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import org.transferwatch.intake.Proposal;
import org.transferwatch.intake.ProposedParty;
import org.transferwatch.intake.ProposedRole;
import org.transferwatch.intake.ProposedShipment;

/**
 * A proposal's vessels, companies and shipments, each with the sentence it comes from (its tooltip) and a button to
 * drop it or take it back; what is kept is what accepting the proposal is to record. It touches no data.
 */
class TransportLists extends Div {

    private final Proposal proposal;

    /** The parties and shipments the analyst dropped, by their place in the proposal's lists. */
    private final Set<Integer> droppedParties = new HashSet<>();

    private final Set<Integer> droppedShipments = new HashSet<>();

    /** The roles the analyst chose for parties whose part the text does not state, by their place in the list. */
    private final Map<Integer, ProposedRole> chosenRoles = new HashMap<>();

    private boolean editable = true;

    TransportLists(Proposal proposal) {
        this.proposal = proposal;
        addClassName("proposal-transport-lists");
        render();
    }

    /** Whether the analyst may still drop or take back: not once the proposal is accepted. */
    void setEditable(boolean editable) {
        this.editable = editable;
        render();
    }

    private void render() {
        removeAll();
        var parties = proposal.parties();
        var shipments = proposal.shipments();
        if (!parties.isEmpty()) {
            add(list("Parties", "parties", parties.size(), droppedParties, i -> parties.get(i).label(),
                    i -> "\u201C" + parties.get(i).sentence().text() + "\u201D \u2014 " + parties.get(i).why()));
        }
        if (!shipments.isEmpty()) {
            add(list("Shipments", "shipments", shipments.size(), droppedShipments, i -> shipments.get(i).label(),
                    i -> "\u201C" + shipments.get(i).sentence().text() + "\u201D \u2014 "
                            + String.join("; ", shipments.get(i).reasons())));
        }
        setVisible(!parties.isEmpty() || !shipments.isEmpty());
    }

    private Div list(String title, String key, int size, Set<Integer> dropped, IntFunction<String> label,
            IntFunction<String> why) {
        var box = new Div();
        box.setId("proposal-" + proposal.number() + "-" + key);
        box.addClassName("proposal-transport");
        var heading = new Span(title);
        heading.addClassName("field-label");
        var list = new UnorderedList();
        for (int i = 0; i < size; i++) {
            int index = i;
            var text = new Span(label.apply(i));
            text.setTitle(why.apply(i));
            var isDropped = dropped.contains(i);
            if (isDropped) {
                text.addClassName("proposal-dropped");
            }
            var toggle = new Button(isDropped ? "Undo" : "Drop", event -> {
                if (!dropped.remove(index)) {
                    dropped.add(index);
                }
                render();
            });
            toggle.setId("proposal-" + proposal.number() + "-" + key + "-" + i + "-drop");
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            toggle.setEnabled(editable);
            var item = new ListItem(text);
            if (key.equals("parties") && proposal.parties().get(index).role() == null && !isDropped) {
                item.add(rolePicker(index));
            }
            item.add(toggle);
            list.add(item);
        }
        box.add(heading, list);
        return box;
    }

    /**
     * A party the text names without its part: the analyst picks one here, or it is recorded as a party record
     * only and placed in the transfer later, with the role they judge. The assistant never guesses a role.
     */
    private Select<ProposedRole> rolePicker(int index) {
        var picker = new Select<ProposedRole>();
        picker.setId("proposal-" + proposal.number() + "-parties-" + index + "-role");
        picker.setItems(ProposedRole.values());
        picker.setItemLabelGenerator(ProposedRole::label);
        picker.setPlaceholder("Role not stated: choose one");
        picker.setAriaLabel("Role of " + proposal.parties().get(index).name());
        picker.addThemeVariants(SelectVariant.LUMO_SMALL);
        // Wide enough for its placeholder, which is the whole instruction.
        picker.setWidth("16rem");
        picker.setValue(chosenRoles.get(index));
        picker.setEnabled(editable);
        picker.addValueChangeListener(event -> {
            if (event.getValue() == null) {
                chosenRoles.remove(index);
            }
            else {
                chosenRoles.put(index, event.getValue());
            }
        });
        return picker;
    }

    /** The parties kept, each with the role the text states or the analyst chose (none if neither). */
    List<ProposedParty> keptParties() {
        var parties = proposal.parties();
        return IntStream.range(0, parties.size()).filter(i -> !droppedParties.contains(i))
            .mapToObj(i -> parties.get(i).role() == null && chosenRoles.containsKey(i)
                    ? parties.get(i).withRole(chosenRoles.get(i)) : parties.get(i))
            .toList();
    }

    List<ProposedShipment> keptShipments() {
        return kept(proposal.shipments(), droppedShipments);
    }

    private static <T> List<T> kept(List<T> all, Set<Integer> dropped) {
        return IntStream.range(0, all.size()).filter(i -> !dropped.contains(i)).mapToObj(all::get).toList();
    }

}
