package org.transferwatch.transfer.bulk;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * COPY ends CSV records with LF; RFC 4180 (and the exchange format) ends them with CRLF. Line breaks
 * inside quoted fields stay as they are: a double quote toggles between inside and outside a field
 * (an escaped quote toggles twice), and no byte of a multi-byte UTF-8 character is a quote or LF.
 * Closing it flushes but leaves the underlying stream open.
 */
final class CrlfRecordEnds extends FilterOutputStream {

    private boolean quoted;

    CrlfRecordEnds(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        var from = offset;
        for (int i = offset; i < offset + length; i++) {
            var b = bytes[i];
            if (b == '"') {
                quoted = !quoted;
            }
            else if (b == '\n' && !quoted) {
                out.write(bytes, from, i - from);
                out.write('\r');
                from = i;
            }
        }
        out.write(bytes, from, offset + length - from);
    }

    @Override
    public void close() throws IOException {
        flush();
    }

}
