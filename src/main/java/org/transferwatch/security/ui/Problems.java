package org.transferwatch.security.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** A box that lists what the user has to fix, read out by screen readers when it appears. */
class Problems extends Div {

    Problems(String id) {
        setId(id);
        addClassName("form-problems");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<String> problems) {
        removeAll();
        if (problems.size() == 1) {
            setText(problems.getFirst());
        }
        else {
            add(new UnorderedList(problems.stream().map(ListItem::new).toArray(ListItem[]::new)));
        }
        setVisible(!problems.isEmpty());
    }

    void clear() {
        show(List.of());
    }

}
