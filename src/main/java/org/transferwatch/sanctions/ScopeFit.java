package org.transferwatch.sanctions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What made a provision's scope cover a transfer, as the database found it.
 *
 * @param goodsTerm the goods the provision names that the transfer's item names too
 * @param categoryListed the provision lists the transfer's category
 * @param wholeKind the provision names no goods and lists no category: it covers its kinds whole
 * @param pairNamed a scope row names both the supplier and the recipient
 * @param exportSide a scope row names the supplier alone (goods leaving it)
 * @param supplierBound the supplier is in the issuer's jurisdiction
 * @param recipientBound the recipient is in the issuer's jurisdiction
 * @param issuerRank UN first, then the US, the EU and the UK
 */
record ScopeFit(Provision provision, @Nullable String goodsTerm, boolean categoryListed, boolean wholeKind,
        boolean pairNamed, boolean exportSide, boolean supplierBound, boolean recipientBound, String issuerName,
        boolean bindsAllStates, LocalDate appliesFrom, @Nullable LocalDate appliesUntil, @Nullable LocalDate adoptedOn,
        int issuerRank) {
}
