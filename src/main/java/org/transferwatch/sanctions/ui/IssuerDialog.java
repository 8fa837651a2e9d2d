package org.transferwatch.sanctions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.sanctions.CatalogueService;
import org.transferwatch.sanctions.Issuer;
import org.transferwatch.sanctions.IssuerDraft;

/** Adds or edits an issuer: its code, name and the states whose persons and territory its measures bind. */
final class IssuerDialog {

    private IssuerDialog() {
    }

    static Dialog create(CatalogueService catalogue, CountryService countries, Runnable saved) {
        return open(catalogue, countries, null, saved);
    }

    static Dialog edit(CatalogueService catalogue, CountryService countries, Issuer issuer, Runnable saved) {
        return open(catalogue, countries, issuer, saved);
    }

    private static Dialog open(CatalogueService catalogue, CountryService countries, @Nullable Issuer issuer,
            Runnable saved) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(issuer == null ? "New issuer" : "Edit " + issuer.name());
        var code = new TextField("Code");
        code.setId("issuer-code");
        code.setMaxLength(10);
        code.setHelperText("2 to 10 letters, e.g. CA");
        var name = new TextField("Name");
        name.setId("issuer-name");
        name.setMaxLength(200);
        var all = countries.search("", 0, 10_000);
        var jurisdiction = new MultiSelectComboBox<Country>("States its measures bind");
        jurisdiction.setId("issuer-jurisdiction");
        jurisdiction.setItems(all);
        jurisdiction.setItemLabelGenerator(Country::name);
        jurisdiction.setHelperText("None for a measure that binds every state, as the UN's do");
        if (issuer != null) {
            code.setValue(issuer.code());
            code.setReadOnly(true);
            name.setValue(issuer.name());
            jurisdiction.setValue(all.stream().filter(c -> issuer.jurisdiction().contains(c.code())).toList());
        }
        var form = new FormLayout(code, name, jurisdiction);
        form.setColspan(jurisdiction, 2);
        dialog.add(form);
        dialog.setWidth("36rem");
        var save = new Button("Save", event -> {
            var draft = new IssuerDraft(code.getValue(), name.getValue(),
                    jurisdiction.getValue().stream().map(Country::code).sorted().toList());
            try {
                if (issuer == null) {
                    catalogue.createIssuer(draft);
                }
                else {
                    catalogue.updateIssuer(issuer.code(), draft, issuer.version());
                }
                Messages.success("Issuer " + draft.cleaned().code() + " saved.");
                dialog.close();
                saved.run();
            }
            catch (ValidationException e) {
                code.setInvalid(false);
                name.setInvalid(false);
                jurisdiction.setInvalid(false);
                for (var problem : e.problemsWithFields()) {
                    var field = problem.field() == IssuerDraft.Field.CODE ? code
                            : problem.field() == IssuerDraft.Field.NAME ? name : null;
                    if (field != null) {
                        field.setInvalid(true);
                        field.setErrorMessage(problem.message());
                    }
                    else {
                        jurisdiction.setInvalid(true);
                        jurisdiction.setErrorMessage(problem.message());
                    }
                }
            }
            catch (ConcurrentEditException | NotFoundException e) {
                Messages.error(e.getMessage());
            }
        });
        save.setId("issuer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
        return dialog;
    }


}
