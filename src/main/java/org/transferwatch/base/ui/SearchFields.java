package org.transferwatch.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.transferwatch.base.SearchText;

/** The search box of a list view: searches as the user pauses typing, clears with one click, and keeps to the limit. */
public final class SearchFields {

    private SearchFields() {
    }

    public static TextField configure(TextField field, String id, String placeholder, String width) {
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setMaxLength(SearchText.MAX_LENGTH);
        field.setWidth(width);
        return field;
    }

}
