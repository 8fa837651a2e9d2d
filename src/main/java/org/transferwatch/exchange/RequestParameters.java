package org.transferwatch.exchange;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.transferwatch.transfer.TransferFilterParameters;

/**
 * A request's parameters, in the order they came, as {@link TransferFilterParameters#parse} reads them:
 * the export and the API take the transfers list's URL filter the same way.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static Map<String, List<String>> of(HttpServletRequest request) {
        var parameters = new LinkedHashMap<String, List<String>>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return parameters;
    }

}
