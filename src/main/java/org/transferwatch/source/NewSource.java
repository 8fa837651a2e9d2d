package org.transferwatch.source;

import java.time.LocalDate;
import java.util.ArrayList;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;

/** What a user enters to add a source; each problem of it names the {@link Field} it belongs to. */
public record NewSource(SourceKind kind, String title, @Nullable String publisher, @Nullable String author,
        @Nullable String url, @Nullable LocalDate publishedOn, @Nullable String language, @Nullable String content) {

    public static final int MAX_TITLE = 500;

    public static final int MAX_NAME = 200;

    /** As the database allows (V004); longer addresses are tracking links rather than the source's own. */
    public static final int MAX_URL = 2_000;

    /** A pasted article of a few hundred pages at most; beyond that, paste the relevant excerpt. */
    public static final int MAX_CONTENT = 1_000_000;

    /** The fields a problem of a new source belongs to: the source form marks its field from the key. */
    public enum Field implements Problem.Field {
        KIND, TITLE, PUBLISHER, AUTHOR, URL, PUBLISHED_ON, LANGUAGE, CONTENT
    }

    public void validate() {
        var problems = new ArrayList<Problem>();
        if (title == null || title.isBlank()) {
            problems.add(Field.TITLE.problem("Give the source a title."));
        }
        else if (title.length() > MAX_TITLE) {
            problems.add(Field.TITLE.problem("A title is limited to " + MAX_TITLE + " characters."));
        }
        if (publisher != null && publisher.length() > MAX_NAME) {
            problems.add(Field.PUBLISHER.problem("The publisher is limited to " + MAX_NAME + " characters."));
        }
        if (author != null && author.length() > MAX_NAME) {
            problems.add(Field.AUTHOR.problem("The author is limited to " + MAX_NAME + " characters."));
        }
        if (url != null && url.strip().length() > MAX_URL) {
            problems.add(Field.URL.problem("The URL is limited to " + String.format("%,d", MAX_URL)
                    + " characters; use the address of the page itself, without tracking parameters."));
        }
        else if (url != null && !url.isBlank() && SourceText.normaliseUrl(url).isEmpty()) {
            problems.add(Field.URL.problem("The URL must be a web address starting with http:// or https://, such as"
                    + " https://www.example.org/report, without spaces."));
        }
        if (language != null && !language.isBlank() && !language.matches("[a-z]{2,3}")) {
            problems.add(Field.LANGUAGE.problem("The language is a two- or three-letter code such as en, fr or ko."));
        }
        if (content != null && content.length() > MAX_CONTENT) {
            problems.add(Field.CONTENT.problem("The text is limited to " + String.format("%,d", MAX_CONTENT)
                    + " characters; paste the relevant excerpt."));
        }
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

}
