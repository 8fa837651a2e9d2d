package org.transferwatch.base.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser message larger than Vaadin accepts (10 MB: a value pasted or forced past a field's limit) would be
 * refused with a bare 403, which the browser retries for ever under "Connection lost". This answers it instead
 * with the message Vaadin's browser side shows as an application error: a sentence saying what happened and
 * that nothing was saved. The page stops there; reloading it starts afresh.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OversizedInputFilter extends OncePerRequestFilter {

    /** Vaadin's own limit on a browser message, in characters (at least as many bytes). */
    static final long LIMIT_BYTES = 10L * 1024 * 1024;

    private static final long DRAIN_LIMIT_BYTES = 64L * 1024 * 1024;

    static final String CAPTION = "That text is too long";

    static final String MESSAGE = "What was typed or pasted is over 10 MB, far more than any field takes, so it was"
            + " not sent and nothing was saved. Reload the page to go on.";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The length first: it is a header, while reading a parameter may parse the query string.
        return request.getContentLengthLong() <= LIMIT_BYTES || !"POST".equals(request.getMethod())
                || !"uidl".equals(request.getParameter("v-r"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The body is read and thrown away: a browser whose upload is cut off never reads the answer. Beyond
        // a few times the limit it is no paste but an attack, and the connection may as well be reset.
        if (request.getContentLengthLong() <= DRAIN_LIMIT_BYTES) {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body());
    }

    /** Vaadin's wire form of an unrecoverable application error, with our caption and sentence. */
    static String body() {
        return "{\"meta\":{\"appError\":{\"caption\":\"" + CAPTION + "\",\"message\":\"" + MESSAGE
                + "\",\"details\":null,\"url\":null}}}";
    }

}
