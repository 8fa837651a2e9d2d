package org.transferwatch.transfer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.PartClaim;
import org.transferwatch.transfer.Stance;

/** One source's claim as the transfer's page shows it: stance, grade in words, the quote and the source. */
final class ClaimCard {

    private ClaimCard() {
    }

    /**
     * @param citation how the source is cited after its title, e.g. "Yonhap News Agency, 2023-08-30 · News article"
     */
    static Div of(Stance stanceValue, AdmiraltyGrade gradeValue, String quoteText, String title, @Nullable String url,
            String citation) {
        var card = new Div();
        card.addClassName("evidence-card");
        card.addClassName(stanceValue == Stance.DISPUTES ? "disputes" : "supports");
        var stance = new Span(stanceValue == Stance.DISPUTES ? "Disputes" : "Supports");
        stance.getElement().getThemeList().add(stanceValue == Stance.DISPUTES ? "badge error" : "badge success");
        var grade = new Span(gradeValue.description());
        grade.addClassName("grade-badge");
        grade.setTitle("Admiralty grade: source reliability " + gradeValue.reliability() + " ("
                + gradeValue.reliabilityWords() + "), information credibility " + gradeValue.credibility() + " ("
                + gradeValue.credibilityWords() + ")");
        var header = new HorizontalLayout(stance, grade);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        var quote = new Paragraph(quoteText);
        quote.addClassName("evidence-quote");
        var source = new Div();
        source.addClassName("evidence-source");
        if (url != null) {
            var link = new Anchor(url, title, AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            source.add(link);
        }
        else {
            source.add(new Span(title));
        }
        source.add(new Span(" — " + citation));
        card.add(header, quote, source);
        return card;
    }

    /** A claim about a party's role or a shipment. */
    static Div of(PartClaim claim) {
        return of(claim.stance(), claim.grade(), claim.quote(), claim.sourceTitle(), claim.sourceUrl(),
                claim.sourceCitation());
    }

}
