package org.transferwatch.intake.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.intake.Corroboration;
import org.transferwatch.intake.IntakeService;
import org.transferwatch.intake.Proposal;
import org.transferwatch.intake.ProposedParty;
import org.transferwatch.intake.ProposedShipment;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Claim;
import org.transferwatch.transfer.ConfidenceRule;
import org.transferwatch.transfer.Evidence;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.ui.TransferDetailView;

/**
 * One proposal for the analyst to judge: the pair, goods, quantity, period, status and stance it would
 * create, the vessels, companies and shipments its sentences name (each to keep or drop), the quoted
 * sentence and any denial, the grades (B2, and B4 for a denial, unless changed, picked by their words),
 * why the assistant proposes it, and Accept, Edit and Drop. It touches no data: it fires
 * {@link AcceptEvent}, {@link EditEvent}, {@link ChangeEvent} and {@link FocusEvent}.
 */
class ProposalCard extends Div {

    enum State {
        PENDING, ACCEPTED, DROPPED
    }

    private final Proposal proposal;

    private final @Nullable LocalDate reportedOn;

    private final Map<String, String> categoryLabels;

    private TransferDraft draft;

    private boolean edited;

    private State state = State.PENDING;

    final Select<Character> reliability = reliabilitySelect("Source reliability");

    final Select<Integer> credibility = credibilitySelect("Information credibility");

    final Select<Character> denialReliability = reliabilitySelect("Denial: source reliability");

    final Select<Integer> denialCredibility = credibilitySelect("Denial: credibility");

