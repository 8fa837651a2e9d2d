package org.transferwatch.reference.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.category.Category;
import org.transferwatch.category.CategoryKeyword;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.ActorKind;
import org.transferwatch.country.Alias;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.security.Role;

/**
 * Reference data that staff keep: the names by which reporting refers to a state or another actor, new
 * non-state and historical actors, and the keywords that find a category. The rules (one country per alias,
 * one category per keyword, the audit) are the services'; every change works at once in the pickers, the
 * links, the import and the intake assistant.
 */
@Route("admin/reference")
@PageTitle("Reference data · TransferWatch")
@Menu(title = "Reference data", order = 91, icon = "vaadin:book")
@RolesAllowed(Role.ADMIN_NAME)
public class ReferenceDataView extends VerticalLayout {

    private final CountryService countries;

    private final CategoryService categories;

    final CountryField country;

    final UnorderedList aliases = new UnorderedList();

    final TextField newAlias = new TextField("New alias");

    final Select<String> aliasKind = new Select<>();

    final Button addAlias = new Button("Add alias");

    final Div aliasProblems = problems("alias-problems");

    final TextField actorName = new TextField("Name");

    final Select<ActorKind> actorKind = new Select<>();

    final TextField actorCode = new TextField("ISO 3166-3 code (historical states only)");

    final Button addActor = new Button("Add actor");

    final Div actorProblems = problems("actor-problems");

    final ComboBox<Category> category = new ComboBox<>("Category");

    final UnorderedList keywords = new UnorderedList();

    final TextField newKeyword = new TextField("New keyword");

    final Button addKeyword = new Button("Add keyword");

    final Div keywordProblems = problems("keyword-problems");

    public ReferenceDataView(CountryService countries, CategoryService categories) {
        this.countries = countries;
        this.categories = categories;
        addClassName("reference-data-view");
        setWidthFull();
        var title = new H1("Reference data");
        title.addClassName("view-title");
        var intro = new Paragraph("Names and keywords added here work at once wherever a state or a category is"
                + " typed: the pickers and filters, links and the API, the CSV import and the intake assistant."
                + " Every change is in the audit log.");

        country = new CountryField("State or actor", countries.asSearch());
        country.setId("reference-country");
        country.setWidth("24rem");
        country.addValueChangeListener(event -> showAliases());
        aliases.setId("country-aliases");
        aliases.addClassName("reference-list");
        newAlias.setId("new-alias");
        newAlias.setMaxLength(200);
        aliasKind.setId("new-alias-kind");
        aliasKind.setLabel("Kind");
        aliasKind.setItems(List.of("name", "abbreviation", "capital", "metonym", "demonym"));
        aliasKind.setItemLabelGenerator(kind -> CountryService.EDITABLE_ALIAS_KINDS.getOrDefault(kind, kind));
        aliasKind.setValue("name");
        addAlias.setId("add-alias");
        addAlias.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAlias.addClickListener(event -> addAlias());
        var aliasRow = row(newAlias, aliasKind, addAlias);

        actorName.setId("actor-name");
        actorName.setMaxLength(200);
        actorName.setPlaceholder("e.g. Wagner Group");
        actorKind.setId("actor-kind");
        actorKind.setLabel("Kind");
        actorKind.setItems(ActorKind.values());
        actorKind.setItemLabelGenerator(ActorKind::label);
        actorKind.setValue(ActorKind.NON_STATE_ACTOR);
        actorCode.setId("actor-code");
        actorCode.setMaxLength(4);
        actorCode.setPlaceholder("e.g. CSHH");
        addActor.setId("add-actor");
        addActor.addClickListener(event -> addActor());

        category.setId("reference-category");
        category.setWidth("24rem");
        category.setItemLabelGenerator(Category::label);
        category.setItems((candidate, typed) -> candidate.matches(typed), categories.findAll());
        category.addValueChangeListener(event -> showKeywords());
        keywords.setId("category-keywords");
        keywords.addClassName("reference-list");
        newKeyword.setId("new-keyword");
        newKeyword.setMaxLength(100);
        addKeyword.setId("add-keyword");
        addKeyword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addKeyword.addClickListener(event -> addKeyword());

        add(title, intro,
                new H3("Aliases of states and actors"), country, aliases, aliasRow, aliasProblems,
                new H3("Add a non-state actor or a historical state"),
                new Paragraph("States of today come with the app. Add armed groups, companies' militias, historical"
                        + " states or organisations that supply or receive goods; add their other names above."),
                row(actorName, actorKind, actorCode, addActor), actorProblems,
                new H3("Keywords of categories"), category, keywords, row(newKeyword, addKeyword), keywordProblems);
        showAliases();
        showKeywords();
    }

