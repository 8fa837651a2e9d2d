package org.transferwatch.source.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ui.FieldRows;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.source.Citation;
import org.transferwatch.source.Source;
import org.transferwatch.source.SourceCapture;
import org.transferwatch.source.SourceCitations;
import org.transferwatch.source.SourceService;
import org.transferwatch.source.TextDiff;

/** One source: what it is, the transfers it supports or disputes (with links), and its text. */
@Route("sources/:id(\\d+)")
@RolesAllowed(Role.VIEWER_NAME)
public class SourceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SourceService sources;

    private final SourceCitations citations;

    private final CurrentUser currentUser;

    private @Nullable Source source;

    public SourceView(SourceService sources, SourceCitations citations, CurrentUser currentUser) {
        this.sources = sources;
        this.citations = citations;
        this.currentUser = currentUser;
        addClassName("source-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("No such source."));
            source = sources.findById(id).orElseThrow(() -> new NotFoundException("This source does not exist."));
            render(source);
        }
        catch (NotFoundException e) {
            Messages.error(e.getMessage());
            event.forwardTo(SourceListView.class);
        }
    }

    private void render(Source source) {
        removeAll();
        var title = new H1(source.title());
        title.setId("source-view-title");
        title.addClassName("view-title");
        var header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        if (currentUser.has(Role.ANALYST) && source.content() != null) {
            var read = new Button("Read it with the assistant", VaadinIcon.MAGIC.create(),
                    event -> UI.getCurrent().navigate(NewSourceView.INTAKE_ROUTE.formatted(source.id())));
            read.setId("read-with-assistant");
            read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(read);
        }
        add(new RouterLink("← Sources", SourceListView.class), header, metadata(source));
        var sameText = sources.sameText(source.id());
        if (!sameText.isEmpty()) {
            add(sameTextWarning(sameText, "source-same-text"));
        }

        var claims = citations.citationsOf(source.id());
        var claimsTitle = new H3(claims.isEmpty() ? "No transfer cites this source yet"
                : "Transfers it supports or disputes (" + claims.stream().map(Citation::transferId).distinct().count() + ")");
        claimsTitle.addClassName("section-title");
        var list = new Div();
        list.setId("source-claims");
        claims.forEach(claim -> list.add(card(claim)));
        add(claimsTitle, list);

        var textTitle = new H3("Text");
        textTitle.addClassName("section-title");
        var text = new Div();
        text.setId("source-text");
        text.addClassName("source-text");
        text.setText(source.content() == null ? "No text was pasted for this source." : source.content());
        var captures = sources.captures(source.id());
        add(textTitle);
        if (!captures.isEmpty()) {
            add(captureLine(captures.getLast(), captures.size()));
        }
        add(text);
        if (captures.size() > 1) {
            add(changes(captures));
        }
    }

    /**
     * The warning that other sources hold the same text under another address: likely one report syndicated or
     * pasted twice, not two independent sources. Shown here and on the intake screen.
     */
    public static Div sameTextWarning(List<Source> others, String id) {
        var warning = new Div();
        warning.setId(id);
        warning.addClassName("source-same-text");
        warning.getElement().setAttribute("role", "note");
        warning.add(new Span("Likely a duplicate source: the same text (white space and case aside) is in "));
        for (int i = 0; i < others.size(); i++) {
            var other = others.get(i);
            if (i > 0) {
                warning.add(new Span(i == others.size() - 1 ? " and " : ", "));
            }
            var link = new RouterLink(other.title() + (other.url() == null ? "" : " (" + other.url() + ")"), SourceView.class,
                    new RouteParameters("id", Long.toString(other.id())));
            link.addClassName("source-same-text-link");
            warning.add(link);
        }
        warning.add(new Span(". Count them as one report, not as independent sources."));
        return warning;
    }

    private static Paragraph captureLine(SourceCapture capture, int count) {
        var line = new Paragraph((count == 1 ? "Captured " : "Capture " + capture.number() + " of " + count + ", captured ")
                + DateFormats.DAY.format(capture.capturedAt().toLocalDate()) + " by " + capture.capturedBy()
                + " · SHA-256 " + capture.shortHash() + "…");
        line.setId("source-capture");
        line.addClassName("source-capture");
        line.setTitle("SHA-256 of the text as captured: " + capture.sha256());
        return line;
    }

    /** Each capture after the first against the one before it, word by word, latest first. */
    private static Div changes(List<SourceCapture> captures) {
        var section = new Div();
        section.setId("source-changes");
        var title = new H3("What changed between captures (" + captures.size() + " captures)");
        title.addClassName("section-title");
        var legend = new Paragraph("Added words are underlined and marked “added”, removed words struck through and "
                + "marked “removed”.");
        legend.addClassName("source-diff-legend");
        section.add(title, legend);
        for (int i = captures.size() - 1; i >= 1; i--) {
            var older = captures.get(i - 1);
            var newer = captures.get(i);
            var diff = TextDiff.of(older.text(), newer.text());
            var heading = new Paragraph("Capture " + older.number() + " (" + DateFormats.DAY.format(
                    older.capturedAt().toLocalDate()) + ", " + older.capturedBy() + ") → capture " + newer.number() + " ("
                    + DateFormats.DAY.format(newer.capturedAt().toLocalDate()) + ", " + newer.capturedBy() + "): "
                    + TextDiff.summary(diff));
            heading.addClassName("source-diff-heading");
            var text = new Div();
            text.setId("source-diff-" + newer.number());
            text.addClassName("source-text");
            text.addClassName("source-diff");
            for (var change : diff) {
                text.getElement().appendChild(element(change));
            }
            section.add(heading, text);
        }
        return section;
    }

    /** A run of the diff: the same text as it is, an addition as ins, a removal as del, each said in words too. */
    private static Element element(TextDiff.Change change) {
        if (change.kind() == TextDiff.Kind.SAME) {
            return Element.createText(change.text());
        }
        var added = change.kind() == TextDiff.Kind.ADDED;
        var mark = new Element(added ? "ins" : "del");
        mark.getClassList().add(added ? "diff-added" : "diff-removed");
        var said = new Element("span");
        said.getClassList().add("diff-marker");
        said.setText(added ? "[added: " : "[removed: ");
        var end = new Element("span");
        end.getClassList().add("diff-marker");
        end.setText("]");
        mark.appendChild(said, Element.createText(change.text()), end);
        return mark;
    }

    private static Div metadata(Source source) {
        var list = new Div();
        list.setId("source-fields");
        list.addClassName("field-list");
        FieldRows.add(list, "Publisher", source.publisher());
        FieldRows.add(list, "Author or speaker", source.author());
        FieldRows.add(list, "Published", source.publishedOn() == null ? null : DateFormats.DAY.format(source.publishedOn()));
        FieldRows.add(list, "Kind", source.kind().label());
        FieldRows.add(list, "Language", source.language());
        var label = new Span("URL");
        label.addClassName("field-label");
        list.add(label);
        if (source.url() != null) {
            var link = new Anchor(source.url(), source.url(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.addClassName("field-value");
            list.add(link);
        }
        else {
            var none = new Span("—");
            none.addClassName("field-value");
            list.add(none);
        }
        return list;
    }

    private static Div card(Citation claim) {
        var card = new Div();
        card.addClassName("evidence-card");
        card.addClassName(claim.disputes() ? "disputes" : "supports");
        var stance = new Span(claim.disputes() ? "Disputes" : "Supports");
        stance.getElement().getThemeList().add(claim.disputes() ? "badge error" : "badge success");
        // The transfer's page belongs to the feature that owns claims, so the link goes by its address.
        var link = new RouterLink();
        link.setText(claim.transferLabel());
        link.getElement().setAttribute("href", claim.transferPath());
        link.addClassName("claim-transfer");
        var status = new Span(claim.stateLabel());
        status.addClassName("evidence-source");
        var grade = new Span(claim.gradeDescription());
        grade.addClassName("grade-badge");
        var header = new HorizontalLayout(stance, link, status);
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        var quote = new Paragraph(claim.quote());
        quote.addClassName("evidence-quote");
        card.add(header, quote, grade);
        return card;
    }

    @Override
    public String getPageTitle() {
        return (source == null ? "Source" : source.title()) + " · TransferWatch";
    }

}
