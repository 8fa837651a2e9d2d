package org.transferwatch.sanctions;

import org.jspecify.annotations.Nullable;

/** The facts of a transfer that decide which provisions may apply to it. */
public record TransferScope(String supplierCode, String recipientCode, String kind, @Nullable String categoryCode) {
}
