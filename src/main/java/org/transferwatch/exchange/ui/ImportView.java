package org.transferwatch.exchange.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.exchange.ExchangeService;
import org.transferwatch.exchange.ImportPreview;
import org.transferwatch.exchange.ImportRow;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.ImportOutcome;

/**
 * Import of our own CSV or a SIPRI Trade Register export: the file is read and checked in the
 * background, with a progress bar; the preview lists every problem by line and, for SIPRI, the state
 * names nobody has mapped yet; nothing is written until the user confirms, and then all or nothing.
 */
@Route("import")
@PageTitle("Import · TransferWatch")
@Menu(title = "Import", order = 50, icon = "vaadin:upload")
@RolesAllowed(Role.ANALYST_NAME)
public class ImportView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    /** Problems listed on the page; the rest are counted. */
    static final int LISTED_PROBLEMS = 200;

    private static final int POLL_MILLIS = 300;

    private final ExchangeService exchange;

    private final CountryService countries;

    private final Upload upload;

    private final Div progressBox = new Div();

    private final ProgressBar progress = new ProgressBar();

    private final Span progressText = new Span();

    private final VerticalLayout previewBox = new VerticalLayout();

    private final Span summary = new Span();

    private final Div problemsBox = new Div();

    private final Div namesBox = new Div();

    private final Select<String> grade = new Select<>();

    private final Grid<ImportRow> grid = new Grid<>();

    private final Button confirm = new Button("Import");

    private final Button cancel = new Button("Cancel");

    private final Div resultBox = new Div();

    private final Map<String, String> mapping = new LinkedHashMap<>();

    private @Nullable ImportPreview read;

    private @Nullable ImportPreview preview;

    private Executor executor = task -> Thread.ofVirtual().name("import").start(task);

    public ImportView(ExchangeService exchange, CountryService countries) {
        this.exchange = exchange;
        this.countries = countries;
        addClassName("import-view");
        setWidthFull();

        var title = new H2("Import transfers");
        title.addClassName("view-title");
        var intro = new Paragraph("Upload a TransferWatch CSV (the columns of the transfers export) or a SIPRI Trade "
                + "Register export (CSV, as SIPRI's site generates it). The file is checked first: you see every row, "
                + "every problem with its line number and, for SIPRI, the state names to map. Nothing is saved until "
                + "you confirm; then every row is saved, or none. Transfers already imported are updated, not "
                + "duplicated. New transfers are drafts.");
        intro.addClassName("view-intro");

        upload = new Upload((UploadHandler) event -> {
            var ui = event.getUI();
            var name = event.getFileName();
            byte[] data;
            try (var in = event.getInputStream()) {
                data = in.readNBytes((int) ExchangeService.MAX_FILE_BYTES + 1);
            }
            catch (IOException e) {
                access(ui, () -> failed("The upload was interrupted; try again."));
                return;
            }
            access(ui, () -> received(name, data));
        });
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ExchangeService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setDropLabel(new Span("Drop a CSV file here (at most 50 MB)"));
        upload.addFileRejectedListener(event -> failed("The file was refused: " + event.getErrorMessage()
                + " Files are limited to 50 MB; split larger ones."));

        progress.setId("import-progress");
        progressText.setId("import-progress-text");
        progressBox.add(progressText, progress);
        progressBox.addClassName("import-progress");
        progressBox.setVisible(false);

        summary.setId("import-summary");
        summary.addClassName("import-summary");
        problemsBox.setId("import-problems");
        problemsBox.addClassName("import-problems");
        namesBox.setId("import-names");
        namesBox.addClassName("import-names");
        grade.setId("import-grade");
        grade.setLabel("Grade of the register's claims");
        grade.setHelperText("Admiralty grade given to every claim this import quotes from the dataset");
        grade.setItems(grades());
        grade.setWidth("24rem");
        grade.setValue(ImportPreview.DEFAULT_DATASET_GRADE.code());
        grade.setItemLabelGenerator(code -> AdmiraltyGrade.parse(code).description());
        grade.addValueChangeListener(event -> {
            if (preview != null && event.getValue() != null) {
                preview = preview.withDatasetGrade(AdmiraltyGrade.parse(event.getValue()));
            }
        });
        configureGrid();
        confirm.setId("confirm-import");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> confirm());
        cancel.setId("cancel-import");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(event -> reset());
        var actions = new HorizontalLayout(confirm, cancel);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        previewBox.add(summary, problemsBox, namesBox, grade, grid, actions);
        previewBox.setPadding(false);
        previewBox.setVisible(false);

        resultBox.setId("import-result");
        resultBox.addClassName("import-result");
        resultBox.setVisible(false);

        add(title, intro, upload, progressBox, resultBox, previewBox);
    }

    private void configureGrid() {
        grid.setId("import-preview");
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ImportRow::line).setHeader("Line").setKey("line").setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.supplierName() + " → " + row.recipientName()).setHeader("Supplier → recipient")
            .setKey("pair").setWidth("14rem").setFlexGrow(0);
        grid.addColumn(row -> row.draft().item() == null ? "" : row.draft().item()).setHeader("Item").setKey("item")
            .setFlexGrow(1);
        grid.addColumn(row -> row.draft().quantity().label()).setHeader("Quantity").setKey("quantity").setWidth("8rem")
            .setFlexGrow(0);
        grid.addColumn(row -> row.draft().period() == null ? "—" : row.draft().period().label()).setHeader("Period")
            .setKey("period").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(row -> row.draft().status() == null ? "—" : row.draft().status().label()).setHeader("Status")
            .setKey("status").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> row.problems().isEmpty() ? "OK" : String.join(" ", row.problems().stream()
                .map(problem -> problem.replaceFirst("^Line \\d+: ", "")).toList()))
            .setHeader("Check").setKey("check").setFlexGrow(1);
        grid.setPartNameGenerator(row -> row.problems().isEmpty() ? null : "import-problem-row");
    }

    /** Tests run the background work on their own thread. */
    void setExecutor(Executor executor) {
        this.executor = executor;
    }

    private void received(String fileName, byte[] data) {
        reset();
        // One file at a time, but the next upload must not be refused as "too many files".
        upload.clearFileList();
        if (data.length > ExchangeService.MAX_FILE_BYTES) {
            failed("The file is larger than 50 MB; split it into smaller files.");
            return;
        }
        startWork("Reading " + fileName + " …");
        var ui = UI.getCurrent();
        runInBackground(ui, () -> {
            try {
                var lastShown = new double[] { 0 };
                var result = exchange.preview(fileName, data, share -> {
                    if (share - lastShown[0] >= 0.02 || share >= 1) {
                        lastShown[0] = share;
                        access(ui, () -> progress.setValue(share));
                    }
                });
                access(ui, () -> show(result));
            }
            catch (ValidationException e) {
                access(ui, () -> failed(e.problems()));
            }
            catch (RuntimeException e) {
                log.error("Reading import file {} failed", fileName, e);
                access(ui, () -> failed("The file could not be read: " + e.getMessage()));
            }
        });
    }

    private void show(ImportPreview result) {
        stopWork();
        read = result;
        mapping.clear();
        preview = result;
        grade.setValue(ImportPreview.DEFAULT_DATASET_GRADE.code());
        grade.setVisible(result.datasetSource() != null);
        grid.setItems(result.rows());
        showNames();
        refresh();
        previewBox.setVisible(true);
    }

    /** Summary, problems and the confirm button for the preview as mapped so far. */
    private void refresh() {
        var current = preview;
        if (current == null) {
            return;
        }
        var rows = current.rows().size();
        var withProblems = current.rowsWithProblems();
        var unmapped = current.unmappedNames();
        summary.setText(current.fileName() + " — " + current.format().label() + ": " + count(rows, "row")
                + (withProblems == 0 ? ", no problems" : ", " + count(withProblems, "row") + " with problems")
                + (unmapped.isEmpty() ? "" : ", " + count(unmapped.size(), "state name") + " to map")
                + (current.datasetSource() == null ? "" : ". Source: " + current.datasetSource().title()) + ".");
        problemsBox.removeAll();
        var problems = current.problems();
        problemsBox.setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            problemsBox.add(new H3(count(problems.size(), "problem") + " — fix the file and upload it again"));
            var list = new UnorderedList();
            problems.stream().limit(LISTED_PROBLEMS).forEach(problem -> list.add(new ListItem(problem)));
            if (problems.size() > LISTED_PROBLEMS) {
                list.add(new ListItem("… and " + (problems.size() - LISTED_PROBLEMS) + " more."));
            }
            problemsBox.add(list);
        }
        grid.getDataProvider().refreshAll();
        confirm.setText("Import " + count(rows, "transfer"));
        confirm.setEnabled(current.ready());
    }

    private void showNames() {
        namesBox.removeAll();
        var base = read;
        if (base == null || base.unmappedNames().isEmpty()) {
            namesBox.setVisible(false);
            return;
        }
        namesBox.setVisible(true);
        namesBox.add(new H3("State names to map"), new Paragraph("These names are not known to TransferWatch. Pick the "
                + "country each stands for in this import (add it as an alias later to remember it)."));
        base.unmappedNames().forEach((name, rows) -> {
            var label = new Span(name + " (" + count(rows, "row") + ")");
            label.addClassName("import-name");
            var field = new CountryField("Country", countries.asSearch());
            field.setId("map-" + slug(name));
            field.setWidth("20rem");
            field.addValueChangeListener(event -> {
                Country country = event.getValue();
                if (country == null) {
                    mapping.remove(name);
                }
                else {
                    mapping.put(name, country.code());
                }
                preview = base.withMapping(mapping).withDatasetGrade(AdmiraltyGrade.parse(grade.getValue()));
                grid.setItems(preview.rows());
                refresh();
            });
            var line = new HorizontalLayout(label, field);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            namesBox.add(line);
        });
    }

    private void confirm() {
        var current = preview;
        if (current == null || !current.ready()) {
            return;
        }
        var ui = UI.getCurrent();
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        upload.setVisible(false);
        startWork("Importing " + count(current.rows().size(), "transfer") + " …");
        var total = current.rows().size();
        runInBackground(ui, () -> {
            try {
                var outcome = exchange.importPreview(current, written -> access(ui,
                        () -> progress.setValue((double) written / total)));
                access(ui, () -> imported(current, outcome));
            }
            catch (ValidationException e) {
                access(ui, () -> failed(e.problems()));
            }
            catch (RuntimeException e) {
                log.error("Import of {} failed", current.fileName(), e);
                access(ui, () -> failed("The import failed and nothing was saved: " + e.getMessage()));
            }
        });
    }

    private void imported(ImportPreview imported, ImportOutcome outcome) {
        stopWork();
        previewBox.setVisible(false);
        upload.setVisible(true);
        upload.clearFileList();
        resultBox.removeAll();
        resultBox.getElement().setAttribute("theme", "success");
        var drafts = new Anchor("transfers?review=draft", "See the drafts");
        drafts.setId("import-see-drafts");
        resultBox.add(VaadinIcon.CHECK_CIRCLE.create(),
                new Span("Imported " + imported.fileName() + ": " + outcome.label() + "."), drafts);
        resultBox.setVisible(true);
        read = null;
        preview = null;
        Messages.success("Import finished: " + outcome.label() + ".");
    }

    private void failed(String message) {
        failed(List.of(message));
    }

    private void failed(List<String> messages) {
        stopWork();
        upload.setVisible(true);
        cancel.setEnabled(true);
        if (preview != null) {
            confirm.setEnabled(preview.ready());
        }
        resultBox.removeAll();
        resultBox.getElement().setAttribute("theme", "error");
        var list = new UnorderedList();
        messages.forEach(message -> list.add(new ListItem(message)));
        resultBox.add(new H3("The file was not imported"), list);
        resultBox.setVisible(true);
    }

    private void reset() {
        read = null;
        preview = null;
        mapping.clear();
        previewBox.setVisible(false);
        resultBox.setVisible(false);
        upload.setVisible(true);
        cancel.setEnabled(true);
        grid.setItems(List.of());
    }

    private void startWork(String text) {
        progressText.setText(text);
        progress.setValue(0);
        progressBox.setVisible(true);
        UI.getCurrent().setPollInterval(POLL_MILLIS);
    }

    private void stopWork() {
        progressBox.setVisible(false);
        UI.getCurrent().setPollInterval(-1);
    }

    private void runInBackground(UI ui, Runnable task) {
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    /**
     * Runs the command with the UI locked: at once when this thread holds the lock, else queued. When the
     * user has left the page meanwhile there is nothing to update; an import still completes or rolls back.
     */
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
            log.debug("The import page was closed before the work finished");
        }
    }

    private static List<String> grades() {
        var grades = new ArrayList<String>();
        for (char reliability = 'A'; reliability <= 'F'; reliability++) {
            for (int credibility = 1; credibility <= 6; credibility++) {
                grades.add("" + reliability + credibility);
            }
        }
        return grades;
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** For tests: the preview on the page, as mapped so far. */
    @Nullable ImportPreview preview() {
        return preview;
    }

}
