package org.transferwatch.transfer;

import java.util.List;
import java.util.Locale;

import org.transferwatch.base.ValidationException;

/**
 * The Admiralty (NATO) grade of a claim: how reliable its source is (A-F) and how credible the
 * information is (1-6), e.g. B2 "usually reliable, probably true".
 */
public record AdmiraltyGrade(char reliability, int credibility) {

    public static final List<String> RELIABILITY_WORDS = List.of("Completely reliable", "Usually reliable",
            "Fairly reliable", "Not usually reliable", "Unreliable", "Reliability cannot be judged");

    public static final List<String> CREDIBILITY_WORDS = List.of("Confirmed by other sources", "Probably true",
            "Possibly true", "Doubtful", "Improbable", "Truth cannot be judged");

    public AdmiraltyGrade {
        if (reliability < 'A' || reliability > 'F') {
            throw new ValidationException("Source reliability must be one of A to F.");
        }
        if (credibility < 1 || credibility > 6) {
            throw new ValidationException("Information credibility must be one of 1 to 6.");
        }
    }

    /** Parses "B2"; refuses anything else with a message. */
    public static AdmiraltyGrade parse(String code) {
        var text = code.strip().toUpperCase(Locale.ROOT);
        // By hand, not String.matches: an import parses a grade per row, and matches compiles its pattern each time.
        if (text.length() != 2 || text.charAt(0) < 'A' || text.charAt(0) > 'F' || text.charAt(1) < '1'
                || text.charAt(1) > '6') {
            throw new ValidationException("\"" + code + "\" is not an Admiralty grade: use a letter A-F and a digit 1-6, e.g. B2.");
        }
        return new AdmiraltyGrade(text.charAt(0), text.charAt(1) - '0');
    }

    public String code() {
        return "" + reliability + credibility;
    }

    public String reliabilityWords() {
        return RELIABILITY_WORDS.get(reliability - 'A');
    }

    public String credibilityWords() {
        return CREDIBILITY_WORDS.get(credibility - 1);
    }

    /** "B2 — usually reliable, probably true". */
    public String description() {
        return code() + " — " + reliabilityWords().toLowerCase(Locale.ROOT) + ", "
                + credibilityWords().toLowerCase(Locale.ROOT);
    }

}
