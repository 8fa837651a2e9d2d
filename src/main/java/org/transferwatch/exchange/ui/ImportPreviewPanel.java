package org.transferwatch.exchange.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.exchange.ImportPreview;
import org.transferwatch.exchange.ImportRow;
import org.transferwatch.transfer.AdmiraltyGrade;

/**
 * The preview of a file read and checked: a summary, every problem, the state names to map to
 * countries, the grade of a dataset's claims and the rows; the user maps the names and then confirms
 * the import or cancels it. It writes nothing: confirming hands the preview, as mapped, to the page.
 */
class ImportPreviewPanel extends VerticalLayout {

    /** Problems listed on the page; the rest are counted. */
    static final int LISTED_PROBLEMS = 200;

    private final CountryService countries;

    private final Span summary = new Span();

    private final Div problemsBox = new Div();

    private final Div namesBox = new Div();

    private final Select<String> grade = new Select<>();

    private final Grid<ImportRow> grid = new Grid<>();

    private final Button confirm = new Button("Import");

    private final Button cancel = new Button("Cancel");

    private final Map<String, String> mapping = new LinkedHashMap<>();

    private @Nullable ImportPreview read;

    private @Nullable ImportPreview preview;

    /**
     * @param onConfirm given the preview as mapped, when the user confirms a preview that is ready
     * @param onCancel run when the user cancels
     */
    ImportPreviewPanel(CountryService countries, Consumer<ImportPreview> onConfirm, Runnable onCancel) {
        this.countries = countries;
        summary.setId("import-summary");
        summary.addClassName("import-summary");
        problemsBox.setId("import-problems");
        problemsBox.addClassName("import-problems");
        namesBox.setId("import-names");
        namesBox.addClassName("import-names");
        configureGrade();
        configureGrid();
        confirm.setId("confirm-import");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> {
            var current = preview;
            if (current != null && current.ready()) {
                onConfirm.accept(current);
            }
        });
        cancel.setId("cancel-import");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(event -> onCancel.run());
        var actions = new HorizontalLayout(confirm, cancel);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(summary, problemsBox, namesBox, grade, grid, actions);
        setPadding(false);
        setVisible(false);
    }

    private void configureGrade() {
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

    /** Shows a file just read, with no names mapped yet and the default grade. */
    void show(ImportPreview result) {
        read = result;
        mapping.clear();
        preview = result;
        grade.setValue(ImportPreview.DEFAULT_DATASET_GRADE.code());
        grade.setVisible(result.datasetSource() != null);
        grid.setItems(result.rows());
        showNames();
        refresh();
        setVisible(true);
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
        var parties = current.partiesGiven();
        var legs = current.shipmentsGiven();
        summary.setText(current.fileName() + " — " + current.format().label() + ": " + count(rows, "row")
                + (parties + legs == 0 ? "" : " giving " + count(parties, "party role") + " and " + count(legs, "shipment"))
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

    /** While the import runs: neither confirm nor cancel. */
    void lock() {
        confirm.setEnabled(false);
        cancel.setEnabled(false);
    }

    /** After a failure: cancel again, and confirm if the preview is still ready. */
    void unlock() {
        cancel.setEnabled(true);
        if (preview != null) {
            confirm.setEnabled(preview.ready());
        }
    }

    /** After the import: hidden, the preview forgotten. */
    void close() {
        setVisible(false);
        read = null;
        preview = null;
    }

    /** Before another file: hidden and empty, no names mapped. */
    void clear() {
        read = null;
        preview = null;
        mapping.clear();
        setVisible(false);
        cancel.setEnabled(true);
        grid.setItems(List.of());
    }

    /** The preview on the page, as mapped so far. */
    @Nullable ImportPreview preview() {
        return preview;
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

    /** "1 row", "1,204 rows". */
    static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

}
