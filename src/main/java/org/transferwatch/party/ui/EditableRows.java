package org.transferwatch.party.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * A list of values edited as small rows of fields, each row removable, with a button that adds an empty row.
 * A subclass says what fields a row has ({@link #line}), which of them it shows ({@link #fieldsOf}) and what
 * value a row holds ({@link #valueOf}, none for an empty row, which is not part of the value).
 *
 * @param <T> a value, one per row
 * @param <L> a row's fields
 */
abstract class EditableRows<T, L> extends CustomField<List<T>> {

    private final VerticalLayout lines = new VerticalLayout();

    private final List<L> current = new ArrayList<>();

    EditableRows(String label, String helperText, String addLabel, String addId) {
        setLabel(label);
        setHelperText(helperText);
        lines.setPadding(false);
        lines.setSpacing(false);
        var add = new Button(addLabel, event -> addLine(null));
        add.setId(addId);
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var layout = new VerticalLayout(lines, add);
        layout.setPadding(false);
        add(layout);
    }

    /** A row's fields showing the value (an empty row for none); they call {@code changed} on every edit. */
    abstract L line(@Nullable T value, Runnable changed);

    abstract List<Component> fieldsOf(L line);

    abstract @Nullable T valueOf(L line);

    /** The rows, for tests. */
    List<L> lines() {
        return List.copyOf(current);
    }

    void addLine(@Nullable T value) {
        var line = line(value, this::updateValue);
        var row = new HorizontalLayout(fieldsOf(line).toArray(Component[]::new));
        var remove = new Button("Remove", event -> {
            current.remove(line);
            lines.remove(row);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        current.add(line);
        lines.add(row);
    }

    @Override
    protected List<T> generateModelValue() {
        return current.stream().map(this::valueOf).filter(Objects::nonNull).toList();
    }

    @Override
    protected void setPresentationValue(List<T> values) {
        current.clear();
        lines.removeAll();
        if (values != null) {
            values.forEach(this::addLine);
        }
    }

}