    private static HorizontalLayout row(Component... components) {
        var row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private static Div problems(String id) {
        var box = new Div();
        box.setId(id);
        box.addClassName("form-problems");
        box.getElement().setAttribute("role", "alert");
        box.setVisible(false);
        return box;
    }

    private static void show(Div box, @Nullable String problem) {
        box.setText(problem == null ? "" : problem);
        box.setVisible(problem != null);
    }

    private void showAliases() {
        aliases.removeAll();
        var chosen = country.getValue();
        newAlias.setEnabled(chosen != null);
        addAlias.setEnabled(chosen != null);
        if (chosen == null) {
            aliases.add(new ListItem("Choose a state or actor to see its aliases."));
            return;
        }
        for (var alias : countries.aliasesOf(chosen.code())) {
            aliases.add(item(alias.alias(), CountryService.EDITABLE_ALIAS_KINDS.getOrDefault(alias.kind(),
                    kindLabel(alias.kind())), "Remove the alias " + alias.alias(), () -> removeAlias(alias)));
        }
    }

    private static String kindLabel(String kind) {
        return Map.of("iso_code", "ISO code", "register_name", "SIPRI register name").getOrDefault(kind, kind);
    }

    private ListItem item(String text, String detail, String removeLabel, Runnable remove) {
        var word = new Span(text);
        word.addClassName("reference-word");
        var kind = new Span(detail);
        kind.addClassName("reference-kind");
        var button = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> remove.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(removeLabel);
        button.setTooltipText(removeLabel);
        button.addClassName("reference-remove");
        return new ListItem(word, new Span(" · "), kind, button);
    }

    private void addAlias() {
        var chosen = country.getValue();
        if (chosen == null) {
            return;
        }
        try {
            var added = countries.addAlias(chosen.code(), newAlias.getValue(), aliasKind.getValue() == null ? ""
                    : aliasKind.getValue());
            newAlias.clear();
            show(aliasProblems, null);
            showAliases();
            Messages.success("\"" + added.alias() + "\" now names " + chosen.name() + ".");
        }
        catch (ValidationException e) {
            show(aliasProblems, String.join(" ", e.problems()));
        }
    }

    private void removeAlias(Alias alias) {
        try {
            countries.removeAlias(alias.id());
            Messages.success("\"" + alias.alias() + "\" no longer names " + nameOf(country.getValue()) + ".");
        }
        catch (NotFoundException e) {
            Messages.warning(e.getMessage());
        }
        showAliases();
    }

    private static String nameOf(@Nullable Country chosen) {
        return chosen == null ? "the country" : chosen.name();
    }

    private void addActor() {
        try {
            var added = countries.addActor(actorName.getValue(), actorKind.getValue() == null
                    ? ActorKind.NON_STATE_ACTOR : actorKind.getValue(), actorCode.getValue());
            actorName.clear();
            actorCode.clear();
            show(actorProblems, null);
            country.setValue(added);
            Messages.success("Added " + added.label() + ". Add its other names under Aliases.");
        }
        catch (ValidationException e) {
            show(actorProblems, String.join(" ", e.problems()));
        }
    }

    private void showKeywords() {
        keywords.removeAll();
        var chosen = category.getValue();
        newKeyword.setEnabled(chosen != null);
        addKeyword.setEnabled(chosen != null);
        if (chosen == null) {
            keywords.add(new ListItem("Choose a category to see its keywords."));
            return;
        }
        var of = categories.keywords().stream().filter(k -> k.categoryCode().equals(chosen.code())).toList();
        if (of.isEmpty()) {
            keywords.add(new ListItem("No keywords yet."));
        }
        for (var keyword : of) {
            keywords.add(item(keyword.keyword(), keyword.addedByStaff() ? "added by staff" : "shipped",
                    "Remove the keyword " + keyword.keyword(), () -> removeKeyword(keyword)));
        }
    }

    private void addKeyword() {
        var chosen = category.getValue();
        if (chosen == null) {
            return;
        }
        try {
            var added = categories.addKeyword(chosen.code(), newKeyword.getValue());
            newKeyword.clear();
            show(keywordProblems, null);
            showKeywords();
            Messages.success("\"" + added.keyword() + "\" now finds " + chosen.label() + ".");
        }
        catch (ValidationException e) {
            show(keywordProblems, String.join(" ", e.problems()));
        }
    }

    private void removeKeyword(CategoryKeyword keyword) {
        try {
            categories.removeKeyword(keyword.id());
            Messages.success("\"" + keyword.keyword() + "\" no longer finds " + keyword.categoryCode() + ".");
        }
        catch (NotFoundException e) {
            Messages.warning(e.getMessage());
        }
        showKeywords();
    }

}
