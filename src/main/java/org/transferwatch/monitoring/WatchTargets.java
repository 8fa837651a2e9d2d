package org.transferwatch.monitoring;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.transferwatch.base.ValidationException;
import org.transferwatch.transfer.LinkedProvision;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferFilterParameters;

/**
 * The one definition of a watch's target: what a target may look like for each kind, its canonical form (so that
 * the same filter written twice is one watch), and the Transfers-list filter it stands for.
 */
final class WatchTargets {

    private static final Pattern PAIR = Pattern.compile("[A-Z0-9_-]{1,16}/[A-Z0-9_-]{1,16}");

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private WatchTargets() {
    }

    /** The target in its canonical form, or the sentence saying why it cannot be watched. */
    static String canonical(WatchKind kind, String target) {
        var clean = target.strip();
        return switch (kind) {
            case FILTER -> queryOf(parse(clean));
            case PAIR -> {
                var pair = clean.toUpperCase(java.util.Locale.ROOT);
                if (!PAIR.matcher(pair).matches() || pair.split("/")[0].equals(pair.split("/")[1])) {
                    throw new ValidationException("A country pair is two different state codes, e.g. PRK/RUS.");
                }
                yield pair;
            }
            case PROVISION, DESIGNATION, PARTY, TRANSFER -> {
                if (!ID.matcher(clean).matches()) {
                    throw new ValidationException("There is no " + kind.label().toLowerCase(java.util.Locale.ROOT)
                            + " numbered \"" + (clean.length() > 20 ? clean.substring(0, 20) + "…" : clean) + "\".");
                }
                yield clean;
            }
        };
    }

    /** The Transfers-list filter a watch of a filter, a pair or a provision stands for. */
    static TransferFilter filterOf(WatchKind kind, String target) {
        return switch (kind) {
            case FILTER -> parse(target);
            case PAIR -> {
                var codes = target.split("/");
                yield new TransferFilter(codes[0], codes[1], true, null, null, null, null, null, null, null, null,
                        null);
            }
            case PROVISION -> TransferFilter.linkedTo(Long.parseLong(target), LinkedProvision.Linked.CONFIRMED);
            default -> throw new IllegalArgumentException(kind + " watches are not a filter");
        };
    }

    /** The Transfers list's address for a filter watch, a pair's page, or the watched thing's page. */
    static String pageOf(WatchKind kind, String target) {
        return switch (kind) {
            case FILTER -> target.isEmpty() ? "transfers" : "transfers?" + target;
            case PAIR -> "pairs/" + target;
            case PROVISION -> "sanctions/provisions/" + target;
            case DESIGNATION -> "designations/" + target;
            case PARTY -> "parties/" + target;
            case TRANSFER -> "transfers/" + target;
        };
    }

    private static TransferFilter parse(String query) {
        var parameters = new LinkedHashMap<String, List<String>>();
        for (var pair : query.startsWith("?") ? query.substring(1).split("&") : query.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            var at = pair.indexOf('=');
            var name = decode(at < 0 ? pair : pair.substring(0, at));
            var value = at < 0 ? "" : decode(pair.substring(at + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        var parsed = TransferFilterParameters.parse(parameters);
        if (!parsed.problems().isEmpty()) {
            throw new ValidationException(parsed.problems());
        }
        return parsed.filter();
    }

    private static String queryOf(TransferFilter filter) {
        Map<String, String> parameters = TransferFilterParameters.toParameters(filter);
        return parameters.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            throw new ValidationException("The filter's address is damaged (" + e.getMessage() + ").");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
