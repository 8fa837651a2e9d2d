package org.transferwatch.sanctions.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.DateFields;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.ProblemMarks;
import org.transferwatch.sanctions.CatalogueService;
import org.transferwatch.sanctions.Instrument;
import org.transferwatch.sanctions.InstrumentDraft;
import org.transferwatch.sanctions.Issuer;
import org.transferwatch.sanctions.Regime;

/** Adds or edits an instrument: who issued it, its short and full title, adoption date, official text, regime. */
final class InstrumentDialog {

    private InstrumentDialog() {
    }

    static Dialog create(CatalogueService catalogue, Runnable saved) {
        return open(catalogue, null, saved);
    }

    static Dialog edit(CatalogueService catalogue, Instrument instrument, Runnable saved) {
        return open(catalogue, instrument, saved);
    }

    private static Dialog open(CatalogueService catalogue, @Nullable Instrument instrument, Runnable saved) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(instrument == null ? "New instrument" : "Edit " + instrument.shortTitle());
        var issuer = new Select<String>();
        issuer.setLabel("Issuer");
        issuer.setId("instrument-issuer");
        issuer.setItems(catalogue.issuers().stream().filter(i -> !i.retired()).map(Issuer::code).toList());
        var shortTitle = new TextField("Short title");
        shortTitle.setId("instrument-short-title");
        shortTitle.setMaxLength(InstrumentDraft.MAX_SHORT_TITLE);
        shortTitle.setHelperText("As it is cited, e.g. UNSCR 2397 (2017)");
        var title = new TextArea("Full title");
        title.setId("instrument-title");
        title.setMaxLength(InstrumentDraft.MAX_TITLE);
        var adopted = DateFields.day("Adopted on");
        // Dates as the provision form takes them, the same in every browser's locale.
        adopted.setId("instrument-adopted");
        var url = new TextField("Official text (URL)");
        url.setId("instrument-url");
        url.setMaxLength(2_000);
        var regime = new Select<String>();
        regime.setLabel("Regime");
        regime.setId("instrument-regime");
        var regimes = catalogue.regimes();
        regime.setItems(regimes.stream().map(Regime::code).toList());
        regime.setItemLabelGenerator(code -> regimes.stream().filter(r -> r.code().equals(code)).findFirst()
            .map(r -> r.name() + " (" + r.issuerCode() + ")").orElse("None"));
        regime.setEmptySelectionAllowed(true);
        regime.setEmptySelectionCaption("None");
        if (instrument != null) {
            issuer.setValue(instrument.issuerCode());
            shortTitle.setValue(instrument.shortTitle());
            title.setValue(instrument.title() == null ? "" : instrument.title());
            adopted.setValue(instrument.adoptedOn());
            url.setValue(instrument.url() == null ? "" : instrument.url());
            regime.setValue(instrument.regimeCode());
        }
        var form = new FormLayout(issuer, shortTitle, title, adopted, url, regime);
        form.setColspan(title, 2);
        form.setColspan(url, 2);
        dialog.add(form);
        dialog.setWidth("40rem");
        Map<Problem.Field, HasValidation> fields = Map.of(InstrumentDraft.Field.ISSUER, issuer,
                InstrumentDraft.Field.SHORT_TITLE, shortTitle, InstrumentDraft.Field.TITLE, title,
                InstrumentDraft.Field.ADOPTED_ON, adopted, InstrumentDraft.Field.URL, url, InstrumentDraft.Field.REGIME,
                regime);
        var save = new Button("Save", event -> {
            var draft = new InstrumentDraft(issuer.getValue(), shortTitle.getValue(), title.getValue(),
                    adopted.getValue(), url.getValue(), regime.getValue());
            try {
                if (instrument == null) {
                    catalogue.createInstrument(draft);
                }
                else {
                    catalogue.updateInstrument(instrument.id(), draft, instrument.version());
                }
                Messages.success(draft.cleaned().shortTitle() + " saved.");
                dialog.close();
                saved.run();
            }
            catch (ValidationException e) {
                ProblemMarks.mark(fields, e);
            }
            catch (ConcurrentEditException | NotFoundException e) {
                Messages.error(e.getMessage());
            }
        });
        save.setId("instrument-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

}
