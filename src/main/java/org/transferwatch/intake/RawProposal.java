package org.transferwatch.intake;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferKind;

/**
 * One proposal as read from one clause, before mentions of the same transfer are merged; {@code reasons}
 * and {@code denials} still grow while the rest of the text is read.
 */
record RawProposal(int sentence, Excerpt excerpt, StateMention supplier, StateMention recipient, TransferKind kind,
        @Nullable String category, boolean generic, String item, @Nullable String designation, Quantity quantity,
        @Nullable BigDecimal valueUsd, @Nullable Period period, StatusReader.Status status, List<String> reasons,
        List<Excerpt> denials) {
}
