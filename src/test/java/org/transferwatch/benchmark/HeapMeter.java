package org.transferwatch.benchmark;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The heap as the throughput measurements read it: used after full collections, and the peak while work runs. */
public final class HeapMeter {

    private HeapMeter() {
    }

    /** Used heap after three requested full collections. */
    public static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Samples the used heap every 20 ms until stopped; returns the highest value seen. */
    public static final class Peak {

        private final AtomicLong peak = new AtomicLong();

        private final AtomicBoolean running = new AtomicBoolean(true);

        private final Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        });

        public long stop() {
            running.set(false);
            try {
                sampler.join();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak.get();
        }

    }
}
