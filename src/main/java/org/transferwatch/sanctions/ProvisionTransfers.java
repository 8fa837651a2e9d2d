package org.transferwatch.sanctions;

/**
 * What a provision's page shows of the transfers linked to it. The feature that owns the transfers implements
 * it, so that the catalogue's pages need no import of that feature.
 */
public interface ProvisionTransfers {

    /**
     * How many transfers the user may see stand to the provision each way: an analyst confirmed it, its scope
     * suggests it and nobody has decided, or an analyst dismissed it.
     */
    LinkedTransferCounts countsFor(long provisionId);

    /**
     * @param confirmed transfers an analyst confirmed the provision for
     * @param suggested transfers its scope covers on which nobody has decided
     * @param dismissed transfers an analyst dismissed it for
     */
    record LinkedTransferCounts(int confirmed, int suggested, int dismissed) {
    }

}
