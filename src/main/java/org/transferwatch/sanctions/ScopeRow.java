package org.transferwatch.sanctions;

import org.jspecify.annotations.Nullable;

/** A pair of states a provision concerns: the supplier, the recipient or both (null for any state). */
public record ScopeRow(@Nullable String supplierCode, @Nullable String recipientCode) {
}
