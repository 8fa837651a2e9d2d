package org.transferwatch.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.transferwatch.source.NewSource;
import org.transferwatch.transfer.AdmiraltyGrade;

/**
 * A file read and checked but not written: its rows with their problems, the state names nobody has
 * mapped to a country yet (with how many rows use each), and, for a dataset such as the SIPRI register,
 * the one source every row's claim quotes and the grade those claims get. Nothing is in the database
 * until {@link ExchangeService#importPreview} runs.
 *
 * @param names every name the file uses for a supplier or recipient with the country code it maps to
 *        ({@code null} while unknown) and how many rows use it
 */
public record ImportPreview(Format format, String fileName, long bytes, List<ImportRow> rows,
        Map<String, NameUse> names, @Nullable NewSource datasetSource, AdmiraltyGrade datasetGrade) {

    public static final AdmiraltyGrade DEFAULT_DATASET_GRADE = AdmiraltyGrade.parse("B2");

    /** How many rows use a name, and the country it stands for once known. */
    public record NameUse(@Nullable String code, int rows) {
    }

    public enum Format {
        TRANSFERWATCH_CSV("TransferWatch CSV"), SIPRI_REGISTER("SIPRI Trade Register");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Every row's problems, in line order. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        rows.forEach(row -> problems.addAll(row.problems()));
        return problems;
    }

    /** Why rows are left out, one sentence each with its line. */
    public List<String> skipped() {
        return rows.stream().map(ImportRow::skipped).filter(Objects::nonNull).toList();
    }

    /** The rows an import writes. */
    public List<ImportRow> rowsToImport() {
        return rows.stream().filter(row -> row.skipped() == null).toList();
    }

    /** How many party roles the rows to import give their transfers (some may be held already). */
    public int partiesGiven() {
        return rowsToImport().stream().mapToInt(row -> row.parts().parties().size()).sum();
    }

    /** How many shipments the rows to import give their transfers (first and last, at most two a row). */
    public int shipmentsGiven() {
        return rowsToImport().stream().mapToInt(row -> row.parts().legs().size()).sum();
    }

    public long rowsWithProblems() {
        return rows.stream().filter(row -> !row.problems().isEmpty()).count();
    }

    /** Names no country is known for yet, alphabetically, with the number of rows that use each. */
    public Map<String, Integer> unmappedNames() {
        var unmapped = new TreeMap<String, Integer>(String.CASE_INSENSITIVE_ORDER);
        names.forEach((name, use) -> {
            if (use.code() == null) {
                unmapped.put(name, use.rows());
            }
        });
        return unmapped;
    }

    /** Whether the import may run: rows to write, no problem in any, every name mapped. */
    public boolean ready() {
        return !rowsToImport().isEmpty() && unmappedNames().isEmpty()
                && rows.stream().allMatch(row -> row.problems().isEmpty());
    }

    /**
     * The preview with unknown names mapped to countries for this import (name to country code); rows
     * that use them get the codes and are checked again.
     */
    public ImportPreview withMapping(Map<String, String> mapping) {
        if (mapping.isEmpty()) {
            return this;
        }
        var newNames = new LinkedHashMap<String, NameUse>();
        names.forEach((name, use) -> newNames.put(name,
                use.code() == null && mapping.containsKey(name) ? new NameUse(mapping.get(name), use.rows()) : use));
        var newRows = rows.stream().map(row -> {
            var supplier = row.draft().supplierCode();
            var recipient = row.draft().recipientCode();
            if (supplier != null && recipient != null || row.skipped() != null) {
                return row;
            }
            var newSupplier = supplier != null ? supplier : code(newNames, row.supplierName());
            var newRecipient = recipient != null ? recipient : code(newNames, row.recipientName());
            return newSupplier == null && newRecipient == null ? row : row.withPair(newSupplier, newRecipient);
        }).toList();
        return new ImportPreview(format, fileName, bytes, newRows, newNames, datasetSource, datasetGrade);
    }

    private static @Nullable String code(Map<String, NameUse> names, String name) {
        var use = names.get(name);
        return use == null ? null : use.code();
    }

    public ImportPreview withDatasetGrade(AdmiraltyGrade grade) {
        return new ImportPreview(format, fileName, bytes, rows, names, datasetSource, grade);
    }

}
