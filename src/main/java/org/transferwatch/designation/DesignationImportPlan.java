package org.transferwatch.designation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What importing a list file would change, shown before anything is written: entries added, entries amended
 * (with the fields that differ), entries delisted (stored as listed but absent from the file: they stay,
 * delisted on the file's date), and how many are unchanged. Applying it re-reads the stored list and refuses
 * when the changes are no longer these.
 */
public record DesignationImportPlan(String fileName, ListedFile file, List<Change> added, List<Change> amended,
        List<Change> delisted, int unchanged) {

    public DesignationImportPlan {
        added = List.copyOf(added);
        amended = List.copyOf(amended);
        delisted = List.copyOf(delisted);
    }

    /** One entry's change: its reference, its name, and for an amendment the fields that differ. */
    public record Change(String reference, String name, List<String> fields) {

        public Change {
            fields = List.copyOf(fields);
        }

        public String label() {
            return reference + " " + name + (fields.isEmpty() ? "" : ": " + String.join(", ", fields));
        }

    }

    public String source() {
        return file.source();
    }

    public LocalDate generatedOn() {
        return file.generatedOn();
    }

    public boolean nothingChanged() {
        return added.isEmpty() && amended.isEmpty() && delisted.isEmpty();
    }

    /** "3 added, 1 amended, 2 delisted, 869 unchanged". */
    public String summary() {
        return String.format(Locale.ENGLISH, "%,d added, %,d amended, %,d delisted, %,d unchanged", added.size(),
                amended.size(), delisted.size(), unchanged);
    }

    /** Whether the other plan makes the same changes (a plan computed again before applying this one). */
    boolean sameChangesAs(DesignationImportPlan other) {
        return added.equals(other.added) && amended.equals(other.amended) && delisted.equals(other.delisted);
    }

}
