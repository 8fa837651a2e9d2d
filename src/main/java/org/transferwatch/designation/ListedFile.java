package org.transferwatch.designation;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole sanctions list as read from a file: its source, the date the source generated it (the date entries
 * missing from it were delisted by), and its entries.
 */
public record ListedFile(String source, LocalDate generatedOn, List<ListedEntry> entries) {

    public ListedFile {
        entries = List.copyOf(entries);
    }

}
