package org.transferwatch.sanctions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;

/** An instrument as staff enter it. */
public record InstrumentDraft(@Nullable String issuerCode, @Nullable String shortTitle, @Nullable String title,
        @Nullable LocalDate adoptedOn, @Nullable String url, @Nullable String regimeCode) {

    public static final int MAX_SHORT_TITLE = 200;

    public static final int MAX_TITLE = 1_000;

    /** The fields a problem of an instrument belongs to. */
    public enum Field implements Problem.Field {
        ISSUER, SHORT_TITLE, TITLE, ADOPTED_ON, URL, REGIME
    }

    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (issuerCode == null) {
            problems.add(Field.ISSUER.problem("Choose who issued the instrument."));
        }
        if (shortTitle == null || shortTitle.isBlank()) {
            problems.add(Field.SHORT_TITLE.problem("Enter the short title it is cited by, e.g. \"UNSCR 2397 (2017)\"."));
        }
        else if (shortTitle.strip().length() > MAX_SHORT_TITLE) {
            problems.add(Field.SHORT_TITLE.problem("The short title is limited to " + MAX_SHORT_TITLE + " characters."));
        }
        if (title != null && title.strip().length() > MAX_TITLE) {
            problems.add(Field.TITLE.problem("The title is limited to 1,000 characters."));
        }
        if (url != null && !url.isBlank() && !url.strip().matches("https?://\\S{1,1990}")) {
            problems.add(Field.URL.problem("The URL must be a web address starting with http:// or https://, such as"
                    + " https://eur-lex.europa.eu/eli/reg/2014/833/oj."));
        }
        return problems;
    }

    public InstrumentDraft cleaned() {
        return new InstrumentDraft(issuerCode, strip(shortTitle), strip(title), adoptedOn, strip(url), regimeCode);
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
