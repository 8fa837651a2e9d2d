package org.transferwatch.transfer;

import java.util.List;

/**
 * An analyst's own drafts by where they stand: returned to them with a comment (newest return first), waiting for
 * a reviewer (oldest first), and still in progress (newest first; the newest {@link ReviewQueueService#OWN_LIMIT}
 * of each).
 */
public record OwnQueue(List<QueuedTransfer> returned, List<QueuedTransfer> submitted, List<QueuedTransfer> inProgress) {

    public OwnQueue {
        returned = List.copyOf(returned);
        submitted = List.copyOf(submitted);
        inProgress = List.copyOf(inProgress);
    }

}
