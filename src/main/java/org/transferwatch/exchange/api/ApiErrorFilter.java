package org.transferwatch.exchange.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API chain's outermost filter: whatever fails below it answers as JSON {@code {"error": ...}} with a
 * fitting status, and a parameter given twice is refused (which of the two would count is a guess). Without it, a failure outside the controllers (the container refusing a malformed query
 * when it is first read, the token check while the database is down) and every {@code sendError} went to
 * the container's error page, whose dispatch to {@code /error} runs through the pages' security chain
 * and redirected to the login page.
 */
class ApiErrorFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    private final JsonMapper json;

    ApiErrorFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // Read here, inside the try: the container parses the query on first use and refuses a malformed one.
            var repeated = request.getParameterMap().entrySet().stream().filter(parameter -> parameter.getValue().length > 1)
                .map(parameter -> parameter.getKey()).findFirst();
            if (repeated.isPresent()) {
                ApiSecurityConfiguration.error(json, response, HttpServletResponse.SC_BAD_REQUEST, "The parameter \""
                        + ApiErrors.shorten(repeated.get()) + "\" is given more than once; give each parameter once.");
                return;
            }
            chain.doFilter(request, new JsonErrors(response, json));
        }
        catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            var status = ApiErrors.statusOf(e);
            if (status >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR && status != HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                log.error("API request {} failed", request.getRequestURI(), e);
            }
            response.resetBuffer();
            ApiSecurityConfiguration.error(json, response, status, ApiErrors.sentence(status));
        }
    }

    /** A response whose {@code sendError} writes the API's JSON error instead of asking for the error page. */
    private static final class JsonErrors extends HttpServletResponseWrapper {

        private final JsonMapper json;

        JsonErrors(HttpServletResponse response, JsonMapper json) {
            super(response);
            this.json = json;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, @Nullable String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            ApiSecurityConfiguration.error(json, (HttpServletResponse) getResponse(), status, ApiErrors.sentence(status));
        }

    }

}
