package org.transferwatch.source;

/**
 * A source's claim about one transfer, as the library shows it.
 *
 * @param transferPath the address of the transfer's page, for a link
 * @param transferLabel the transfer in words, e.g. "North Korea → Russia · artillery shells"
 * @param stateLabel its status and review state, e.g. "Delivered · Published"
 * @param disputes whether the claim disputes the transfer (otherwise it supports it)
 * @param gradeDescription the claim's Admiralty grade in words
 */
public record Citation(long transferId, String transferPath, String transferLabel, String stateLabel, boolean disputes, String quote,
        String gradeDescription) {
}