    final Button accept = new Button("Accept", VaadinIcon.CHECK.create());

    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());

    final Button drop = new Button("Drop", VaadinIcon.CLOSE_SMALL.create());

    /** The default choice's button when the proposal matches a recorded transfer: "Add as evidence to #42". */
    @Nullable Button addAsEvidence;

    private final Div fields = new Div();

    private final Div body = new Div();

    private final Div footer = new Div();

    private final TransportLists transport;

    private List<Corroboration> corroborations = List.of();

    /** What the proposal became: a new draft, or evidence of a transfer already recorded. */
    private boolean addedAsEvidence;

    ProposalCard(Proposal proposal, @Nullable LocalDate reportedOn, Map<String, String> categoryLabels) {
        this.proposal = proposal;
        this.reportedOn = reportedOn;
        this.categoryLabels = categoryLabels;
        this.draft = proposal.draft(reportedOn, IntakeService.proposedConfidence(proposal, IntakeService.DEFAULT_GRADE));
        this.transport = new TransportLists(proposal);
        int n = proposal.number();
        setId("proposal-" + n);
        addClassName("proposal-card");
        reliability.setId("proposal-" + n + "-reliability");
        credibility.setId("proposal-" + n + "-credibility");
        denialReliability.setId("proposal-" + n + "-denial-reliability");
        denialCredibility.setId("proposal-" + n + "-denial-credibility");
        accept.setId("proposal-" + n + "-accept");
        edit.setId("proposal-" + n + "-edit");
        drop.setId("proposal-" + n + "-drop");
        reliability.setValue(IntakeService.DEFAULT_GRADE.reliability());
        credibility.setValue(IntakeService.DEFAULT_GRADE.credibility());
        denialReliability.setValue(IntakeService.DEFAULT_DENIAL_GRADE.reliability());
        denialCredibility.setValue(IntakeService.DEFAULT_DENIAL_GRADE.credibility());
        reliability.addValueChangeListener(event -> refreshFields());
        credibility.addValueChangeListener(event -> refreshFields());

        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        accept.addClickListener(event -> fireEvent(new AcceptEvent(this)));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClickListener(event -> fireEvent(new EditEvent(this)));
        drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        drop.addClickListener(event -> {
            setState(State.DROPPED, null, false);
            fireEvent(new ChangeEvent(this));
        });
        render();
    }

    private void render() {
        removeAll();
        var number = new Span(Integer.toString(proposal.number()));
        number.addClassName("proposal-number");
        var title = new Span(pairLabel());
        title.addClassName("proposal-pair");
        var status = new Span(draft.status() == null ? "" : draft.status().label());
        status.getElement().getThemeList().addAll(List.of("badge", "contrast"));
        var header = new HorizontalLayout(number, title, status);
        header.addClassName("proposal-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setSpacing(false);
        if (proposal.stance() == Stance.DISPUTES) {
            header.add(badge("Denial only", "badge error primary"));
        }
        else if (!proposal.denials().isEmpty()) {
            header.add(badge("Disputed", "badge error primary"));
        }
        if (edited) {
            header.add(badge("Edited", "badge"));
        }
        header.addClickListener(event -> fireEvent(new FocusEvent(this)));

        if (state == State.DROPPED) {
            addClassName("dropped");
            var undo = new Button("Undo", event -> {
                setState(State.PENDING, null, false);
                fireEvent(new ChangeEvent(this));
            });
            undo.setId("proposal-" + proposal.number() + "-undo");
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            var line = new Span("Dropped: " + draft.item());
            line.addClassName("proposal-dropped");
            header.add(line, undo);
            add(header);
            return;
        }
        removeClassName("dropped");
        addAsEvidence = null;

        fields.removeAll();
        fields.addClassName("proposal-fields");
        refreshFields();

        var quote = new Paragraph(proposal.claim().text());
        quote.addClassName("evidence-quote");
        quote.setTitle("The sentence this proposal comes from; it becomes the claim's quote");
        body.removeAll();
        var grade = new HorizontalLayout(reliability, credibility);
        grade.addClassName("proposal-grade");
        transport.setEditable(state == State.PENDING);
        body.add(fields, transport, quote, grade);
        if (proposal.stance() == Stance.SUPPORTS && !proposal.denials().isEmpty()) {
            var denied = new Div(new Span("Disputed in the same source:"));
            denied.addClassName("proposal-denial");
            var denialQuote = new Paragraph(proposal.denialQuote());
            denialQuote.addClassName("evidence-quote");
            denied.add(denialQuote);
            var denialGrade = new HorizontalLayout(denialReliability, denialCredibility);
            denialGrade.addClassName("proposal-grade");
            denied.add(denialGrade);
            body.add(denied);
        }
        var reasons = new UnorderedList();
        proposal.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
        var why = new Details("Why the assistant proposes this", reasons);
        why.addClassName("proposal-why");
        body.add(why);
        if (state == State.PENDING && !corroborations.isEmpty()) {
            body.add(matches());
        }

        footer.removeAll();
        footer.addClassName("proposal-actions");
        if (state == State.ACCEPTED) {
            addClassName("accepted");
        }
        else {
            removeClassName("accepted");
            var target = evidenceTarget();
            if (target.isPresent()) {
                accept.setText("Create a new draft anyway");
                accept.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            else {
                accept.setText("Accept");
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            footer.add(accept, edit, drop);
        }
        add(header, body, footer);
    }

    /**
     * The transfers already recorded that this proposal is likely about, each with its evidence, status, period and
     * confidence, and a button to add this source's sentence to it; the first the user may add to is the default.
     */
    private Div matches() {
        var panel = new Div();
        panel.setId("proposal-" + proposal.number() + "-matches");
        panel.addClassName("proposal-matches");
        var intro = new Paragraph(corroborations.size() == 1 ? "Likely already recorded: this report may corroborate"
                + " the transfer below rather than be a new one."
                : "Likely already recorded: this report may corroborate one of these transfers rather than be a new one.");
        intro.addClassName("proposal-matches-intro");
        panel.add(intro);
        var target = evidenceTarget().orElse(null);
        for (var match : corroborations) {
            panel.add(match(match, match == target));
        }
        return panel;
    }

    private Div match(Corroboration match, boolean isDefault) {
        var id = match.transfer().id();
        var box = new Div();
        box.setId("proposal-" + proposal.number() + "-match-" + id);
        box.addClassName("proposal-match");
        var link = new RouterLink(match.number() + " · " + match.transfer().item(), TransferDetailView.class,
                new RouteParameters("id", Long.toString(id)));
        link.addClassName("proposal-match-link");
        var what = new Span(match.pairLabel() + " · " + (match.transfer().period() == null ? "period unknown"
                : match.transfer().period().label()) + " · " + match.transfer().status().label() + " · "
                + match.transfer().reviewState().label());
        what.addClassName("proposal-match-fields");
        box.add(link, what);
        var confidence = new Paragraph("Confidence: " + (match.confidence() == null ? "not set" : match.confidence().label())
                + ". With this report as a further source the rule gives " + withThisReport(match).level().label() + " ("
                + withThisReport(match).reason() + ").");
        confidence.addClassName("proposal-match-confidence");
        box.add(confidence);
        var evidence = new UnorderedList();
        evidence.addClassName("proposal-match-evidence");
        evidence.getElement().setAttribute("aria-label", "Evidence of " + match.number());
        for (var item : match.evidence()) {
            var stance = new Span(item.claim().stance() == Stance.DISPUTES ? "Disputes" : "Supports");
            stance.getElement().getThemeList().add(item.claim().stance() == Stance.DISPUTES ? "badge error" : "badge success");
            var grade = new Span(item.claim().grade().code());
            grade.addClassName("grade-badge");
            grade.setTitle(item.claim().grade().description());
            var source = new Span(item.source().citation());
            source.addClassName("evidence-source");
            var quote = new Span("“" + item.claim().quote() + "”");
            quote.addClassName("proposal-match-quote");
            evidence.add(new ListItem(stance, grade, source, quote));
        }
        if (match.evidence().isEmpty()) {
            evidence.add(new ListItem("No evidence recorded yet."));
        }
        box.add(evidence);
        var add = new Button("Add as evidence to " + match.number() + " (existing transfer)", VaadinIcon.LINK.create());
        add.setId("proposal-" + proposal.number() + "-add-to-" + id);
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (isDefault) {
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            addAsEvidence = add;
        }
        if (!match.mayAddEvidence()) {
            add.setEnabled(false);
            var why = new Span("It is " + match.transfer().reviewState().label().toLowerCase(Locale.ROOT)
                    + ": only a reviewer may add evidence to it. Create a draft, or ask a reviewer.");
            why.addClassName("proposal-match-note");
            box.add(add, why);
        }
        else {
            add.addClickListener(event -> fireEvent(new AddEvidenceEvent(this, match)));
            box.add(add);
        }
        return box;
    }

    /** What the rule would propose with this proposal's claim (at the grade chosen) added to the transfer's evidence. */
    private ConfidenceRule.Proposal withThisReport(Corroboration match) {
        var claims = new ArrayList<Claim>(match.evidence().stream().map(Evidence::claim).toList());
        // A new source: no stored source has id 0.
        claims.add(new Claim(0, match.transfer().id(), 0, proposal.claim().text(), proposal.stance(), grade(), 0));
        return ConfidenceRule.propose(claims);
    }

    /** The transfer a click on the default choice (and "Accept all") adds this proposal to, if any. */
    Optional<Corroboration> evidenceTarget() {
        return corroborations.stream().filter(Corroboration::mayAddEvidence).findFirst();
    }

    /** The recorded transfers this proposal is likely about; the first the user may add to becomes the default. */
    void setCorroborations(List<Corroboration> found) {
        corroborations = List.copyOf(found);
        render();
    }

    List<Corroboration> corroborations() {
        return corroborations;
    }

    private void refreshFields() {
        if (!edited) {
            draft = proposal.draft(reportedOn, IntakeService.proposedConfidence(proposal, grade()));
        }
        fields.removeAll();
        field("Goods", draft.item() + (draft.designation() == null || draft.item().contains(draft.designation()) ? ""
                : " (" + draft.designation() + ")"));
        field("Kind", (draft.kind() == null ? "—" : draft.kind().label()) + " · "
                + (draft.categoryCode() == null ? "no category" : categoryLabels.getOrDefault(draft.categoryCode(),
                        draft.categoryCode())));
        field("Quantity", draft.quantity().label());
        field("Period", draft.period() == null ? "—"
                : draft.period().label() + " (" + draft.period().precision().label().toLowerCase(Locale.ROOT) + ")");
        field("Stance", proposal.stance().label());
        field("Confidence", draft.confidence() == null ? "—" : draft.confidence().label()
                + (edited ? "" : " (rule, from the grade)"));
    }

    private void field(String label, String value) {
        var term = new Span(label);
        term.addClassName("field-label");
        var text = new Span(value);
        text.addClassName("field-value");
        fields.add(term, text);
    }

    /** The parties the analyst kept: what accepting the proposal is to record as the transfer's parties. */
    List<ProposedParty> keptParties() {
        return transport.keptParties();
    }

    /** The shipments the analyst kept: what accepting the proposal is to record as the transfer's legs. */
    List<ProposedShipment> keptShipments() {
        return transport.keptShipments();
    }

    private String pairLabel() {
        return proposal.supplierCode().equals(draft.supplierCode()) && proposal.recipientCode().equals(draft.recipientCode())
                ? proposal.pairLabel() : draft.supplierCode() + " → " + draft.recipientCode();
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }

    Proposal proposal() {
        return proposal;
    }

    TransferDraft draft() {
        return draft;
    }

    State state() {
        return state;
    }

    AdmiraltyGrade grade() {
        return new AdmiraltyGrade(reliability.getValue() == null ? 'B' : reliability.getValue(),
                credibility.getValue() == null ? 2 : credibility.getValue());
    }

    AdmiraltyGrade denialGrade() {
        return new AdmiraltyGrade(denialReliability.getValue() == null ? 'B' : denialReliability.getValue(),
                denialCredibility.getValue() == null ? 4 : denialCredibility.getValue());
    }

    /** The analyst's edit of the fields; what Accept creates from now on. */
    void setDraft(TransferDraft edit) {
        draft = edit;
        edited = true;
        render();
    }

    /** Added now as evidence of the recorded transfer. */
    void setAddedAsEvidence(long transferId) {
        addedAsEvidence = true;
        setState(State.ACCEPTED, transferId, true);
    }

    /** Accepted now ({@code justNow}) or earlier: the source already makes this claim about a transfer. */
    void setState(State newState, @Nullable Long transferId, boolean justNow) {
        state = newState;
        render();
        if (newState == State.ACCEPTED && transferId != null) {
            var done = new Span(!justNow ? "Already recorded from this source."
                    : addedAsEvidence ? "Added as evidence to the existing transfer." : "Accepted as a draft transfer.");
            done.addClassName("proposal-accepted");
            var link = new RouterLink("Open transfer #" + transferId, TransferDetailView.class,
                    new RouteParameters("id", Long.toString(transferId)));
            link.setId("proposal-" + proposal.number() + "-transfer");
            footer.add(VaadinIcon.CHECK_CIRCLE.create(), done, link);
            reliability.setReadOnly(true);
            credibility.setReadOnly(true);
            denialReliability.setReadOnly(true);
            denialCredibility.setReadOnly(true);
        }
    }

    private static Select<Character> reliabilitySelect(String label) {
        var select = new Select<Character>();
        select.setLabel(label);
        select.setItems('A', 'B', 'C', 'D', 'E', 'F');
        select.setItemLabelGenerator(letter -> letter + " — " + AdmiraltyGrade.RELIABILITY_WORDS.get(letter - 'A'));
        return select;
    }

    private static Select<Integer> credibilitySelect(String label) {
        var select = new Select<Integer>();
        select.setLabel(label);
        select.setItems(1, 2, 3, 4, 5, 6);
        select.setItemLabelGenerator(digit -> digit + " — " + AdmiraltyGrade.CREDIBILITY_WORDS.get(digit - 1));
        return select;
    }

    Registration addAcceptListener(ComponentEventListener<AcceptEvent> listener) {
        return addListener(AcceptEvent.class, listener);
    }

    Registration addEditListener(ComponentEventListener<EditEvent> listener) {
        return addListener(EditEvent.class, listener);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    Registration addFocusListener(ComponentEventListener<FocusEvent> listener) {
        return addListener(FocusEvent.class, listener);
    }

    static class AcceptEvent extends ComponentEvent<ProposalCard> {

        AcceptEvent(ProposalCard source) {
            super(source, false);
        }

    }

    Registration addAddEvidenceListener(ComponentEventListener<AddEvidenceEvent> listener) {
        return addListener(AddEvidenceEvent.class, listener);
    }

    /** The analyst chose to add the proposal as evidence of a recorded transfer. */
    static class AddEvidenceEvent extends ComponentEvent<ProposalCard> {

        private final Corroboration match;

        AddEvidenceEvent(ProposalCard source, Corroboration match) {
            super(source, false);
            this.match = match;
        }

        Corroboration match() {
            return match;
        }

    }

    static class EditEvent extends ComponentEvent<ProposalCard> {

        EditEvent(ProposalCard source) {
            super(source, false);
        }

    }

    /** The analyst dropped the proposal, or took it back. */
    static class ChangeEvent extends ComponentEvent<ProposalCard> {

        ChangeEvent(ProposalCard source) {
            super(source, true);
        }

    }

    /** The analyst wants to see where in the text the proposal comes from. */
    static class FocusEvent extends ComponentEvent<ProposalCard> {

        FocusEvent(ProposalCard source) {
            super(source, true);
        }

    }

}
