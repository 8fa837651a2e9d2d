package org.transferwatch.sanctions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A resolution, order, regulation or statutory instrument, e.g. UNSCR 2397 (2017), with its provisions' count. */
public record Instrument(long id, String issuerCode, String issuerName, String shortTitle, @Nullable String title,
        @Nullable LocalDate adoptedOn, @Nullable String url, @Nullable String regimeCode, int provisions,
        boolean retired, int version) {
}
