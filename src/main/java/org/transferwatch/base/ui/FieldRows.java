package org.transferwatch.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A record's fields as label and value in a two-column list, the way the detail pages show them. */
public final class FieldRows {

    private FieldRows() {
    }

    /** Adds one field; an empty value shows as a dash. */
    public static void add(Div list, String label, @Nullable String value) {
        var term = new Span(label);
        term.addClassName("field-label");
        var text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("field-value");
        list.add(term, text);
    }

}
