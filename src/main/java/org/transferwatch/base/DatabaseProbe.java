package org.transferwatch.base;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Knows whether the database answers, without making the caller wait for it. After an outage is
 * {@linkplain #reportOutage() reported}, one background thread asks the connection pool for a
 * connection every second until it gets a valid one; screens that show the outage read
 * {@link #isAvailable()}, which never blocks, and retry their work once it turns true. Asking through
 * the pool (not a connection of its own) means "available" also says the pool has recovered.
 */
@Component
public class DatabaseProbe {

    private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);

    static final Duration PAUSE = Duration.ofSeconds(1);

    private static final int VALIDATION_SECONDS = 2;

    private final DataSource dataSource;

    private volatile boolean available = true;

    private final AtomicBoolean probing = new AtomicBoolean();

    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isAvailable() {
        return available;
    }

    /** Marks the database unavailable and starts probing it, unless a probe already runs. */
    public void reportOutage() {
        available = false;
        forgetPooledConnections();
        if (probing.compareAndSet(false, true)) {
            log.warn("Database unavailable; probing it every {} s", PAUSE.toSeconds());
            Thread.ofVirtual().name("database-probe").start(this::probeUntilAvailable);
        }
    }

    private void probeUntilAvailable() {
        var started = System.nanoTime();
        try {
            while (!answers()) {
                Thread.sleep(PAUSE);
            }
        }
        catch (InterruptedException e) {
            probing.set(false);
            Thread.currentThread().interrupt();
            return;
        }
        available = true;
        probing.set(false);
        log.info("Database available again after {} ms of probing",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        // An outage reported after the last probe and before the flag went back up must not stay unprobed.
        if (!available) {
            reportOutage();
        }
    }

    /**
     * Has the pool replace every connection it holds. Hikari does not check a connection used within the
     * last half second before handing it out again; after connections were cut, such a dead one would fail
     * the next user's action once more.
     */
    public void forgetPooledConnections() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        }
        catch (SQLException e) {
            log.debug("Could not ask the pool to replace its connections", e);
        }
    }

    private boolean answers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        }
        catch (Exception e) {
            return false;
        }
    }

}
