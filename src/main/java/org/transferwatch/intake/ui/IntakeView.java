package org.transferwatch.intake.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.category.Category;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.CountryService;
import org.transferwatch.intake.Corroboration;
import org.transferwatch.intake.IntakeService;
import org.transferwatch.intake.Reading;
import org.transferwatch.security.Role;
import org.transferwatch.source.Source;
import org.transferwatch.source.SourceService;
import org.transferwatch.source.ui.SourceListView;
import org.transferwatch.source.ui.SourceView;
import org.transferwatch.transfer.ui.TransferForm;

/**
 * The intake assistant at work on one source: its text with each proposal's sentences highlighted, and a
 * card per proposal to accept, edit or drop. Nothing is created until the analyst accepts; "Accept all"
 * accepts the proposals still open, each as shown on its card.
 */
@Route("sources/:id(\\d+)/intake")
@RolesAllowed(Role.ANALYST_NAME)
public class IntakeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IntakeService intake;

    private final CountryService countries;

    private final List<Category> categories;

    private final Map<String, String> categoryLabels;

    final List<ProposalCard> cards = new ArrayList<>();

    final Button acceptAll = new Button("Accept all", VaadinIcon.CHECK_SQUARE_O.create());

    private final Span progress = new Span();

    private @Nullable HighlightedText text;

    private @Nullable Source source;

    private final SourceService sources;

    public IntakeView(IntakeService intake, CountryService countries, CategoryService categoryService, SourceService sources) {
        this.intake = intake;
        this.sources = sources;
        this.countries = countries;
        this.categories = categoryService.findAll();
        this.categoryLabels = categories.stream().collect(Collectors.toMap(Category::code, Category::label));
        addClassName("intake-view");
        setSizeFull();
        acceptAll.setId("accept-all");
        acceptAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptAll.addClickListener(event -> acceptAll());
        progress.setId("intake-progress");
        progress.addClassName("transfer-count");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("No such source."));
            var sourceReading = intake.read(id);
            source = sourceReading.source();
            render(sourceReading.source(), sourceReading.reading());
        }
        catch (NotFoundException e) {
            Messages.error(e.getMessage());
            event.forwardTo(SourceListView.class);
        }
    }

    private void render(Source source, Reading reading) {
        removeAll();
        cards.clear();
        var back = new RouterLink("← The source", SourceView.class,
                new RouteParameters("id", Long.toString(source.id())));
        back.addClassName("intake-back");
        var title = new H1("Read with the assistant");
        title.addClassName("view-title");
        var citation = new Span(source.title() + " — " + source.citation());
        citation.addClassName("intake-citation");
        var header = new HorizontalLayout(title, progress);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        var spacer = new Div();
        header.add(spacer, acceptAll);
        header.expand(spacer);
        add(back, header, citation);

        var proposals = reading.proposals();
        var summary = new Paragraph(summary(reading));
        summary.setId("intake-summary");
        summary.addClassName("intake-summary");
        add(summary);
        if (source.publishedOn() == null) {
            var warning = new Div(new Span("This source has no published date, so the assistant could not resolve "
                    + "relative dates such as “last year” or “in July”: check each period."));
            warning.addClassName("form-problems");
            warning.setId("intake-no-date");
            add(warning);
        }
        var sameText = sources.sameText(source.id());
        if (!sameText.isEmpty()) {
            add(SourceView.sameTextWarning(sameText, "intake-same-text"));
        }

        text = new HighlightedText(reading.text(), proposals);
        text.addSelectListener(event -> focus(event.number()));
        var textPanel = new Div(text);
        textPanel.addClassName("intake-text-panel");
        // It scrolls on its own: keyboard users reach it with Tab and scroll it with the arrow keys.
        textPanel.getElement().setAttribute("tabindex", "0");
        textPanel.getElement().setAttribute("role", "region");
        textPanel.getElement().setAttribute("aria-label", "The source's text");

        var list = new Div();
        list.setId("intake-proposals");
        list.addClassName("intake-proposals");
        var listTitle = new H3(proposals.isEmpty() ? "No proposals" : proposals.size() == 1 ? "1 proposal" : proposals.size() + " proposals");
        listTitle.addClassName("section-title");
        list.add(listTitle);
        if (proposals.isEmpty()) {
            list.add(new Paragraph("The assistant found no transfer with both a supplier and a recipient in this text. "
                    + "You can still record one by hand from the Transfers list."));
        }
        var accepted = proposals.isEmpty() ? Map.<Integer, Long>of() : intake.acceptedProposals(source.id(), proposals);
        for (var proposal : proposals) {
            var card = new ProposalCard(proposal, source.publishedOn(), categoryLabels);
            card.addAcceptListener(event -> accept(event.getSource()));
            card.addEditListener(event -> edit(event.getSource()));
            card.addAddEvidenceListener(event -> addAsEvidence(event.getSource(), event.match()));
            card.addFocusListener(event -> focus(proposal.number()));
            card.addChangeListener(event -> updateProgress());
            var already = accepted.get(proposal.number());
            if (already != null) {
                card.setState(ProposalCard.State.ACCEPTED, already, false);
            }
            else {
                card.setCorroborations(intake.corroborations(card.draft()));
            }
            cards.add(card);
            list.add(card);
        }
        var body = new Div(textPanel, list);
        body.addClassName("intake-body");
        add(body);
        setFlexGrow(1, body);
        // The page itself does not scroll: the text and the proposals scroll side by side.
        body.getStyle().set("min-height", "0");
        updateProgress();
    }

    private static String summary(Reading reading) {
        var states = reading.stateLabels();
        var date = reading.reportedOn() == null ? "no date" : "reported on " + DateFormats.DAY.format(reading.reportedOn());
        return reading.sentences().size() + " sentences, " + date + ". States named: "
                + (states.isEmpty() ? "none" : String.join(", ", states))
                + ". Each proposal is highlighted in the text with its number; nothing is saved until you accept it.";
    }

    private void focus(int number) {
        if (text != null) {
            text.show(number);
        }
        cards.forEach(card -> card.removeClassName("focused"));
        cards.stream().filter(card -> card.proposal().number() == number).findFirst().ifPresent(card -> {
            card.addClassName("focused");
            card.scrollIntoView();
        });
    }

    private boolean accept(ProposalCard card) {
        if (source == null || card.state() != ProposalCard.State.PENDING) {
            return false;
        }
        try {
            var id = intake.accept(source.id(), card.proposal(), card.draft(), card.grade(), card.denialGrade(),
                    card.keptParties(), card.keptShipments());
            card.setState(ProposalCard.State.ACCEPTED, id, true);
            updateProgress();
            return true;
        }
        catch (ValidationException e) {
            Messages.error("Proposal " + card.proposal().number() + ": " + String.join(" ", e.problems()));
        }
        catch (AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        return false;
    }

    private boolean addAsEvidence(ProposalCard card, Corroboration match) {
        if (source == null || card.state() != ProposalCard.State.PENDING) {
            return false;
        }
        try {
            var id = intake.addAsEvidence(source.id(), card.proposal(), match.transfer().id(), card.grade(),
                    card.denialGrade());
            card.setAddedAsEvidence(id);
            updateProgress();
            return true;
        }
        catch (ValidationException e) {
            Messages.error("Proposal " + card.proposal().number() + ": " + String.join(" ", e.problems()));
        }
        catch (AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        return false;
    }

    /** Each open proposal by its card's default: evidence of the recorded transfer it matches, else a new draft. */
    private void acceptAll() {
        int created = 0;
        int corroborated = 0;
        for (var card : cards) {
            if (card.state() != ProposalCard.State.PENDING) {
                continue;
            }
            var target = card.evidenceTarget();
            if (target.isPresent()) {
                corroborated += addAsEvidence(card, target.get()) ? 1 : 0;
            }
            else {
                created += accept(card) ? 1 : 0;
            }
        }
        var done = new ArrayList<String>();
        if (created > 0) {
            done.add((created == 1 ? "1 draft transfer" : created + " draft transfers") + " created from this source");
        }
        if (corroborated > 0) {
            done.add(corroborated == 1 ? "1 recorded transfer given this source as evidence"
                    : corroborated + " recorded transfers given this source as evidence");
        }
        if (!done.isEmpty()) {
            Messages.success(String.join("; ", done) + ".");
        }
    }

    private void edit(ProposalCard card) {
        var dialog = new Dialog();
        dialog.setId("proposal-edit-dialog");
        dialog.setHeaderTitle("Edit proposal " + card.proposal().number() + " before accepting it");
        dialog.setWidth("min(72rem, 95vw)");
        var form = new TransferForm(countries.asSearch(), categories);
        var draft = card.draft();
        form.setDraft(draft, draft.supplierCode() == null ? null : countries.findByCode(draft.supplierCode()).orElse(null),
                draft.recipientCode() == null ? null : countries.findByCode(draft.recipientCode()).orElse(null));
        form.addSaveListener(event -> {
            card.setDraft(event.draft());
            dialog.close();
            Messages.success("Proposal " + card.proposal().number() + " changed: Accept creates it as edited.");
        });
        form.addCancelListener(event -> dialog.close());
        dialog.add(form);
        dialog.open();
    }

    private void updateProgress() {
        long open = cards.stream().filter(c -> c.state() == ProposalCard.State.PENDING).count();
        long accepted = cards.stream().filter(c -> c.state() == ProposalCard.State.ACCEPTED).count();
        long dropped = cards.stream().filter(c -> c.state() == ProposalCard.State.DROPPED).count();
        progress.setText(open + " to review · " + accepted + " accepted · " + dropped + " dropped");
        acceptAll.setText(open == 0 ? "Accept all" : "Accept all " + open);
        acceptAll.setEnabled(open > 0);
    }

    List<ProposalCard> cards() {
        return cards;
    }

    Button acceptAllButton() {
        return acceptAll;
    }

    @Override
    public String getPageTitle() {
        return "Read with the assistant" + (source == null ? "" : " · " + source.title()) + " · TransferWatch";
    }

}
