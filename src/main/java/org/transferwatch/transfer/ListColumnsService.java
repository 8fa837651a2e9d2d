package org.transferwatch.transfer;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;

/**
 * The columns a user chose to see in the Transfers list, remembered for them on the server, so that they follow
 * the user to any browser. A preference, not data about transfers: not audited.
 */
@Service
public class ListColumnsService {

    /** The most columns a choice may name (the database's limit, V154). */
    public static final int MAX_COLUMNS = 30;

    private final ListColumnsRepository columns;

    private final CurrentUser currentUser;

    ListColumnsService(ListColumnsRepository columns, CurrentUser currentUser) {
        this.columns = columns;
        this.currentUser = currentUser;
    }

    /** The column keys the current user chose, in their order; empty when they never chose. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<List<String>> chosenColumns() {
        return columns.find(currentUser.require().id());
    }

    /** Remembers the current user's choice of columns (their keys); at least one. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void chooseColumns(List<String> keys) {
        var distinct = keys.stream().filter(key -> !key.isBlank()).distinct().toList();
        if (distinct.isEmpty()) {
            throw new ValidationException("Keep at least one column.");
        }
        if (distinct.size() > MAX_COLUMNS || distinct.stream().anyMatch(key -> key.length() > 40)) {
            throw new ValidationException("That is not a choice of the list's columns.");
        }
        columns.save(currentUser.require().id(), distinct);
    }

}
