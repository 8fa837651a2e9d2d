package org.transferwatch.sanctions.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.DateFields;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.ProblemMarks;
import org.transferwatch.category.Category;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountrySearch;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.sanctions.Binding;
import org.transferwatch.sanctions.Conduct;
import org.transferwatch.sanctions.Instrument;
import org.transferwatch.sanctions.ProvisionDraft;
import org.transferwatch.sanctions.ScopeRow;

/**
 * A provision's fields and scope as staff edit them. It touches no data: the view gives it the instruments,
 * categories and state look-ups, reads {@link #draft()} and shows the service's problems with {@link #show}.
 */
class ProvisionForm extends FormLayout {

    final ComboBox<Instrument> instrument = new ComboBox<>("Instrument");

    final TextField paragraph = new TextField("Paragraph or article");

    final TextArea summary = new TextArea("Summary");

    final TextField url = new TextField("Official text (URL)");

    final Checkbox verified = new Checkbox("Paragraph checked against the official text");

    final RadioButtonGroup<Conduct> conduct = new RadioButtonGroup<>("What it does");

    final RadioButtonGroup<Binding> binding = new RadioButtonGroup<>("Whom it binds");

    final CheckboxGroup<String> kinds = new CheckboxGroup<>("Kinds of goods");

    final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>("Categories");

    final TextArea goodsTerms = new TextArea("Goods named in the text");

    final ScopeField scope;

    final DatePicker appliesFrom = DateFields.day("Applies from");

    final DatePicker appliesUntil = DateFields.day("Applies until");

    private final List<Category> allCategories;

