package org.transferwatch.sanctions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What made a provision's scope cover a transfer, as the database found it.
 *
 * @param goodsTerm the goods the provision names that the transfer's item names too
 * @param categoryListed the provision lists the transfer's category
 * @param pairNamed a scope row names both the supplier and the recipient
 * @param exportSide a scope row names the supplier alone (goods leaving it)
 * @param supplierBound the supplier is in the issuer's jurisdiction
 * @param issuerRank UN first, then the US, the EU and the UK
 */
record ScopeFit(Provision provision, @Nullable String goodsTerm, boolean categoryListed, boolean pairNamed,
        boolean exportSide, boolean supplierBound, String issuerName,
        boolean bindsAllStates, LocalDate appliesFrom, @Nullable LocalDate appliesUntil, @Nullable LocalDate adoptedOn,
        int issuerRank) {
}
