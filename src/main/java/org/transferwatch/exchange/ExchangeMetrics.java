package org.transferwatch.exchange;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The exports' and imports' meters (on the management port's {@code /actuator/metrics}):
 * {@code transferwatch.export} and {@code transferwatch.import}, timers tagged {@code outcome}
 * ({@code done} or {@code failed}), and {@code transferwatch.export.rows} and {@code transferwatch.import.rows},
 * the transfers they carried.
 */
@Component
class ExchangeMetrics {

    private final MeterRegistry registry;

    private final Counter exportedRows;

    private final Counter importedRows;

    ExchangeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.exportedRows = Counter.builder("transferwatch.export.rows").description("Transfers written by CSV exports")
            .register(registry);
        this.importedRows = Counter.builder("transferwatch.import.rows")
            .description("Transfers written by imports (inserted, updated or unchanged)").register(registry);
        // Both outcomes from the start, so that a dashboard shows zero rather than nothing.
        for (var outcome : new String[] { "done", "failed" }) {
            timer("transferwatch.export", outcome);
            timer("transferwatch.import", outcome);
        }
    }

    <T> T export(Supplier<T> work, ToLongFunction<T> rows) {
        return timed("transferwatch.export", work, rows, exportedRows);
    }

    <T> T importing(Supplier<T> work, ToLongFunction<T> rows) {
        return timed("transferwatch.import", work, rows, importedRows);
    }

    private <T> T timed(String name, Supplier<T> work, ToLongFunction<T> rows, Counter counter) {
        var sample = Timer.start(registry);
        var outcome = "failed";
        try {
            var result = work.get();
            counter.increment(rows.applyAsLong(result));
            outcome = "done";
            return result;
        }
        finally {
            sample.stop(timer(name, outcome));
        }
    }

    private Timer timer(String name, String outcome) {
        return Timer.builder(name).tag("outcome", outcome).register(registry);
    }

}
