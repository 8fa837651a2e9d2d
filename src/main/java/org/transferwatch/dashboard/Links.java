package org.transferwatch.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferFilterParameters;

/** Links from figures to the transfers list filtered to match, through the URL filter. */
public final class Links {

    private Links() {
    }

    /** "transfers?supplier=PRK&recipient=RUS": the list showing exactly the filter's transfers. */
    public static String transfers(TransferFilter filter) {
        var query = TransferFilterParameters.toParameters(filter).entrySet().stream()
            .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return query.isEmpty() ? "transfers" : "transfers?" + query;
    }

    public static String pair(String a, String b) {
        return "pairs/" + a + "/" + b;
    }

    /** Navigates the current UI to a link made by this class. */
    public static void open(String link) {
        var separator = link.indexOf('?');
        var path = separator < 0 ? link : link.substring(0, separator);
        var query = separator < 0 ? QueryParameters.empty() : QueryParameters.fromString(link.substring(separator + 1));
        UI.getCurrent().navigate(path, query);
    }

}
