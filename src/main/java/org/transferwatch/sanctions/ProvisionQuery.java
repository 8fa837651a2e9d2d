package org.transferwatch.sanctions;

import org.jspecify.annotations.Nullable;

/**
 * What the catalogue's search asks for; every criterion optional.
 *
 * @param text words of the citation or summary
 * @param stateCode provisions whose scope names the state as supplier or recipient
 * @param kind provisions covering this kind of goods (arms, raw_material, dual_use)
 */
public record ProvisionQuery(@Nullable String text, @Nullable String issuerCode, @Nullable String stateCode,
        @Nullable String kind, boolean includeRetired) {

    public static final ProvisionQuery ALL = new ProvisionQuery(null, null, null, null, true);

}
