package org.transferwatch.party;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.transferwatch.designation.DesignationListImported;

/**
 * Re-checks the parties once an import of a designation list has committed, in a transaction of its own: a
 * re-check that fails leaves the import in place, and the next import checks again.
 */
@Component
class DesignationImportListener {

    private static final Logger log = LoggerFactory.getLogger(DesignationImportListener.class);

    private final PartyMatcher matcher;

    private final TransactionTemplate newTransaction;

    DesignationImportListener(PartyMatcher matcher, PlatformTransactionManager transactions) {
        this.matcher = matcher;
        this.newTransaction = new TransactionTemplate(transactions);
        // After the commit the import's connection may still be bound to the thread: only a new transaction
        // makes the re-check's writes its own.
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void recheckParties(DesignationListImported imported) {
        try {
            var recheck = newTransaction.execute(status -> matcher.recheck(imported));
            log.info("Re-checked the parties against the {} list of {}: {} matches found, {} noted as changed",
                    imported.source(), imported.generatedOn(), recheck.found(), recheck.noted());
        }
        catch (RuntimeException e) {
            log.error("The re-check of the parties against the {} list of {} failed; the import stands",
                    imported.source(), imported.generatedOn(), e);
        }
    }

}
