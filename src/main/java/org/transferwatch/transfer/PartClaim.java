package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;

/**
 * A source's claim that a party had its role in a transfer, or about one of its shipments: the evidence model
 * of a transfer's own claims, with the source as people cite it.
 *
 * @param sourceCitation "Yonhap News Agency, 2023-08-30"
 */
public record PartClaim(long id, long sourceId, String sourceTitle, @Nullable String sourceUrl, String sourceCitation,
        String quote, Stance stance, AdmiraltyGrade grade) {
}
