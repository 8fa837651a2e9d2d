package org.transferwatch.sanctions;

/** A provision and how many transfers an analyst confirmed it for. */
public record ProvisionCount(Provision provision, int transfers) {
}
