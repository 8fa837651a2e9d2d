package org.transferwatch.transfer.ui;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.DateFields;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.Source;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.Evidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.Stance;

/**
 * A transfer's evidence: each source's quoted claim with its stance and Admiralty grade, and, for
 * those who may edit, linking an existing source or a new one.
 */
class EvidencePanel extends VerticalLayout {

    private static final String EXISTING = "Existing source";

    private static final String NEW = "New source";

    private final long transferId;

    private final EvidenceService evidenceService;

    private final SourceService sources;

    private final Runnable changed;

    private final VerticalLayout list = new VerticalLayout();

    private final ClaimFields claim;

    final ComboBox<Source> existingSource;

    final TextField newTitle = new TextField("Title");

    final TextField newPublisher = new TextField("Publisher");

    final TextField newUrl = new TextField("URL");

    final DatePicker newPublished = DateFields.day("Published");

    final Select<SourceKind> newKind = new Select<>();

    final RadioButtonGroup<String> sourceChoice = new RadioButtonGroup<>("Source");

    final TextArea quote;

    final RadioButtonGroup<Stance> stance;

    final Select<Character> reliability;

    final Select<Integer> credibility;

    final Button add = new Button("Add evidence");

    private final boolean correctable;

    private final boolean returnsToDraft;

    /** The dialog open, for tests. */
    @Nullable ClaimChangeDialog changeDialog;

    /**
     * @param editable whether the user may link sources (analysts on drafts, reviewers on any transfer)
     * @param correctable whether the user may correct and remove claims (also analysts on a published transfer)
     * @param returnsToDraft whether such a change returns the transfer to draft (an analyst's, on a published one)
     */
    EvidencePanel(long transferId, boolean editable, boolean correctable, boolean returnsToDraft,
            EvidenceService evidenceService, SourceService sources, Runnable changed) {
        this.correctable = correctable;
        this.returnsToDraft = returnsToDraft;
        this.transferId = transferId;
        this.evidenceService = evidenceService;
        this.sources = sources;
        this.changed = changed;
        claim = new ClaimFields("evidence", sources);
        existingSource = claim.source;
        quote = claim.quote;
        stance = claim.stance;
        reliability = claim.reliability;
        credibility = claim.credibility;
        setId("evidence");
        setPadding(false);
        list.setPadding(false);
        add(list);
        if (editable) {
            add(linkForm());
        }
        refresh();
    }

    void refresh() {
        list.removeAll();
        var evidence = evidenceService.evidence(transferId);
        if (evidence.isEmpty()) {
            list.add(new Paragraph("No source is linked yet. A transfer without evidence cannot be judged."));
        }
        evidence.forEach(item -> list.add(card(item)));
    }

    private Div card(Evidence evidence) {
        var claim = evidence.claim();
        var source = evidence.source();
        var card = ClaimCard.of(claim.stance(), claim.grade(), claim.quote(), source.title(), source.url(),
                source.citation() + " · " + source.kind().label());
        card.setId("claim-" + claim.id());
        if (correctable) {
            var correct = new Button("Correct…", event -> openChange(ClaimChangeDialog.Mode.CORRECT, evidence));
            correct.setId("claim-correct-" + claim.id());
            var remove = new Button("Remove…", event -> openChange(ClaimChangeDialog.Mode.REMOVE, evidence));
            remove.setId("claim-remove-" + claim.id());
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            card.add(new HorizontalLayout(correct, remove));
        }
        return card;
    }

    private void openChange(ClaimChangeDialog.Mode mode, Evidence evidence) {
        changeDialog = new ClaimChangeDialog(mode, evidence, returnsToDraft, evidenceService, sources, () -> {
            refresh();
            changed.run();
        });
        changeDialog.open();
    }

    private Details linkForm() {
        newTitle.setId("evidence-new-title");
        TextLimits.limit(newTitle, NewSource.MAX_TITLE);
        newPublisher.setId("evidence-new-publisher");
        TextLimits.limit(newPublisher, NewSource.MAX_NAME);
        newUrl.setId("evidence-new-url");
        // One more than allowed: a longer address reaches the check, which names the limit, instead of a cut one being saved.
        newUrl.setMaxLength(NewSource.MAX_URL + 1);
        newUrl.setPlaceholder("https://…");
        newPublished.setId("evidence-new-published");
        newKind.setId("evidence-new-kind");
        newKind.setLabel("Kind");
        newKind.setItems(SourceKind.values());
        newKind.setItemLabelGenerator(SourceKind::label);
        newKind.setValue(SourceKind.NEWS_ARTICLE);
        var newSource = new FormLayout(newTitle, newPublisher, newUrl, newPublished, newKind);
        newSource.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        newSource.setColspan(newTitle, 2);

        existingSource.setLabel(null);
        sourceChoice.setId("evidence-source-choice");
        sourceChoice.setItems(EXISTING, NEW);
        sourceChoice.setValue(EXISTING);
        newSource.setVisible(false);
        sourceChoice.addValueChangeListener(event -> {
            existingSource.setVisible(EXISTING.equals(event.getValue()));
            newSource.setVisible(NEW.equals(event.getValue()));
        });

        var grade = claim.gradeRow();

        add.setId("evidence-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> addEvidence());
        var content = new VerticalLayout(sourceChoice, existingSource, newSource, quote, grade, add);
        content.setPadding(false);
        var details = new Details(new H3("Link a source"), content);
        details.setId("evidence-link");
        details.setOpened(true);
        return details;
    }

    private void addEvidence() {
        try {
            String citation;
            if (EXISTING.equals(sourceChoice.getValue())) {
                var source = existingSource.getValue();
                if (source == null) {
                    Messages.error("Choose the source, or switch to \"New source\" to add one.");
                    return;
                }
                evidenceService.addClaim(transferId, claim.claim(source.id()));
                citation = source.citation();
            }
            else {
                var added = evidenceService.addClaimFromNewSource(transferId,
                        new NewSource(newKind.getValue() == null ? SourceKind.OTHER : newKind.getValue(), newTitle.getValue(),
                                newPublisher.getValue(), null, newUrl.getValue(), newPublished.getValue(), null, null),
                        claim.claim(0));
                if (added.duplicate()) {
                    Messages.warning("This source was already in the library (" + added.source().title()
                            + "): the evidence links to it.");
                }
                citation = added.source().citation();
            }
            Messages.success("Evidence added from " + citation + ".");
            claim.clear();
            newTitle.clear();
            newPublisher.clear();
            newUrl.clear();
            newPublished.clear();
            refresh();
            changed.run();
        }
        catch (ValidationException e) {
            Messages.error(String.join(" ", e.problems()));
        }
    }

}
