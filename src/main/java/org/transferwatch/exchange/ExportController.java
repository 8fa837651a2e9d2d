package org.transferwatch.exchange;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.transferwatch.transfer.TransferFilterNames;
import org.transferwatch.transfer.TransferFilterParameters;

/**
 * {@code GET /export/transfers.csv?<the transfers list's URL parameters>}: the filtered list as CSV, for
 * the logged-in user (the Vaadin security chain requires the session), streamed as it is read.
 */
@Controller
class ExportController {

    static final String PATH = "/export/transfers.csv";

    private final ExchangeService exchange;

    private final TransferFilterNames names;

    ExportController(ExchangeService exchange, TransferFilterNames names) {
        this.exchange = exchange;
        this.names = names;
    }

    @GetMapping(PATH)
    void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var filter = TransferFilterParameters.parse(RequestParameters.of(request), names).filter();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"transfers-" + LocalDate.now() + ".csv\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        exchange.export(filter, response.getOutputStream());
        response.flushBuffer();
    }

}
