package org.transferwatch.exchange;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.TransferExport;

/**
 * Writes transfers as our CSV: UTF-8 with a byte order mark, RFC 4180 (CRLF, fields with commas, quotes
 * or line breaks quoted), the header of {@link TransferCsv#COLUMNS}, every cell neutralised against
 * formula injection. It buffers a few kilobytes, never the rows.
 */
public final class TransferCsvWriter implements Closeable, Flushable {

    private final CSVPrinter printer;

    private long rows;

    public TransferCsvWriter(OutputStream out) {
        try {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writer.write(TransferCsv.BYTE_ORDER_MARK);
            printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(TransferCsv.COLUMNS);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(TransferExport transfer) {
        var fields = transfer.fields();
        var quantity = fields.quantity();
        var period = fields.period();
        var claim = transfer.bestClaim();
        var cells = new ArrayList<String>(TransferCsv.COLUMNS.size());
        cells.add(transfer.naturalKey());
        cells.add(text(fields.supplierCode()));
        cells.add(transfer.supplierName());
        cells.add(text(fields.recipientCode()));
        cells.add(transfer.recipientName());
        cells.add(fields.kind() == null ? "" : fields.kind().dbValue());
        cells.add(text(fields.categoryCode()));
        cells.add(text(fields.item()));
        cells.add(text(fields.designation()));
        cells.add(number(quantity.low()));
        cells.add(number(quantity.high()));
        cells.add(text(quantity.unit()));
        cells.add(Boolean.toString(quantity.estimate()));
        cells.add(number(fields.valueUsdEstimate()));
        cells.add(fields.status() == null ? "" : fields.status().dbValue());
        cells.add(period == null ? "" : period.start().toString());
        cells.add(period == null ? "" : period.end().toString());
        cells.add(period == null ? "" : period.precision().dbValue());
        cells.add(fields.firstReportedOn() == null ? "" : fields.firstReportedOn().toString());
        cells.add(text(fields.routeNotes()));
        cells.add(text(fields.notes()));
        cells.add(fields.confidence() == null ? "" : fields.confidence().dbValue());
        cells.add(transfer.reviewState().dbValue());
        cells.add(transfer.evidence().label());
        cells.add(claim == null ? "" : Long.toString(claim.sourceId()));
        cells.add(claim == null ? "" : claim.sourceTitle());
        cells.add(claim == null ? "" : text(claim.sourceUrl()));
        cells.add(claim == null ? "" : claim.quote());
        cells.add(claim == null ? "" : claim.stance().dbValue());
        cells.add(claim == null ? "" : claim.grade().code());
        try {
            printer.printRecord(cells.stream().map(TransferCsv::neutralise).toList());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    public long rows() {
        return rows;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }

}
