package org.transferwatch.base;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A copy of reference data that staff may edit (aliases, keywords), read once and shared by every session. A
 * change on this node drops the copy at once and again when its transaction ends (so that nobody keeps what a
 * concurrent read took before the commit); a change made on another node is seen after {@link #MAX_AGE} at the
 * latest. A reading equal to the copy keeps the copy, so that what was built from it need not be built again.
 */
public final class ReferenceCache<T> {

    /** How long another node's change may go unseen here. */
    public static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Copy<T>(T value, long readAtNanos) {
    }

    private final Supplier<T> reader;

    private volatile @Nullable Copy<T> copy;

    private volatile boolean stale;

    public ReferenceCache(Supplier<T> reader) {
        this.reader = reader;
    }

    public T get() {
        var current = copy;
        var now = System.nanoTime();
        if (current != null && !stale && now - current.readAtNanos() < MAX_AGE.toNanos()) {
            return current.value();
        }
        stale = false;
        var fresh = reader.get();
        var kept = current != null && current.value().equals(fresh) ? current.value() : fresh;
        copy = new Copy<>(kept, now);
        return kept;
    }

    /** Drops the copy now and, inside a transaction, once more when it has ended. */
    public void forget() {
        stale = true;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    stale = true;
                }
            });
        }
    }

}
