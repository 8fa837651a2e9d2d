package org.transferwatch.source.ui;

import java.util.List;
import java.util.regex.Pattern;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.DateFields;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;

/**
 * What a user fills in to add a source: its text and metadata. It touches no data: as text is pasted
 * it suggests a title (the first sentence) and a publisher (a closing "Source: ..." line), and it fires
 * {@link SaveEvent}, saying whether the user wants the assistant to read the source next.
 */
public class SourceForm extends VerticalLayout {

    private static final Pattern SOURCE_LINE = Pattern.compile("(?im)^\\s*(?:source|sources|credit|via)\\s*:\\s*(.{2,120}?)\\s*$");

    final TextArea content = new TextArea("Text");

    final TextField title = new TextField("Title");

    final TextField publisher = new TextField("Publisher");

    final TextField author = new TextField("Author or speaker");

    final TextField url = new TextField("URL");

    final DatePicker publishedOn = DateFields.day("Published");

    final TextField language = new TextField("Language");

    final Select<SourceKind> kind = new Select<>();

    final Button addAndRead = new Button("Add and read it with the assistant", VaadinIcon.MAGIC.create());

    final Button add = new Button("Add to the library");

    final Button cancel = new Button("Cancel");

    private final UnorderedList problems = new UnorderedList();

    private final Div problemBox = new Div();

    private boolean titleSuggested;

    private boolean publisherSuggested;

    public SourceForm() {
        addClassName("source-form");
        setPadding(false);
        content.setId("source-content");
        title.setId("source-title");
        publisher.setId("source-publisher");
        author.setId("source-author");
        url.setId("source-url");
        publishedOn.setId("source-published");
        language.setId("source-language");
        kind.setId("source-kind");
        addAndRead.setId("source-add-and-read");
        add.setId("source-add");
        cancel.setId("source-cancel");

        content.setPlaceholder("Paste the article, statement or report excerpt here");
        TextLimits.limit(content, NewSource.MAX_CONTENT);
        content.setWidthFull();
        content.addClassName("source-content");
        content.setHelperText("The assistant reads this text; duplicates are recognised by their text or URL.");
        content.addValueChangeListener(event -> suggest(event.getValue()));
        TextLimits.limit(title, NewSource.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                titleSuggested = false;
                title.setHelperText(null);
            }
        });
        TextLimits.limit(publisher, NewSource.MAX_NAME);
        publisher.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                publisherSuggested = false;
                publisher.setHelperText(null);
            }
        });
        TextLimits.limit(author, NewSource.MAX_NAME);
        // One more than allowed: a longer address reaches the check, which names the limit, instead of a cut one being saved.
        url.setMaxLength(NewSource.MAX_URL + 1);
        url.setPlaceholder("https://…");
        publishedOn.setHelperText("Needed to resolve “last year”, “in July”");
        language.setMaxLength(3);
        language.setPlaceholder("en");
        language.setValue("en");
        kind.setLabel("Kind");
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(SourceKind::label);
        kind.setValue(SourceKind.NEWS_ARTICLE);

        problemBox.setId("source-problems");
        problemBox.addClassName("form-problems");
        problemBox.add(new Span("Please correct the following:"), problems);
        problemBox.setVisible(false);

        var metadata = new FormLayout();
        metadata.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("20em", 2));
        metadata.add(title, 2);
        metadata.add(publisher, 2);
        metadata.add(author, 2);
        metadata.add(publishedOn, kind);
        metadata.add(url, 2);
        metadata.add(language);
        metadata.addClassName("source-metadata");

        addAndRead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAndRead.addClickListener(event -> fireEvent(new SaveEvent(this, getSource(), true)));
        add.addClickListener(event -> fireEvent(new SaveEvent(this, getSource(), false)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
        var buttons = new HorizontalLayout(addAndRead, add, cancel);
        buttons.addClassName("form-buttons");
        buttons.setWrap(true);
        var side = new Div(metadata, buttons);
        side.addClassName("source-form-side");
        var body = new Div(content, side);
        body.addClassName("source-form-body");
        add(problemBox, body);
    }

    /** Fills an empty title and publisher from the pasted text, and says so; the user's own words are kept. */
    private void suggest(String text) {
        if (title.isEmpty() || titleSuggested) {
            var suggestion = suggestTitle(text);
            title.setValue(suggestion);
            titleSuggested = !suggestion.isEmpty();
            title.setHelperText(titleSuggested ? "Suggested from the first sentence: edit it" : null);
        }
        if (publisher.isEmpty() || publisherSuggested) {
            var matcher = SOURCE_LINE.matcher(text);
            String found = null;
            while (matcher.find()) {
                found = matcher.group(1);
            }
            publisher.setValue(found == null ? "" : found);
            publisherSuggested = found != null;
            publisher.setHelperText(publisherSuggested ? "From the “Source:” line" : null);
        }
    }

    /** The first sentence, shortened at a word to at most 120 characters. */
    static String suggestTitle(String text) {
        var firstLine = text.strip().lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
        var end = firstLine.length();
        for (int i = 0; i + 1 < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && firstLine.charAt(i + 1) == ' ' && i > 20) {
                end = i;
                break;
            }
        }
        var sentence = firstLine.substring(0, end).strip();
        if (sentence.length() <= 120) {
            return sentence;
        }
        var cut = sentence.lastIndexOf(' ', 118);
        return sentence.substring(0, cut > 40 ? cut : 118).replaceAll("[\\s,;:–-]+$", "") + "…";
    }

    public NewSource getSource() {
        return new NewSource(kind.getValue() == null ? SourceKind.OTHER : kind.getValue(), title.getValue(),
                blankToNull(publisher.getValue()), blankToNull(author.getValue()), blankToNull(url.getValue()),
                publishedOn.getValue(), blankToNull(language.getValue()), blankToNull(content.getValue()));
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    /**
     * Shows the problems the service found and marks each field a problem belongs to, by the problem's
     * key: the first problem of a field is its error message. Problems of no field are listed only.
     */
    public void showProblems(List<Problem> found) {
        problems.removeAll();
        found.forEach(problem -> problems.add(new ListItem(problem.message())));
        problemBox.setVisible(!found.isEmpty());
        for (var key : NewSource.Field.values()) {
            var message = found.stream().filter(problem -> problem.isOf(key)).map(Problem::message).findFirst();
            var field = field(key);
            field.setInvalid(message.isPresent());
            field.setErrorMessage(message.orElse(null));
        }
    }

    /** The field that shows a problem of the key. */
    private HasValidation field(NewSource.Field key) {
        return switch (key) {
            case KIND -> kind;
            case TITLE -> title;
            case PUBLISHER -> publisher;
            case AUTHOR -> author;
            case URL -> url;
            case PUBLISHED_ON -> publishedOn;
            case LANGUAGE -> language;
            case CONTENT -> content;
        };
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user adds the source, and perhaps wants it read by the assistant next. */
    public static class SaveEvent extends ComponentEvent<SourceForm> {

        private final NewSource source;

        private final boolean read;

        SaveEvent(SourceForm form, NewSource source, boolean read) {
            super(form, false);
            this.source = source;
            this.read = read;
        }

        public NewSource source() {
            return source;
        }

        public boolean read() {
            return read;
        }

    }

    public static class CancelEvent extends ComponentEvent<SourceForm> {

        CancelEvent(SourceForm form) {
            super(form, false);
        }

    }

}
