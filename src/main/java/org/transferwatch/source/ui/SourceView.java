package org.transferwatch.source.ui;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
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
import org.transferwatch.source.SourceCitations;
import org.transferwatch.source.SourceService;

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
        add(textTitle, text);
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
