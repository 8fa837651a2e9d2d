package org.transferwatch.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Executor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.ProblemMarks;
import org.transferwatch.country.Country;
import org.transferwatch.dashboard.BriefingDocument;
import org.transferwatch.dashboard.BriefingDocumentDocx;
import org.transferwatch.dashboard.BriefingDocumentPdf;
import org.transferwatch.dashboard.BriefingDocumentService;
import org.transferwatch.dashboard.BriefingGraphics;
import org.transferwatch.dashboard.BriefingRequest;
import org.transferwatch.dashboard.BriefingScope;
import org.transferwatch.dashboard.SavedBriefing;
import org.transferwatch.transfer.TransferKind;

/**
 * The briefing builder: scope (direction, period, kinds, drafts on request), title, protective marking and key
 * judgements; it generates the PDF and the Word file off the UI thread with a progress bar, and saves the briefing
 * for re-generation.
 */
class BriefingBuilder extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(BriefingBuilder.class);

    private static final int POLL_MILLIS = 300;

    private final BriefingDocumentService briefings;

    private final BriefingGraphics graphics;

    private final @Nullable Country a;

    private final @Nullable Country b;

    /** The scope the builder opened with: the list's criteria are kept as they are. */
    private final BriefingScope initial;

    private final @Nullable SavedBriefing saved;

    private final TextField title = new TextField("Title");

    private final RadioButtonGroup<BriefingScope.Direction> direction = new RadioButtonGroup<>("Direction");

    private final DatePicker from = new DatePicker("Period from");

    private final DatePicker to = new DatePicker("Period to");

    private final CheckboxGroup<TransferKind> kinds = new CheckboxGroup<>("Kinds of goods (none ticked: all)");

    private final Checkbox drafts = new Checkbox("Include drafts (each marked DRAFT)");

    private final Select<String> marking = new Select<>();

    private final TextArea judgements = new TextArea("Key judgements");

    private final Div progressBox = new Div();

    private final ProgressBar progress = new ProgressBar();

    private final Div result = new Div();

    private final Button generate = new Button("Generate PDF and Word");

    private final Button save = new Button("Save briefing");

    private Executor executor = task -> Thread.ofVirtual().name("briefing").start(task);

    BriefingBuilder(BriefingDocumentService briefings, BriefingGraphics graphics, Country a, Country b,
            boolean mayIncludeDrafts, @Nullable SavedBriefing saved) {
        this(briefings, graphics, saved == null ? BriefingScope.pair(a.code(), b.code()) : saved.request().scope(), a, b,
                mayIncludeDrafts, saved);
    }

    /**
     * The builder for a scope: a pair page's, a Transfers list's (its states, if it names any, as {@code a} the
     * supplier and {@code b} the recipient) or a saved briefing's.
     */
    BriefingBuilder(BriefingDocumentService briefings, BriefingGraphics graphics, BriefingScope scope, @Nullable Country a,
            @Nullable Country b, boolean mayIncludeDrafts, @Nullable SavedBriefing saved) {
        this.briefings = briefings;
        this.graphics = graphics;
        this.a = a;
        this.b = b;
        this.saved = saved;
        this.initial = scope;
        setId("briefing-builder");
        setHeaderTitle(saved != null ? "Re-generate: " + saved.request().title()
                : scope.fromList() ? "Brief this list" : "Build a briefing: " + a.name() + " and " + b.name());
        setWidth("min(46rem, 96vw)");

        title.setId("briefing-title");
        title.setWidthFull();
        title.setMaxLength(BriefingRequest.MAX_TITLE);
        direction.setId("briefing-direction");
        direction.setItems(BriefingScope.Direction.values());
        direction.setItemLabelGenerator(value -> switch (value) {
            case BOTH -> "Both directions";
            case A_TO_B -> name(a) + " to " + name(b);
            case B_TO_A -> name(b) + " to " + name(a);
        });
        // A list with one state or none has no directions to choose: its filter says which way.
        direction.setVisible(a != null && b != null);
        from.setId("briefing-from");
        to.setId("briefing-to");
        kinds.setId("briefing-kinds");
        kinds.setItems(TransferKind.values());
        kinds.setItemLabelGenerator(TransferKind::label);
        drafts.setId("briefing-drafts");
        drafts.setVisible(mayIncludeDrafts);
        marking.setId("briefing-marking");
        marking.setLabel("Protective marking (printed at the top and bottom of every page)");
        marking.setItems(briefings.markings());
        judgements.setId("briefing-judgements");
        judgements.setWidthFull();
        judgements.setMinHeight("7rem");
        judgements.setMaxLength(BriefingRequest.MAX_KEY_JUDGEMENTS);
        judgements.setHelperText("One judgement per line; kept with the briefing when you save it.");

        var request = saved == null ? null : saved.request();
        title.setValue(request != null ? request.title() : defaultTitle(scope));
        direction.setValue(scope.direction());
        from.setValue(scope.from());
        to.setValue(scope.to());
        kinds.setValue(scope.kinds());
        drafts.setValue(scope.includeDrafts() && mayIncludeDrafts);
        marking.setValue(request == null ? briefings.markings().getFirst() : request.marking());
        judgements.setValue(request == null ? "" : request.keyJudgements());

        var form = new FormLayout(title, direction, from, to, kinds, drafts, marking, judgements);
        var criteria = briefings.describe(scope);
        if (!criteria.isEmpty()) {
            var fromList = new Paragraph("As the Transfers list was filtered: " + String.join("; ", criteria) + ".");
            fromList.setId("briefing-criteria");
            form.addComponentAtIndex(1, fromList);
            form.setColspan(fromList, 2);
        }
        form.setColspan(title, 2);
        form.setColspan(direction, 2);
        form.setColspan(kinds, 2);
        form.setColspan(drafts, 2);
        form.setColspan(marking, 2);
        form.setColspan(judgements, 2);

        progress.setId("briefing-progress");
        var progressText = new Span("Reading the transfers and writing the briefing …");
        progressBox.add(progressText, progress);
        progressBox.setVisible(false);
        result.setId("briefing-result");

        generate.setId("briefing-generate");
        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.addClickListener(event -> generate());
        save.setId("briefing-save");
        save.addClickListener(event -> save());
        save.setVisible(saved == null);
        var close = new Button("Close", event -> close());
        close.setId("briefing-close");
        add(form, progressBox, result);
        getFooter().add(close, save, generate);
    }

    /** Tests run the background work on their own thread. */
    void setExecutor(Executor executor) {
        this.executor = executor;
    }

    private static String name(@Nullable Country state) {
        return state == null ? "any state" : state.name();
    }

    private String defaultTitle(BriefingScope scope) {
        if (a != null && b != null) {
            return scope.fromList() ? "Transfers from " + a.name() + " to " + b.name()
                    + (scope.direction() == BriefingScope.Direction.BOTH ? " and back" : "")
                    : "Transfers between " + a.name() + " and " + b.name();
        }
        if (a == null && b == null) {
            return "Transfers of the filtered list";
        }
        var state = a != null ? a : b;
        return "Transfers " + (scope.direction() == BriefingScope.Direction.BOTH ? "to or from " : a != null ? "from " : "to ")
                + state.name();
    }

    private BriefingRequest request() {
        var scope = new BriefingScope(initial.aCode(), initial.bCode(), direction.getValue() == null ? initial.direction()
                : direction.getValue(), from.getValue(), to.getValue(), kinds.getValue(), drafts.getValue(), initial.criteria());
        return new BriefingRequest(scope, title.getValue(), marking.getValue() == null ? "" : marking.getValue(),
                judgements.getValue());
    }

    private void save() {
        try {
            briefings.save(request());
            mark(null);
            Messages.success("Briefing saved: re-generate it from Briefings with the same scope.");
        }
        catch (ValidationException e) {
            mark(e);
        }
    }

    private void generate() {
        var request = request();
        result.removeAll();
        generate.setEnabled(false);
        progress.setValue(0);
        progressBox.setVisible(true);
        var ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        var savedId = saved != null && saved.request().equals(request) ? saved.id() : null;
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                var lastShown = new double[] { 0 };
                java.util.function.DoubleConsumer report = share -> {
                    if (share - lastShown[0] >= 0.05) {
                        lastShown[0] = share;
                        access(ui, () -> progress.setValue(share * 0.8));
                    }
                };
                var document = savedId == null ? briefings.document(request, report)
                        : briefings.regenerate(savedId, report);
                var pictures = graphics.pictures(document);
                var pdf = new ByteArrayOutputStream();
                BriefingDocumentPdf.write(document, pictures, pdf);
                access(ui, () -> progress.setValue(0.9));
                var docx = new ByteArrayOutputStream();
                BriefingDocumentDocx.write(document, pictures, docx);
                access(ui, () -> done(document, pdf.toByteArray(), docx.toByteArray()));
            }
            catch (ValidationException e) {
                access(ui, () -> {
                    stop();
                    mark(e);
                });
            }
            catch (NotFoundException e) {
                access(ui, () -> {
                    stop();
                    Messages.error(e.getMessage());
                });
            }
            catch (RuntimeException e) {
                log.error("A briefing could not be generated", e);
                access(ui, () -> {
                    stop();
                    Messages.error("The briefing could not be generated; try again, or narrow its scope.");
                });
            }
        }, SecurityContextHolder.getContext()));
    }

    private void done(BriefingDocument document, byte[] pdf, byte[] docx) {
        stop();
        mark(null);
        var name = fileName(document);
        var pdfLink = new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(pdf), name + ".pdf", "application/pdf", pdf.length)), "Download PDF");
        pdfLink.setId("briefing-pdf");
        pdfLink.addClassName("button-link");
        var docxLink = new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(docx), name + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.length)),
                "Download Word");
        docxLink.setId("briefing-docx");
        docxLink.addClassName("button-link");
        var summary = new UnorderedList();
        summary.setId("briefing-summary");
        document.summary().forEach(sentence -> summary.add(new ListItem(sentence)));
        result.add(new Paragraph("Ready: " + document.title() + " (" + document.marking() + "), data as of "
                + org.transferwatch.dashboard.BriefingText.WHEN.format(document.asOf()) + "."), summary,
                new HorizontalLayout(pdfLink, docxLink));
    }

    private static String fileName(BriefingDocument document) {
        return "briefing-" + document.codes() + "-" + LocalDate.now();
    }

    private void stop() {
        progressBox.setVisible(false);
        generate.setEnabled(true);
        UI.getCurrent().setPollInterval(-1);
    }

    private void mark(@Nullable ValidationException e) {
        Map<Problem.Field, com.vaadin.flow.component.HasValidation> fields = Map.of(BriefingRequest.Field.TITLE, title,
                BriefingRequest.Field.MARKING, marking, BriefingRequest.Field.KEY_JUDGEMENTS, judgements,
                BriefingRequest.Field.PERIOD, to);
        if (e == null) {
            fields.values().forEach(field -> field.setInvalid(false));
            return;
        }
        ProblemMarks.mark(fields, e);
    }

    /** Runs the command with the UI locked: at once when this thread holds the lock, else queued. */
    private static void access(UI ui, Command command) {
        var session = ui.getSession();
        if (session != null && session.hasLock()) {
            command.execute();
            return;
        }
        try {
            ui.access(command);
        }
        catch (UIDetachedException e) {
            log.debug("The briefing builder was closed before the briefing was ready");
        }
    }

}
