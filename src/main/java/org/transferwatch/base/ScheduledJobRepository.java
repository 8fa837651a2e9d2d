package org.transferwatch.base;

import static org.transferwatch.db.Tables.SCHEDULED_JOB;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ScheduledJobRepository {

    private final DSLContext dsl;

    ScheduledJobRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records that {@code node} starts the job at {@code now}, unless it last started after
     * {@code startedBefore}; whether it did. One statement: of two nodes claiming at once, the second waits
     * for the first's row and then finds it claimed.
     */
    boolean claim(String job, Instant now, Instant startedBefore, String node) {
        return dsl.insertInto(SCHEDULED_JOB)
            .set(SCHEDULED_JOB.NAME, job)
            .set(SCHEDULED_JOB.LAST_STARTED_AT, at(now))
            .set(SCHEDULED_JOB.LAST_STARTED_BY, node)
            .onConflict(SCHEDULED_JOB.NAME)
            .doUpdate()
            .set(SCHEDULED_JOB.LAST_STARTED_AT, at(now))
            .set(SCHEDULED_JOB.LAST_STARTED_BY, node)
            .where(SCHEDULED_JOB.LAST_STARTED_AT.le(at(startedBefore)))
            .execute() == 1;
    }

    /** Gives up a claim that failed, so that the next attempt (on any node) runs the job. */
    void release(String job, Instant claimedAt, String node) {
        dsl.deleteFrom(SCHEDULED_JOB)
            .where(SCHEDULED_JOB.NAME.eq(job), SCHEDULED_JOB.LAST_STARTED_AT.eq(at(claimedAt)),
                    SCHEDULED_JOB.LAST_STARTED_BY.eq(node))
            .execute();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
