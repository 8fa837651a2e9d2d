package org.transferwatch.party.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyIdentifierKind;

/** A party's numbers as small rows of kind and value. */
class IdentifierRows extends EditableRows<PartyDraft.Identifier, IdentifierRows.Line> {

    /** One row: the number's kind and value. */
    record Line(Select<PartyIdentifierKind> kind, TextField value) {
    }

    IdentifierRows() {
        super("Numbers", "IMO ship number and MMSI for a vessel, IMO company number for a shipping company,"
                + " registration numbers, a UN reference number (KPe.022) where the party is itself listed",
                "Add a number", "party-add-identifier");
    }

    @Override
    Line line(PartyDraft.@Nullable Identifier identifier, Runnable changed) {
        var kind = new Select<PartyIdentifierKind>();
        kind.setItems(PartyIdentifierKind.values());
        kind.setItemLabelGenerator(PartyIdentifierKind::label);
        kind.setPlaceholder("Kind");
        kind.addClassName("identifier-kind");
        var value = new TextField();
        value.setPlaceholder("Number");
        value.setMaxLength(PartyDraft.MAX_IDENTIFIER);
        value.addClassName("identifier-value");
        if (identifier != null) {
            kind.setValue(identifier.kind());
            value.setValue(identifier.value());
        }
        kind.addValueChangeListener(event -> changed.run());
        value.addValueChangeListener(event -> changed.run());
        return new Line(kind, value);
    }

    @Override
    List<Component> fieldsOf(Line line) {
        return List.of(line.kind(), line.value());
    }

    @Override
    PartyDraft.@Nullable Identifier valueOf(Line line) {
        return line.kind().getValue() == null && line.value().getValue().isBlank() ? null
                : new PartyDraft.Identifier(line.kind().getValue(), line.value().getValue());
    }

}
