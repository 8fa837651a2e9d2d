package org.transferwatch.benchmark;

import java.io.OutputStream;

/** An output that drops what it is given and counts the bytes: an export measured without a disk in the way. */
public final class ByteCounter extends OutputStream {

    private long bytes;

    @Override
    public void write(int b) {
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        bytes += len;
    }

    public long bytes() {
        return bytes;
    }

}
