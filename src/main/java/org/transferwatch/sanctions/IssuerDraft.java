package org.transferwatch.sanctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;

/** An issuer as staff enter it: a short code (e.g. "CA"), its name, and the states its measures bind. */
public record IssuerDraft(@Nullable String code, @Nullable String name, List<String> jurisdiction) {

    /** The fields a problem of an issuer belongs to. */
    public enum Field implements Problem.Field {
        CODE, NAME, JURISDICTION
    }

    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (code == null || !code.strip().toUpperCase(Locale.ROOT).matches("[A-Z]{2,10}")) {
            problems.add(Field.CODE.problem("The code is 2 to 10 letters, e.g. \"CA\" or \"AU\"."));
        }
        if (name == null || name.isBlank()) {
            problems.add(Field.NAME.problem("Enter the issuer's name, e.g. \"Canada\"."));
        }
        else if (name.strip().length() > 200) {
            problems.add(Field.NAME.problem("The name is limited to 200 characters."));
        }
        return problems;
    }

    public IssuerDraft cleaned() {
        return new IssuerDraft(code == null ? null : code.strip().toUpperCase(Locale.ROOT),
                name == null ? null : name.strip(), jurisdiction.stream().distinct().toList());
    }

}
