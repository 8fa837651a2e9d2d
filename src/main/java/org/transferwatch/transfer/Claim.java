package org.transferwatch.transfer;

/** A source's claim about a transfer: the quoted passage, its stance and its Admiralty grade. */
public record Claim(long id, long transferId, long sourceId, String quote, Stance stance, AdmiraltyGrade grade,
        int version) {
}