    ProvisionForm(List<Instrument> instruments, List<Category> allCategories, CountrySearch countrySearch,
            Function<String, @Nullable Country> countryByCode) {
        this.allCategories = allCategories;
        instrument.setId("provision-instrument");
        instrument.setItems(instruments);
        instrument.setItemLabelGenerator(Instrument::shortTitle);
        instrument.setRequiredIndicatorVisible(true);
        paragraph.setId("provision-paragraph");
        paragraph.setMaxLength(ProvisionDraft.MAX_PARAGRAPH);
        paragraph.setHelperText("As cited, e.g. para 5, Art 2a, sec 1(a)(i)");
        paragraph.setRequiredIndicatorVisible(true);
        summary.setId("provision-summary-field");
        summary.setMaxLength(ProvisionDraft.MAX_SUMMARY);
        summary.setHelperText("In plain words: what it prohibits, for whom, and any exception");
        summary.setRequiredIndicatorVisible(true);
        url.setId("provision-url");
        url.setMaxLength(ProvisionDraft.MAX_URL);
        verified.setId("provision-verified");
        conduct.setId("provision-conduct");
        conduct.setItems(Conduct.values());
        conduct.setItemLabelGenerator(Conduct::label);
        conduct.setValue(Conduct.PROHIBITION);
        conduct.setHelperText("A power to designate is never suggested from scope: it needs a designated party");
        binding.setId("provision-binding");
        binding.setItems(Binding.values());
        binding.setItemLabelGenerator(Binding::label);
        binding.setValue(Binding.ALL_STATES);
        binding.setHelperText("The issuer's states are listed under Issuers");
        kinds.setId("provision-kinds");
        kinds.setItems(ProvisionDraft.KINDS);
        kinds.setItemLabelGenerator(CatalogueLabels::kind);
        categories.setId("provision-categories");
        categories.setItems((candidate, typed) -> candidate.matches(typed), allCategories);
        categories.setItemLabelGenerator(Category::label);
        categories.setHelperText("None: every category of the goods it covers");
        goodsTerms.setId("provision-goods-terms");
        goodsTerms.setHelperText("One per line or comma-separated, as reporting names them (e.g. diesel, refined"
                + " petroleum). Where goods are named, only transfers whose item names one are suggested it.");
        scope = new ScopeField(countrySearch, countryByCode);
        scope.setId("provision-scope");
        appliesFrom.setId("provision-applies-from");
        appliesFrom.setRequiredIndicatorVisible(true);
        appliesUntil.setId("provision-applies-until");
        appliesUntil.setHelperText("Empty while in force; the day it lapsed, ended or was replaced");
        add(instrument, paragraph, summary, url, verified, conduct, binding, kinds, categories, goodsTerms, scope,
                appliesFrom, appliesUntil);
        setColspan(summary, 2);
        setColspan(url, 2);
        setColspan(verified, 2);
        setColspan(goodsTerms, 2);
        setColspan(scope, 2);
        setColspan(categories, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
    }

    /** Offers the instrument too, if it is not among the choices (a retired one, for a provision under it). */
    void offer(Instrument current) {
        var choices = new ArrayList<>(instrument.getListDataView().getItems().toList());
        if (choices.stream().noneMatch(i -> i.id() == current.id())) {
            choices.add(current);
            instrument.setItems(choices);
        }
    }

    void setDraft(ProvisionDraft draft) {
        instrument.setValue(draft.instrumentId() == null ? null : instrument.getListDataView().getItems()
            .filter(i -> i.id() == draft.instrumentId()).findFirst().orElse(null));
        paragraph.setValue(draft.paragraph() == null ? "" : draft.paragraph());
        summary.setValue(draft.summary() == null ? "" : draft.summary());
        url.setValue(draft.url() == null ? "" : draft.url());
        verified.setValue(draft.citationVerified());
        conduct.setValue(draft.conduct());
        binding.setValue(draft.binding());
        kinds.setValue(new LinkedHashSet<>(draft.kinds()));
        categories.setValue(allCategories.stream().filter(c -> draft.categoryCodes().contains(c.code())).toList());
        goodsTerms.setValue(String.join("\n", draft.goodsTerms()));
        scope.setValue(draft.scope());
        appliesFrom.setValue(draft.appliesFrom());
        appliesUntil.setValue(draft.appliesUntil());
    }

    ProvisionDraft draft() {
        var terms = Arrays.stream(goodsTerms.getValue().split("[,\\n]")).map(String::strip).filter(t -> !t.isEmpty())
            .toList();
        return new ProvisionDraft(instrument.getValue() == null ? null : instrument.getValue().id(), paragraph.getValue(),
                summary.getValue(), url.getValue(), verified.getValue(), conduct.getValue(), binding.getValue(),
                ProvisionDraft.KINDS.stream().filter(kinds.getValue()::contains).toList(),
                categories.getValue().stream().map(Category::code).sorted().toList(), terms, scope.getValue(),
                appliesFrom.getValue(), appliesUntil.getValue());
    }

    /** Marks the fields the problems belong to; a problem that belongs to none is shown as a message. */
    void show(ValidationException e) {
        Map<Problem.Field, HasValidation> fields = Map.ofEntries(Map.entry(ProvisionDraft.Field.INSTRUMENT, instrument),
                Map.entry(ProvisionDraft.Field.PARAGRAPH, paragraph), Map.entry(ProvisionDraft.Field.SUMMARY, summary),
                Map.entry(ProvisionDraft.Field.URL, url), Map.entry(ProvisionDraft.Field.CONDUCT, conduct),
                Map.entry(ProvisionDraft.Field.BINDING, binding), Map.entry(ProvisionDraft.Field.KINDS, kinds),
                Map.entry(ProvisionDraft.Field.CATEGORIES, categories),
                Map.entry(ProvisionDraft.Field.GOODS_TERMS, goodsTerms), Map.entry(ProvisionDraft.Field.SCOPE, scope),
                Map.entry(ProvisionDraft.Field.APPLIES_FROM, appliesFrom),
                Map.entry(ProvisionDraft.Field.APPLIES_UNTIL, appliesUntil));
        ProblemMarks.mark(fields, e);
    }

    /** The pairs of states a provision concerns, one line each: supplier and recipient, either left as any state. */
    static class ScopeField extends CustomField<List<ScopeRow>> {

        private final CountrySearch countrySearch;

        private final Function<String, @Nullable Country> countryByCode;

        private final VerticalLayout lines = new VerticalLayout();

        private final List<Line> current = new ArrayList<>();

        record Line(CountryField supplier, CountryField recipient, HorizontalLayout row) {
        }

        ScopeField(CountrySearch countrySearch, Function<String, @Nullable Country> countryByCode) {
            this.countrySearch = countrySearch;
            this.countryByCode = countryByCode;
            setLabel("States (supplier → recipient)");
            setHelperText("Each line: goods from the supplier to the recipient; leave one side empty for any state");
            lines.setPadding(false);
            lines.setSpacing(false);
            var add = new Button("Add a line", event -> addLine(null));
            add.setId("scope-add-line");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var layout = new VerticalLayout(lines, add);
            layout.setPadding(false);
            add(layout);
            addLine(null);
        }

        private void addLine(@Nullable ScopeRow row) {
            var supplier = new CountryField("From", countrySearch);
            supplier.setPlaceholder("Any state");
            supplier.addClassName("scope-supplier");
            var recipient = new CountryField("To", countrySearch);
            recipient.setPlaceholder("Any state");
            recipient.addClassName("scope-recipient");
            if (row != null) {
                supplier.setValue(row.supplierCode() == null ? null : countryByCode.apply(row.supplierCode()));
                recipient.setValue(row.recipientCode() == null ? null : countryByCode.apply(row.recipientCode()));
            }
            var arrow = new Span("→");
            var hbox = new HorizontalLayout(supplier, arrow, recipient);
            var line = new Line(supplier, recipient, hbox);
            var remove = new Button("Remove", event -> {
                current.remove(line);
                lines.remove(hbox);
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            hbox.add(remove);
            hbox.setAlignItems(FlexComponent.Alignment.BASELINE);
            supplier.addValueChangeListener(event -> updateValue());
            recipient.addValueChangeListener(event -> updateValue());
            current.add(line);
            lines.add(hbox);
        }

        @Override
        protected List<ScopeRow> generateModelValue() {
            return current.stream()
                .filter(line -> line.supplier().getValue() != null || line.recipient().getValue() != null)
                .map(line -> new ScopeRow(code(line.supplier().getValue()), code(line.recipient().getValue())))
                .toList();
        }

        @Override
        protected void setPresentationValue(List<ScopeRow> rows) {
            current.clear();
            lines.removeAll();
            if (rows == null || rows.isEmpty()) {
                addLine(null);
                return;
            }
            rows.forEach(this::addLine);
        }

        private static @Nullable String code(@Nullable Country country) {
            return country == null ? null : country.code();
        }

    }

}
