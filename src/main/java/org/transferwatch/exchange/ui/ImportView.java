package org.transferwatch.exchange.ui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
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
import org.transferwatch.country.CountryService;
import org.transferwatch.exchange.ExchangeService;
import org.transferwatch.exchange.ImportPreview;
import org.transferwatch.security.Role;
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

    private static final int POLL_MILLIS = 300;

    private final ExchangeService exchange;

    private final Upload upload;

    private final Div progressBox = new Div();

    private final ProgressBar progress = new ProgressBar();

    private final Span progressText = new Span();

    private final ImportPreviewPanel previewPanel;

    private final Div resultBox = new Div();

    private Executor executor = task -> Thread.ofVirtual().name("import").start(task);

    public ImportView(ExchangeService exchange, CountryService countries) {
        this.exchange = exchange;
        addClassName("import-view");
        setWidthFull();

        var title = new H1("Import transfers");
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

        previewPanel = new ImportPreviewPanel(countries, this::confirm, this::reset);

        resultBox.setId("import-result");
        resultBox.addClassName("import-result");
        resultBox.setVisible(false);

        add(title, intro, upload, progressBox, resultBox, previewPanel);
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
        previewPanel.show(result);
    }

    private void confirm(ImportPreview current) {
        var ui = UI.getCurrent();
        previewPanel.lock();
        upload.setVisible(false);
        startWork("Importing " + ImportPreviewPanel.count(current.rows().size(), "transfer") + " …");
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
        previewPanel.close();
        upload.setVisible(true);
        upload.clearFileList();
        resultBox.removeAll();
        resultBox.getElement().setAttribute("theme", "success");
        var drafts = new Anchor("transfers?review=draft", "See the drafts");
        drafts.setId("import-see-drafts");
        resultBox.add(VaadinIcon.CHECK_CIRCLE.create(),
                new Span("Imported " + imported.fileName() + ": " + outcome.label() + "."), drafts);
        resultBox.setVisible(true);
        Messages.success("Import finished: " + outcome.label() + ".");
    }

    private void failed(String message) {
        failed(List.of(message));
    }

    private void failed(List<String> messages) {
        stopWork();
        upload.setVisible(true);
        previewPanel.unlock();
        resultBox.removeAll();
        resultBox.getElement().setAttribute("theme", "error");
        var list = new UnorderedList();
        messages.forEach(message -> list.add(new ListItem(message)));
        resultBox.add(new H3("The file was not imported"), list);
        resultBox.setVisible(true);
    }

    private void reset() {
        previewPanel.clear();
        resultBox.setVisible(false);
        upload.setVisible(true);
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

    /** For tests: the preview on the page, as mapped so far. */
    @Nullable ImportPreview preview() {
        return previewPanel.preview();
    }

}
