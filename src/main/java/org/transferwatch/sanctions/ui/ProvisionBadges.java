package org.transferwatch.sanctions.ui;

import com.vaadin.flow.component.html.Span;

/** The badges a provision carries wherever it is shown: whether its citation was verified, and whether it is retired. */
public final class ProvisionBadges {

    private ProvisionBadges() {
    }

    public static Span verified(boolean verified) {
        var badge = new Span(verified ? "paragraph verified" : "paragraph not verified");
        badge.getElement().getThemeList().add(verified ? "badge success small" : "badge contrast small");
        badge.setTitle(verified ? "The paragraph number was checked against the text."
                : "The paragraph number is from secondary knowledge; check it against the text before citing.");
        return badge;
    }

    public static Span retired() {
        var badge = new Span("retired");
        badge.getElement().getThemeList().add("badge error small");
        badge.setTitle("Retired by staff: it stays on the transfers linked to it but is no longer suggested.");
        return badge;
    }

}
