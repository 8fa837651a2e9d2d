package org.transferwatch.party.ui;

import com.vaadin.flow.component.html.Span;
import org.transferwatch.party.MatchState;

/** The badges party pages and lists show. */
final class PartyBadges {

    private PartyBadges() {
    }

    /** An analyst confirmed that the party is a listed designation. */
    static Span designated() {
        var badge = new Span("Designated");
        badge.addClassName("party-designated");
        badge.getElement().getThemeList().add("badge error");
        return badge;
    }

    static Span state(MatchState state) {
        var badge = new Span(state.label());
        badge.addClassName("match-state");
        badge.getElement().getThemeList().add(switch (state) {
            case CONFIRMED -> "badge error";
            case REJECTED -> "badge contrast";
            case POSSIBLE -> "badge";
        });
        return badge;
    }

}
