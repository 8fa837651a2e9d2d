package org.transferwatch.audit.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.transferwatch.audit.FieldChange;
import org.transferwatch.audit.HistoryEntry;

/**
 * A transfer's history as a readable diff: for each event who did what and when (in UTC), then one line
 * per changed field, "Field: before → after", the old value struck through and the new one emphasised.
 * It only renders what it is given, and always as text: values are user input and may contain markup.
 */
public class HistoryList extends Composite<VerticalLayout> {

    static final String EMPTY = "No changes recorded yet.";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.ENGLISH);

    public HistoryList() {
        setId("history");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().addClassName(LumoUtility.Gap.MEDIUM);
        setEntries(List.of());
    }

    /** Shows these entries, in the order given (newest first, as the audit service returns them). */
    public void setEntries(List<HistoryEntry> entries) {
        getContent().removeAll();
        if (entries.isEmpty()) {
            var empty = new Span(EMPTY);
            empty.addClassNames("history-empty", LumoUtility.TextColor.SECONDARY);
            getContent().add(empty);
        }
        entries.forEach(entry -> getContent().add(item(entry)));
    }

    private static Component item(HistoryEntry entry) {
        var actor = new Span(entry.actor());
        actor.addClassNames("history-actor", LumoUtility.FontWeight.SEMIBOLD);
        var summary = new Span(actor, new Text(" " + entry.activity()));
        summary.addClassName("history-summary");
        var when = new Span(WHEN.format(entry.occurredAt().atZoneSameInstant(ZoneOffset.UTC)));
        when.addClassNames("history-time", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var header = new Div(summary, when);
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.Column.MEDIUM,
                LumoUtility.AlignItems.BASELINE);

        var item = new Div(header);
        item.addClassName("history-entry");
        if (entry.reason() != null) {
            var reason = new Div(new Span("Reason: "), new Text(entry.reason()));
            reason.addClassNames("history-reason", LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.PRE_WRAP);
            item.add(reason);
        }
        entry.changes().forEach(change -> item.add(line(change)));
        return item;
    }

    private static Component line(FieldChange change) {
        var field = new Span(change.field() + ": ");
        field.addClassNames("history-field", LumoUtility.TextColor.SECONDARY);
        var line = new Div(field);
        line.addClassNames("history-change", LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.PRE_WRAP);
        line.getStyle().set("overflow-wrap", "anywhere");
        // A field filled in for the first time has no old value to strike through.
        if (change.before() != null) {
            var before = new Span(change.before());
            before.addClassNames("history-before", LumoUtility.TextColor.SECONDARY);
            before.getStyle().setTextDecoration("line-through");
            line.add(before, new Text(" → "));
        }
        var after = new Span(change.after() == null ? "" : change.after());
        after.addClassNames("history-after", LumoUtility.FontWeight.SEMIBOLD);
        line.add(after);
        return line;
    }

}
