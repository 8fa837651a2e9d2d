package org.transferwatch.intake.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.intake.Excerpt;
import org.transferwatch.intake.Proposal;

/**
 * A source's text with each proposal's sentences highlighted: its claim, the sentences that deny it and
 * other mentions, each marked with the proposal's number. Built from text nodes and spans, never from
 * HTML, so whatever the pasted text contains is shown as text. Clicking a highlight fires
 * {@link SelectEvent}.
 */
class HighlightedText extends Div {

    private enum Role {
        CLAIM("hl-claim", "the claim"), DENIAL("hl-denial", "denies it"), ALSO("hl-also", "also mentions it");

        final String className;

        final String words;

        Role(String className, String words) {
            this.className = className;
            this.words = words;
        }
    }

    private record Mark(Excerpt excerpt, Role role, int number) {
    }

    private final Map<Integer, Span> claims = new HashMap<>();

    private final List<Span> highlights = new ArrayList<>();

    HighlightedText(String text, List<Proposal> proposals) {
        setId("intake-text");
        addClassName("intake-text");
        var marks = new ArrayList<Mark>();
        for (var proposal : proposals) {
            marks.add(new Mark(proposal.claim(), Role.CLAIM, proposal.number()));
            proposal.denials().forEach(d -> marks.add(new Mark(d, Role.DENIAL, proposal.number())));
            proposal.alsoIn().forEach(d -> marks.add(new Mark(d, Role.ALSO, proposal.number())));
        }
        var bounds = new TreeSet<Integer>(List.of(0, text.length()));
        marks.forEach(m -> {
            bounds.add(m.excerpt().start());
            bounds.add(m.excerpt().end());
        });
        var started = new HashSet<Mark>();
        Integer from = null;
        for (var to : bounds) {
            if (from != null && to > from) {
                piece(text, from, to, marks, started);
            }
            from = to;
        }
    }

    private void piece(String text, int from, int to, List<Mark> marks, Set<Mark> started) {
        var covering = marks.stream().filter(m -> m.excerpt().start() <= from && to <= m.excerpt().end()).toList();
        var piece = text.substring(from, to);
        if (covering.isEmpty()) {
            add(new Text(piece));
            return;
        }
        var main = covering.stream().min(Comparator.comparing(Mark::role)).orElseThrow();
        for (var mark : covering) {
            if (started.add(mark)) {
                var marker = new Span(mark.role() == Role.DENIAL ? mark.number() + " ✕" : Integer.toString(mark.number()));
                marker.addClassNames("hl-marker", mark.role().className);
                marker.setTitle("Proposal " + mark.number() + ": " + mark.role().words);
                add(marker);
            }
        }
        var span = new Span(piece);
        span.addClassNames("hl", main.role().className);
        span.getElement().setAttribute("data-proposal", Integer.toString(main.number()));
        span.setTitle(covering.stream().map(m -> "Proposal " + m.number() + ": " + m.role().words).distinct()
            .reduce((a, b) -> a + "; " + b).orElse(""));
        span.addClickListener(event -> fireEvent(new SelectEvent(this, main.number())));
        if (main.role() == Role.CLAIM) {
            claims.putIfAbsent(main.number(), span);
        }
        highlights.add(span);
        add(span);
    }

    /** Brings the proposal's claim into view and marks it as the one being looked at. */
    void show(int number) {
        highlights.forEach(span -> span.removeClassName("hl-active"));
        highlights.stream()
            .filter(span -> Integer.toString(number).equals(span.getElement().getAttribute("data-proposal")))
            .forEach(span -> span.addClassName("hl-active"));
        var claim = claims.get(number);
        if (claim != null) {
            claim.scrollIntoView();
        }
    }

    @Nullable Span claimOf(int number) {
        return claims.get(number);
    }

    Registration addSelectListener(ComponentEventListener<SelectEvent> listener) {
        return addListener(SelectEvent.class, listener);
    }

    /** The user clicked a highlighted sentence of a proposal. */
    static class SelectEvent extends ComponentEvent<HighlightedText> {

        private final int number;

        SelectEvent(HighlightedText source, int number) {
            super(source, true);
            this.number = number;
        }

        int number() {
            return number;
        }

    }

}
