package org.transferwatch.transfer.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import org.transferwatch.transfer.TransferRow;

/**
 * The Transfers list's "Columns" button: a popover with a checkbox per column; a change shows or hides the column at
 * once and hands the keys shown to {@code chosen}, which remembers them. The last column cannot be hidden.
 */
class ColumnChooser extends Composite<Div> {

    final CheckboxGroup<Grid.Column<TransferRow>> columns = new CheckboxGroup<>("Columns shown");

    private boolean applying;

    ColumnChooser(TransferGrid grid, Consumer<List<String>> chosen) {
        var button = new Button("Columns", VaadinIcon.COG_O.create());
        button.setId("column-chooser");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        columns.setId("column-choice");
        columns.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        columns.setItems(grid.choosableColumns());
        columns.setItemLabelGenerator(column -> column.getHeaderText() == null ? column.getKey() : column.getHeaderText());
        showGridState(grid);
        columns.addValueChangeListener(event -> {
            if (applying) {
                return;
            }
            if (event.getValue().isEmpty()) {
                apply(() -> columns.setValue(event.getOldValue()));
                return;
            }
            grid.showOnly(event.getValue().stream().map(Grid.Column::getKey).toList());
            chosen.accept(grid.shownKeys());
        });
        var popover = new Popover(columns);
        popover.setTarget(button);
        popover.setId("column-popover");
        getContent().add(button, popover);
    }

    /** Ticks the boxes of the columns the grid shows now (after the user's saved choice was applied). */
    void showGridState(TransferGrid grid) {
        apply(() -> columns.setValue(new LinkedHashSet<>(grid.choosableColumns().stream().filter(Grid.Column::isVisible)
            .toList())));
    }

    /** Changes the boxes without taking it for the user's choice. */
    private void apply(Runnable change) {
        applying = true;
        try {
            change.run();
        }
        finally {
            applying = false;
        }
    }

}
