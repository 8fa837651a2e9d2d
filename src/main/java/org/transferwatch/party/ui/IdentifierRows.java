package org.transferwatch.party.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyIdentifierKind;

/** A party's numbers as small rows of kind and value, each removable, with a button that adds a row. */
class IdentifierRows extends CustomField<List<PartyDraft.Identifier>> {

    private final VerticalLayout lines = new VerticalLayout();

    private final List<Line> current = new ArrayList<>();

    /** One row: its kind, its value and the row itself. */
    record Line(Select<PartyIdentifierKind> kind, TextField value, HorizontalLayout row) {
    }

    IdentifierRows() {
        setLabel("Numbers");
        setHelperText("IMO ship number and MMSI for a vessel, IMO company number for a shipping company, registration"
                + " numbers, a UN reference number (KPe.022) where the party is itself listed");
        lines.setPadding(false);
        lines.setSpacing(false);
        var add = new Button("Add a number", event -> addLine(null));
        add.setId("party-add-identifier");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var layout = new VerticalLayout(lines, add);
        layout.setPadding(false);
        add(layout);
    }

    /** The rows, for tests. */
    List<Line> lines() {
        return List.copyOf(current);
    }

    void addLine(PartyDraft.@Nullable Identifier identifier) {
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
        var row = new HorizontalLayout(kind, value);
        var line = new Line(kind, value, row);
        var remove = new Button("Remove", event -> {
            current.remove(line);
            lines.remove(row);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        kind.addValueChangeListener(event -> updateValue());
        value.addValueChangeListener(event -> updateValue());
        current.add(line);
        lines.add(row);
    }

    @Override
    protected List<PartyDraft.Identifier> generateModelValue() {
        return current.stream()
            .filter(line -> line.kind().getValue() != null || !line.value().getValue().isBlank())
            .map(line -> new PartyDraft.Identifier(line.kind().getValue(), line.value().getValue()))
            .toList();
    }

    @Override
    protected void setPresentationValue(List<PartyDraft.Identifier> identifiers) {
        current.clear();
        lines.removeAll();
        if (identifiers != null) {
            identifiers.forEach(this::addLine);
        }
    }

}
