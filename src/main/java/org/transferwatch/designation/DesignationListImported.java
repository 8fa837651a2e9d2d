package org.transferwatch.designation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Published when an import changed a source's stored designations, inside the import's transaction, so that a
 * listener acting after the commit (the re-check of the parties) reads the designations as imported and never
 * reacts to an import that was rolled back.
 *
 * @param generatedOn the date the list file was generated, which is also the date entries missing from it are
 *        delisted on
 * @param added the designations the import added, by id
 * @param amended the designations the import amended, by id, each with the fields that changed as a user reads
 *        them ("aliases", "identifiers", "listed again")
 * @param delisted the designations the import delisted, by id
 */
public record DesignationListImported(String source, LocalDate generatedOn, List<Long> added,
        Map<Long, List<String>> amended, List<Long> delisted) {

    public DesignationListImported {
        added = List.copyOf(added);
        amended = Map.copyOf(amended);
        delisted = List.copyOf(delisted);
    }

}
