package org.transferwatch.designation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start, loads the UN list the application ships into a database that holds no UN designation yet, through
 * the import every later file takes, so that a new installation shows the list at once. Reference data, not
 * demo data: it runs with demo data off too; {@code transferwatch.designations.load-on-start=false} turns it off.
 */
@Component
class InitialDesignationLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialDesignationLoader.class);

    private final DesignationImporter importer;

    private final DesignationRepository designations;

    private final boolean enabled;

    InitialDesignationLoader(DesignationImporter importer, DesignationRepository designations,
            @Value("${transferwatch.designations.load-on-start:true}") boolean enabled) {
        this.importer = importer;
        this.designations = designations;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            load();
        }
    }

    /** Loads the shipped list if no UN designation is stored; returns whether it did. */
    boolean load() {
        if (designations.count(UnListReader.SOURCE) > 0) {
            return false;
        }
        var started = System.nanoTime();
        var file = importer.read(DesignationImporter.shippedUnList());
        var done = DesignationImporter.asSystem(
                () -> importer.importUnlessBusy(DesignationImporter.SHIPPED_UN_LIST, file));
        done.ifPresent(plan -> log.info("Loaded the shipped UN Consolidated List of {}: {} designations in {} ms",
                plan.generatedOn(), plan.added().size(), (System.nanoTime() - started) / 1_000_000));
        return done.isPresent();
    }

}
