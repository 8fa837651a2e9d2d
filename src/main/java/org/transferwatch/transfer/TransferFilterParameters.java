package org.transferwatch.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.DbEnum;
import org.transferwatch.base.SearchText;

/**
 * The transfers filter as URL query parameters, so that a filtered list is a link one analyst sends
 * another ({@code ?supplier=PRK&recipient=RUS&either=true&status=delivered&q=shells&designated=1}). The same names
 * serve the JSON API and the CSV export. Parsing never fails: what it cannot read it leaves out and
 * explains.
 */
public final class TransferFilterParameters {

    public static final String SUPPLIER = "supplier";

    public static final String RECIPIENT = "recipient";

    public static final String EITHER = "either";

    public static final String KIND = "kind";

    public static final String CATEGORY = "category";

    public static final String STATUS = "status";

    public static final String CONFIDENCE = "confidence";

    public static final String REVIEW = "review";

    public static final String FROM = "from";

    public static final String TO = "to";

    public static final String ISSUER = "issuer";

    public static final String TEXT = "q";

    public static final String ADDED = "added";

    public static final String FLAGGED = "flagged";

    public static final String PROVISION = "provision";

    /** How the transfers stand to the provision: confirmed (the default), suggested or dismissed. */
    public static final String LINKED = "linked";

    /** Transfers with a party known by this name, alias or identifier. */
    public static final String PARTY = "party";

    /** Transfers with a vessel known by this name, alias or IMO number. */
    public static final String VESSEL = "vessel";

    /** Transfers with a shipment at this place of the gazetteer (its id). */
    public static final String PLACE = "place";

    /** {@code designated=1}: transfers with a party confirmed to be a listed designation. */
    public static final String DESIGNATED = "designated";

    /** The filter read from the parameters, and a sentence for each parameter that was left out. */
    public record Parsed(TransferFilter filter, List<String> problems) {
    }

    private TransferFilterParameters() {
    }

