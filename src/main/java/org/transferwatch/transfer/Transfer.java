package org.transferwatch.transfer;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A stored transfer: its editable fields, its review state and who changed it last, at which version; and, once
 * merged into another, that other transfer's id.
 */
public record Transfer(long id, TransferDraft fields, ReviewState reviewState, @Nullable String reviewNote,
        long createdBy, OffsetDateTime createdAt, long updatedBy, OffsetDateTime updatedAt, int version,
        @Nullable Long mergedIntoId) {

    /** "#42", as users refer to a transfer. */
    public String number() {
        return "#" + id;
    }

    public String supplierCode() {
        return Objects.requireNonNull(fields.supplierCode());
    }

    public String recipientCode() {
        return Objects.requireNonNull(fields.recipientCode());
    }

}
