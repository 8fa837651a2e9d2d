package org.transferwatch.transfer;

import java.time.OffsetDateTime;

/**
 * One comment in a transfer's thread.
 *
 * @param sentBack whether a reviewer sent the draft back to its analysts with it
 */
public record TransferComment(long id, String author, String body, boolean sentBack, OffsetDateTime createdAt) {
}