    public static Map<String, String> toParameters(TransferFilter filter) {
        var parameters = new LinkedHashMap<String, String>();
        put(parameters, SUPPLIER, filter.supplierCode());
        put(parameters, RECIPIENT, filter.recipientCode());
        if (filter.eitherDirection()) {
            parameters.put(EITHER, "true");
        }
        put(parameters, KIND, filter.kind() == null ? null : filter.kind().dbValue());
        put(parameters, CATEGORY, filter.categoryCode());
        put(parameters, STATUS, filter.status() == null ? null : filter.status().dbValue());
        put(parameters, CONFIDENCE, filter.confidence() == null ? null : filter.confidence().dbValue());
        put(parameters, REVIEW, filter.reviewState() == null ? null : filter.reviewState().dbValue());
        put(parameters, FROM, filter.periodFrom() == null ? null : filter.periodFrom().toString());
        put(parameters, TO, filter.periodTo() == null ? null : filter.periodTo().toString());
        put(parameters, ISSUER, filter.issuerCode());
        put(parameters, TEXT, filter.text());
        put(parameters, ADDED, filter.addedSince() == null ? null : filter.addedSince().toString());
        if (filter.flagged()) {
            parameters.put(FLAGGED, "true");
        }
        if (filter.provision() != null) {
            parameters.put(PROVISION, Long.toString(filter.provision().provisionId()));
            parameters.put(LINKED, filter.provision().linked().dbValue());
        }
        put(parameters, PARTY, filter.party());
        put(parameters, VESSEL, filter.vessel());
        put(parameters, PLACE, filter.placeId() == null ? null : filter.placeId().toString());
        if (filter.designatedParty()) {
            parameters.put(DESIGNATED, "1");
        }
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value);
        }
    }

    /**
     * How the names a person types into a link become codes: "North Korea", "N. Korea" or "DPRK" for PRK,
     * "drones" or "UAV" for ML10. {@link #CODES} knows no names, only codes.
     */
    public interface Names {

        Names CODES = new Names() {
            @Override
            public Optional<String> countryCode(String typed) {
                return Optional.empty();
            }

            @Override
            public Optional<String> categoryCode(String typed) {
                return Optional.empty();
            }
        };

        /** The code of the one country this code, name or alias stands for. */
        Optional<String> countryCode(String typed);

        /** The code of the category this code or keyword stands for. */
        Optional<String> categoryCode(String typed);

    }

    /** The parameters with codes only; see {@link #parse(Map, Names)}. */
    public static Parsed parse(Map<String, List<String>> parameters) {
        return parse(parameters, Names.CODES);
    }

    /** The parameters, with states and categories given by code or by any name {@code names} knows. */
    public static Parsed parse(Map<String, List<String>> parameters, Names names) {
        var problems = new ArrayList<String>();
        Function<String, @Nullable String> first = name -> {
            var values = parameters.get(name);
            return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
        };
        var supplier = country(first.apply(SUPPLIER), "supplier", names, problems);
        var recipient = country(first.apply(RECIPIENT), "recipient", names, problems);
        var either = "true".equalsIgnoreCase(first.apply(EITHER));
        var kind = enumValue(first.apply(KIND), TransferKind.class, "kind", problems);
        var category = first.apply(CATEGORY);
        var categoryByName = category == null ? Optional.<String>empty() : names.categoryCode(category);
        if (categoryByName.isPresent()) {
            category = categoryByName.get();
        }
        else if (category != null && !category.matches("[A-Za-z0-9.-]{1,20}")) {
            problems.add("The category \"" + shorten(category) + "\" in the link is neither a category code nor a"
                    + " category's keyword and was ignored.");
            category = null;
        }
        var status = enumValue(first.apply(STATUS), TransferStatus.class, "status", problems);
        var confidence = enumValue(first.apply(CONFIDENCE), Confidence.class, "confidence", problems);
        var review = enumValue(first.apply(REVIEW), ReviewState.class, "review state", problems);
        var from = date(first.apply(FROM), "period start", problems);
        var to = date(first.apply(TO), "period end", problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add("The period in the link ends before it starts (" + from + " to " + to + ") and was ignored.");
            from = null;
            to = null;
        }
        var issuer = first.apply(ISSUER);
        if (issuer != null && !issuer.matches("[A-Z]{2,10}")) {
            problems.add("The sanctions issuer \"" + shorten(issuer) + "\" in the link is not known and was ignored.");
            issuer = null;
        }
        var text = limited(first.apply(TEXT), "search text", problems);
        var added = date(first.apply(ADDED), "\"recorded since\" date", problems);
        var flagged = "true".equalsIgnoreCase(first.apply(FLAGGED));
        var provision = provision(first.apply(PROVISION), first.apply(LINKED), problems);
        var party = limited(first.apply(PARTY), "party name", problems);
        var vessel = limited(first.apply(VESSEL), "vessel name", problems);
        var place = place(first.apply(PLACE), problems);
        var designated = designated(first.apply(DESIGNATED), problems);
        return new Parsed(new TransferFilter(supplier, recipient, either, kind, category, status, confidence, review,
                from, to, issuer, text, added, flagged, provision, party, vessel, place, designated), problems);
    }

    /** A text criterion cut to the one search-text limit, saying so. */
    private static @Nullable String limited(@Nullable String value, String what, List<String> problems) {
        if (value != null && value.indexOf('\0') >= 0) {
            // PostgreSQL's texts cannot hold the NUL character, so no stored text contains it.
            problems.add("The " + what + " in the link contains a NUL character (%00), which no text can contain,"
                    + " and was ignored.");
            return null;
        }
        if (value != null && value.length() > SearchText.MAX_LENGTH) {
            problems.add("The " + what + " is limited to " + SearchText.MAX_LENGTH + " characters; it was shortened.");
            return SearchText.cut(value);
        }
        return value;
    }

    private static @Nullable Long place(@Nullable String id, List<String> problems) {
        if (id == null) {
            return null;
        }
        if (!id.matches("[1-9][0-9]{0,17}")) {
            problems.add("The place \"" + shorten(id) + "\" in the link is not a place number and was ignored.");
            return null;
        }
        return Long.parseLong(id);
    }

    private static boolean designated(@Nullable String value, List<String> problems) {
        if (value == null || value.equals("0") || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equals("1") || value.equalsIgnoreCase("true")) {
            return true;
        }
        problems.add("The designated-party criterion \"" + shorten(value) + "\" in the link is not 1 and was ignored.");
        return false;
    }

    private static @Nullable LinkedProvision provision(@Nullable String id, @Nullable String linked,
            List<String> problems) {
        if (id == null) {
            return null;
        }
        if (!id.matches("[1-9][0-9]{0,17}")) {
            problems.add("The provision \"" + shorten(id) + "\" in the link is not a provision number and was ignored.");
            return null;
        }
        var how = enumValue(linked, LinkedProvision.Linked.class, "link to the provision", problems);
        return new LinkedProvision(Long.parseLong(id), how == null ? LinkedProvision.Linked.CONFIRMED : how);
    }

    private static @Nullable String country(@Nullable String value, String role, Names names, List<String> problems) {
        if (value == null) {
            return null;
        }
        var byName = names.countryCode(value);
        if (byName.isPresent()) {
            return byName.get();
        }
        var code = value.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3,4}|X-[A-Z0-9-]{2,13}")) {
            problems.add("The " + role + " \"" + shorten(value) + "\" in the link is neither a country code nor a"
                    + " name we know and was ignored.");
            return null;
        }
        return code;
    }

    private static <E extends Enum<E> & DbEnum> @Nullable E enumValue(@Nullable String value,
            Class<E> type, String what, List<String> problems) {
        if (value == null) {
            return null;
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.dbValue().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        problems.add("The " + what + " \"" + shorten(value) + "\" in the link is not known and was ignored.");
        return null;
    }

    private static @Nullable LocalDate date(@Nullable String value, String which, List<String> problems) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        }
        catch (DateTimeParseException e) {
            problems.add("The " + which + " \"" + shorten(value) + "\" in the link is not a date (YYYY-MM-DD) and was ignored.");
            return null;
        }
        if (!DateFormats.storable(date)) {
            problems.add("The " + which + " \"" + shorten(value) + "\" in the link " + DateFormats.STORABLE_YEARS
                    + " and was ignored.");
            return null;
        }
        return date;
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

}
