package org.transferwatch.security;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Login attempts for the same username or from the same address wait for each other here, in this node, before
 * they take a database connection: the throttle's advisory locks (LoginAttempts#checkThrottled) serialise them
 * across nodes, but an attempt waiting on those holds a pooled connection, and a burst of parallel attempts
 * would otherwise hold the whole pool while bcrypt runs one after the other. With this queue in front, a node
 * has at most one such attempt per username (and per address) waiting in the database.
 */
final class LoginQueue {

    private static final int STRIPES = 64;

    private final ReentrantLock[] usernames = locks();

    private final ReentrantLock[] addresses = locks();

    private static ReentrantLock[] locks() {
        return IntStream.range(0, STRIPES).mapToObj(i -> new ReentrantLock(true)).toArray(ReentrantLock[]::new);
    }

    private static ReentrantLock stripe(ReentrantLock[] locks, String key) {
        return locks[Math.floorMod(key.hashCode(), STRIPES)];
    }

    /** Runs the attempt once no other attempt for this username or from this address runs in this node. */
    <T> T inTurn(String username, String address, Supplier<T> attempt) {
        // Always the username's lock first, then the address's, from two sets of their own: no two attempts
        // ever wait for each other in a circle.
        var user = stripe(usernames, username);
        var from = stripe(addresses, address);
        user.lock();
        try {
            from.lock();
            try {
                return attempt.get();
            }
            finally {
                from.unlock();
            }
        }
        finally {
            user.unlock();
        }
    }

}
