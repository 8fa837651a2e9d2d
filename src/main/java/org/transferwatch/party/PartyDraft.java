package org.transferwatch.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.ImoNumbers;
import org.transferwatch.base.Problem;

/**
 * A party as an analyst enters it: what it is, its name and the other names reporting uses, its country (a
 * vessel's current flag), its numbers, and for a vessel the flags it flew.
 *
 * @param aliases former names, transliterations and other spellings, each once
 * @param countryCode a company's or body's country, a person's nationality, a vessel's current flag
 */
public record PartyDraft(@Nullable PartyKind kind, @Nullable String name, List<String> aliases,
        @Nullable String countryCode, @Nullable String notes, List<Identifier> identifiers, List<Flag> flags) {

    public static final int MAX_NAME = 300;

    public static final int MAX_NOTES = 4000;

    public static final int MAX_IDENTIFIER = 100;

    public static final int MAX_ALIASES = 100;

    public static final int MAX_IDENTIFIERS = 30;

    public static final int MAX_FLAGS = 50;

    public PartyDraft {
        aliases = List.copyOf(aliases);
        identifiers = List.copyOf(identifiers);
        flags = List.copyOf(flags);
    }

    /** The fields a problem of a party belongs to. */
    public enum Field implements Problem.Field {
        KIND, NAME, ALIASES, COUNTRY, NOTES, IDENTIFIERS, FLAGS
    }

    /** A number the party is identified by, as entered ("IMO 9074729" is cleaned to 9074729). */
    public record Identifier(@Nullable PartyIdentifierKind kind, String value) {

        /** "IMO ship number 9074729". */
        public String label() {
            return (kind == null ? "Number" : kind.label()) + " " + value;
        }

    }

    /** A flag the vessel flew, from and until when (either open when the reporting does not say). */
    public record Flag(@Nullable String countryCode, @Nullable LocalDate from, @Nullable LocalDate until) {
    }

    /** A new, empty party of the kind. */
    public static PartyDraft empty(@Nullable PartyKind kind) {
        return new PartyDraft(kind, null, List.of(), null, null, List.of(), List.of());
    }

    /** Every rule the draft breaks that needs no database, each with its field; the draft must be cleaned. */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (kind == null) {
            problems.add(Field.KIND.problem("Choose what the party is: a company, state body, armed unit, person or vessel."));
        }
        if (name == null || name.isBlank()) {
            problems.add(Field.NAME.problem("Enter the party's name, as reporting gives it."));
        }
        else if (name.length() > MAX_NAME) {
            problems.add(Field.NAME.problem("The name is limited to 300 characters."));
        }
        if (aliases.size() > MAX_ALIASES) {
            problems.add(Field.ALIASES.problem("At most " + MAX_ALIASES + " other names can be given."));
        }
        aliases.stream().filter(alias -> alias.length() > MAX_NAME).findFirst().ifPresent(alias -> problems.add(
                Field.ALIASES.problem("Each other name is limited to 300 characters; \"" + alias.substring(0, 30)
                        + "…\" is longer.")));
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add(Field.NOTES.problem("The notes are limited to 4,000 characters."));
        }
        identifierProblems(problems);
        flagProblems(problems);
        return problems;
    }

    private void identifierProblems(List<Problem> problems) {
        if (identifiers.size() > MAX_IDENTIFIERS) {
            problems.add(Field.IDENTIFIERS.problem("At most " + MAX_IDENTIFIERS + " numbers can be given."));
        }
        for (var identifier : identifiers) {
            var value = identifier.value();
            var problem = identifier.kind() == null ? "Choose the kind of the number " + value + "."
                    : value.length() > MAX_IDENTIFIER ? "Each number is limited to 100 characters."
                    : kindProblem(identifier.kind());
            if (problem == null && identifier.kind() != null) {
                problem = formatProblem(identifier.kind(), value);
            }
            if (problem != null) {
                problems.add(Field.IDENTIFIERS.problem(problem));
            }
        }
    }

    /** Whether a party of this draft's kind has numbers of that kind at all. */
    private @Nullable String kindProblem(PartyIdentifierKind identifierKind) {
        if (kind == null) {
            return null;
        }
        if (identifierKind.vesselsOnly() && kind != PartyKind.VESSEL) {
            return "Only a vessel has an " + identifierKind.label() + (identifierKind == PartyIdentifierKind.IMO_SHIP
                    ? "; a shipping company is identified by its IMO company number." : ".");
        }
        if (identifierKind == PartyIdentifierKind.IMO_COMPANY && kind == PartyKind.VESSEL) {
            return "A vessel has an IMO ship number; an IMO company number is its owner's or manager's: record it on"
                    + " that company.";
        }
        if (identifierKind == PartyIdentifierKind.IMO_COMPANY && kind == PartyKind.PERSON) {
            return "A person has no IMO company number; record it on the company.";
        }
        return null;
    }

    private static @Nullable String formatProblem(PartyIdentifierKind kind, String value) {
        return switch (kind) {
            case IMO_SHIP -> !value.matches("\\d{7}")
                    ? "IMO " + value + " is not a valid IMO ship number: an IMO ship number has seven digits."
                    : !ImoNumbers.isShipNumber(value)
                            ? "IMO " + value + " is not a valid IMO ship number: its check digit should be "
                                    + ImoNumbers.checkDigit(value) + "."
                            : null;
            case IMO_COMPANY -> value.matches("\\d{7}") ? null
                    : "IMO company number " + value + " is not valid: an IMO company number has seven digits.";
            case MMSI -> value.matches("\\d{9}") ? null : "MMSI " + value + " is not valid: an MMSI has nine digits.";
            default -> null;
        };
    }

    private void flagProblems(List<Problem> problems) {
        if (flags.isEmpty()) {
            return;
        }
        if (kind != null && kind != PartyKind.VESSEL) {
            problems.add(Field.FLAGS.problem("Only a vessel has a flag history; give a " + kind.label().toLowerCase(Locale.ROOT)
                    + "'s state as its country."));
            return;
        }
        if (flags.size() > MAX_FLAGS) {
            problems.add(Field.FLAGS.problem("At most " + MAX_FLAGS + " flags can be given."));
        }
        for (var flag : flags) {
            if (flag.countryCode() == null) {
                problems.add(Field.FLAGS.problem("Choose the state of each flag."));
            }
            else if (flag.from() != null && flag.until() != null && flag.until().isBefore(flag.from())) {
                problems.add(Field.FLAGS.problem("A flag period ends before it starts: " + flag.countryCode() + " from "
                        + DateFormats.DAY.format(flag.from()) + " until " + DateFormats.DAY.format(flag.until()) + "."));
            }
        }
    }

    /**
     * The draft with text trimmed and empty text as none, the other names without the name and each once
     * (case ignored), numbers without an "IMO" prefix or spaces where they are digits, each once, and empty
     * rows dropped.
     */
    public PartyDraft cleaned() {
        var cleanName = strip(name);
        var seen = new HashSet<String>();
        if (cleanName != null) {
            seen.add(cleanName.toLowerCase(Locale.ROOT));
        }
        var cleanAliases = new ArrayList<String>();
        for (var alias : aliases) {
            var clean = strip(alias);
            if (clean != null && seen.add(clean.toLowerCase(Locale.ROOT))) {
                cleanAliases.add(clean);
            }
        }
        var numbers = new HashSet<String>();
        var cleanIdentifiers = new ArrayList<Identifier>();
        for (var identifier : identifiers) {
            var value = strip(identifier.value());
            if (value == null) {
                continue;
            }
            if (identifier.kind() == PartyIdentifierKind.IMO_SHIP || identifier.kind() == PartyIdentifierKind.IMO_COMPANY
                    || identifier.kind() == PartyIdentifierKind.MMSI) {
                value = digits(value);
            }
            var key = identifier.kind() + " " + value.toUpperCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", "");
            if (numbers.add(key)) {
                cleanIdentifiers.add(new Identifier(identifier.kind(), value));
            }
        }
        var cleanFlags = flags.stream()
            .map(flag -> new Flag(upper(flag.countryCode()), flag.from(), flag.until()))
            .filter(flag -> flag.countryCode() != null || flag.from() != null || flag.until() != null)
            .distinct()
            .toList();
        return new PartyDraft(kind, cleanName, cleanAliases, upper(countryCode), strip(notes), cleanIdentifiers, cleanFlags);
    }

    /** "IMO 9074729", "IMO no. 9074729", "273 123 456": the digits, when nothing else is there but a prefix. */
    private static String digits(String value) {
        var bare = value.replaceFirst("(?i)^IMO(\\s*(no\\.?|number)\\s*:?)?", "").replaceAll("[\\s.:#-]+", "");
        return bare.isEmpty() ? value : bare;
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable String upper(@Nullable String code) {
        var clean = strip(code);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

}
