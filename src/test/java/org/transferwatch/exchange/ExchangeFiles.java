package org.transferwatch.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.transferwatch.transfer.TransferFilter;

/** The exchange's files as the exchange tests read and write them: an export as text, a CSV text previewed. */
final class ExchangeFiles {

    private ExchangeFiles() {
    }

    static String export(ExchangeService exchange, TransferFilter filter) {
        var out = new ByteArrayOutputStream();
        exchange.export(filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static ImportPreview preview(ExchangeService exchange, String csv) {
        return exchange.preview("test.csv", csv.getBytes(StandardCharsets.UTF_8), share -> {
        });
    }

}
