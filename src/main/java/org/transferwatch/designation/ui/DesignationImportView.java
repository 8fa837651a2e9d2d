package org.transferwatch.designation.ui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.designation.DesignationImportPlan;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.security.Role;

/**
 * An administrator uploads a newer UN Consolidated List: it is read and compared in the background, with a
 * progress bar; the preview lists what would be added, amended (which fields) and delisted; nothing is written
 * until "Apply import", and then all or nothing.
 */
@Route("designations/import")
@PageTitle("Import the UN list · TransferWatch")
@RolesAllowed(Role.ADMIN_NAME)
public class DesignationImportView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(DesignationImportView.class);

    private static final int POLL_MILLIS = 300;

    /** How many entries of each change a preview lists; the counts say how many there are. */
    private static final int LISTED = 200;

    private final DesignationService designations;

    private final Upload upload;

    private final Div progressBox = new Div();

    private final ProgressBar progress = new ProgressBar();

    private final Span progressText = new Span();

    private final Div previewBox = new Div();

    private final Div resultBox = new Div();

    private final Button apply = new Button("Apply import", VaadinIcon.CHECK.create());

    private @Nullable DesignationImportPlan plan;

    private Executor executor = task -> Thread.ofVirtual().name("designation-import").start(task);

    public DesignationImportView(DesignationService designations) {
        this.designations = designations;
        addClassName("designation-import-view");
        setWidthFull();

        var title = new H1("Import the UN Consolidated List");
        title.addClassName("view-title");
        var intro = new Paragraph("Upload the UN Security Council Consolidated List as the UN publishes it (XML, "
                + "scsanctions.un.org). It is compared with the designations stored here first: you see what it adds, "
                + "amends (and which fields) and delists. Nothing is saved until you apply it; then all of it is saved, "
                + "or none. Entries missing from the file are kept, delisted on the file's date. The same file twice "
                + "changes nothing.");
        intro.addClassName("view-intro");

        upload = new Upload((UploadHandler) event -> {
            var ui = event.getUI();
            var name = event.getFileName();
            byte[] data;
            try (var in = event.getInputStream()) {
                data = in.readNBytes((int) DesignationService.MAX_FILE_BYTES + 1);
            }
            catch (IOException e) {
                access(ui, () -> failed("The upload was interrupted; try again."));
                return;
            }
            access(ui, () -> received(name, data));
        });
        upload.setId("designation-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) DesignationService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".xml", "application/xml", "text/xml");
        upload.setDropLabel(new Span("Drop the UN list's XML file here (at most 50 MB)"));
        upload.addFileRejectedListener(event -> failed("The file was refused: " + event.getErrorMessage()));

        progress.setIndeterminate(true);
        progress.setId("designation-import-progress");
        progressBox.add(progressText, progress);
        progressBox.addClassName("import-progress");
        progressBox.setVisible(false);

        previewBox.setId("designation-preview");
        previewBox.addClassName("designation-preview");
        previewBox.setVisible(false);

        apply.setId("apply-designation-import");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(event -> confirm());

        resultBox.setId("designation-import-result");
        resultBox.addClassName("import-result");
        resultBox.setVisible(false);

        add(new RouterLink("← Designations", DesignationListView.class), title, intro, upload, progressBox, resultBox,
                previewBox);
    }

    /** Tests run the background work on their own thread. */
    void setExecutor(Executor executor) {
        this.executor = executor;
    }

    private void received(String fileName, byte[] data) {
        reset();
        upload.clearFileList();
        if (data.length > DesignationService.MAX_FILE_BYTES) {
            failed("The file is larger than 50 MB; the UN list is about 2 MB.");
            return;
        }
        startWork("Reading " + fileName + " and comparing it with the stored list …");
        var ui = UI.getCurrent();
        runInBackground(() -> {
            try {
                var result = designations.preview(fileName, data);
                access(ui, () -> show(result));
            }
            catch (ValidationException e) {
                access(ui, () -> failed(e.problems()));
            }
            catch (RuntimeException e) {
                log.error("Reading the designation file {} failed", fileName, e);
                access(ui, () -> failed("The file could not be read; nothing was imported. Try again, or ask an "
                        + "administrator to look at the server log."));
            }
        });
    }

    private void show(DesignationImportPlan result) {
        stopWork();
        plan = result;
        previewBox.removeAll();
        var summary = new Span(result.nothingChanged()
                ? "Nothing changed: the file (the list of " + DateFormats.DAY.format(result.generatedOn())
                        + ") matches the stored designations."
                : "The list of " + DateFormats.DAY.format(result.generatedOn()) + ": " + result.summary() + ".");
        summary.setId("designation-preview-summary");
        summary.addClassName("designation-preview-summary");
        previewBox.add(summary);
        previewBox.add(changes("designation-added", "Added", result.added()),
                changes("designation-amended", "Amended", result.amended()),
                changes("designation-delisted", "Delisted", result.delisted()));
        apply.setEnabled(!result.nothingChanged());
        apply.setVisible(!result.nothingChanged());
        previewBox.add(apply);
        previewBox.setVisible(true);
    }

    private static Details changes(String id, String label, List<DesignationImportPlan.Change> changes) {
        var list = new UnorderedList();
        changes.stream().limit(LISTED).forEach(change -> list.add(new ListItem(change.label())));
        if (changes.size() > LISTED) {
            list.add(new ListItem("… and " + (changes.size() - LISTED) + " more"));
        }
        var details = new Details(label + " (" + changes.size() + ")", list);
        details.setId(id);
        details.setOpened(!changes.isEmpty() && changes.size() <= 20);
        details.setEnabled(!changes.isEmpty());
        return details;
    }

    private void confirm() {
        var current = plan;
        if (current == null) {
            return;
        }
        var ui = UI.getCurrent();
        apply.setEnabled(false);
        upload.setVisible(false);
        startWork("Importing: " + current.summary() + " …");
        runInBackground(() -> {
            try {
                var done = designations.apply(current);
                access(ui, () -> imported(done));
            }
            catch (ValidationException e) {
                access(ui, () -> failed(e.problems()));
            }
            catch (RuntimeException e) {
                log.error("The designation import of {} failed", current.fileName(), e);
                access(ui, () -> failed("The import failed and nothing was saved. Try again, or ask an administrator "
                        + "to look at the server log."));
            }
        });
    }

    private void imported(DesignationImportPlan done) {
        stopWork();
        plan = null;
        previewBox.setVisible(false);
        upload.setVisible(true);
        resultBox.removeAll();
        resultBox.getElement().setAttribute("theme", "success");
        resultBox.add(VaadinIcon.CHECK_CIRCLE.create(), new Span("Imported " + done.fileName() + ": " + done.summary() + "."));
        resultBox.setVisible(true);
        Messages.success("Designations imported: " + done.summary() + ".");
    }

    private void failed(String message) {
        failed(List.of(message));
    }

    private void failed(List<String> messages) {
        stopWork();
        upload.setVisible(true);
        apply.setEnabled(plan != null && !plan.nothingChanged());
        resultBox.removeAll();
        resultBox.getElement().setAttribute("theme", "error");
        var list = new UnorderedList();
        messages.forEach(message -> list.add(new ListItem(message)));
        resultBox.add(new H3("The file was not imported"), list);
        resultBox.setVisible(true);
    }

    private void reset() {
        plan = null;
        previewBox.setVisible(false);
        resultBox.setVisible(false);
        upload.setVisible(true);
    }

    private void startWork(String text) {
        progressText.setText(text);
        progressBox.setVisible(true);
        UI.getCurrent().setPollInterval(POLL_MILLIS);
    }

    private void stopWork() {
        progressBox.setVisible(false);
        UI.getCurrent().setPollInterval(-1);
    }

    private void runInBackground(Runnable task) {
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
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
            log.debug("The designation import page was closed before the work finished");
        }
    }

}
