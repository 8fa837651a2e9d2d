package org.transferwatch.transfer.bulk;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ValidationException;
import org.transferwatch.party.PartyService;
import org.transferwatch.place.PlaceService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.ImportOutcome;
import org.transferwatch.transfer.ImportedTransfer;
import org.transferwatch.transfer.TransferAccess;
import org.transferwatch.transfer.TransferFilter;

/**
 * The transfers in bulk: the CSV export of a filtered list, and the import of many rows at once by their
 * natural keys, with the same visibility and editing rules as one transfer at a time.
 */
@Service
public class BulkTransferService {

    /** Rows an import stages and writes per round of statements; progress is told after each round. */
    static final int IMPORT_CHUNK = 10_000;

    /** The most problems a refused import lists, whether the file, its rows or the database's reference check found them. */
    public static final int MAX_LISTED_IMPORT_PROBLEMS = 20;

    private final TransferExportRepository exports;

    private final TransferImportRepository imports;

    private final TransferAccess access;

    private final SourceService sources;

    private final PartyService parties;

    private final PlaceService places;

    private final CurrentUser currentUser;

    private final AuditService audit;

    BulkTransferService(TransferExportRepository exports, TransferImportRepository imports, TransferAccess access,
            SourceService sources, PartyService parties, PlaceService places, CurrentUser currentUser,
            AuditService audit) {
        this.audit = audit;
        this.exports = exports;
        this.imports = imports;
        this.access = access;
        this.sources = sources;
        this.parties = parties;
        this.places = places;
        this.currentUser = currentUser;
    }

    /**
     * Streams every transfer the user may see that matches the filter, oldest first, to {@code out} as the
     * records of the exchange CSV (without its header), inside one read-only transaction: the database
     * formats them and memory stays flat however many rows match. Viewers export published transfers only.
     * Returns the number of records.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long exportCsv(TransferFilter filter, OutputStream out) {
        return exports.exportCsv(access.visibleCondition(filter), sources.titlesAndUrls("best_source"),
                TransferExportRepository.Names.of(parties, places), out);
    }

    /**
     * The ids of the transfers with these natural keys that the user may change (analysts drafts, reviewers any),
     * by natural key: an import adds the parties and shipments its rows give to those. Analysts and above.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public Map<String, Long> editableIdsByNaturalKey(Collection<String> naturalKeys) {
        var user = currentUser.require();
        return naturalKeys.isEmpty() ? Map.of()
                : imports.idsByNaturalKey(naturalKeys, user.role().includes(Role.REVIEWER));
    }

    /**
     * Creates or updates imported transfers by their natural keys, with their claims, in chunks of
     * {@value #IMPORT_CHUNK} rows: each chunk is copied into a staging table (COPY) and written set-based,
     * with one statement for the transfers, one for their claims, one for the search documents of those
     * that changed and one for their audit events. New transfers are drafts. An analyst's import changes drafts
     * only and leaves published or retracted transfers as they are; a reviewer's changes any. Each transfer
     * created or changed gets an audit event of its own, with the snapshots before and after as an edit in
     * the form writes them, so it shows in the transfer's history. It must run inside the caller's
     * transaction, which makes the import all or nothing and records the audit event of the import as a
     * whole. Analysts and above.
     *
     * @param progress told the number of rows written so far after every chunk
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(propagation = Propagation.MANDATORY)
    public ImportOutcome importTransfers(List<ImportedTransfer> rows, IntConsumer progress) {
        var user = currentUser.require();
        var problems = problems(rows);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        var mayChangeReviewed = user.role().includes(Role.REVIEWER);
        imports.prepareBulkWrite();
        // Each transfer's search document is computed once, after its claim is written (V022); a failure rolls
        // the setting back with the rest of the transaction.
        imports.deferSearchDocuments(true);
        var outcome = importChunks(rows, user.id(), mayChangeReviewed, progress);
        imports.deferSearchDocuments(false);
        return outcome;
    }

    /** The rows' own problems, up to just over the listed number: keys missing, too long or twice, drafts' problems. */
    private static List<String> problems(List<ImportedTransfer> rows) {
        var problems = new ArrayList<String>();
        var keys = new HashSet<String>();
        for (var row : rows) {
            if (row.naturalKey().isBlank() || row.naturalKey().length() > ImportedTransfer.MAX_NATURAL_KEY) {
                problems.add("The natural key \"" + row.naturalKey() + "\" must have 1 to "
                        + ImportedTransfer.MAX_NATURAL_KEY + " characters.");
            }
            else if (!keys.add(row.naturalKey())) {
                problems.add("The natural key \"" + row.naturalKey() + "\" appears twice.");
            }
            row.draft().problems().forEach(problem -> problems.add(row.naturalKey() + ": " + problem.message()));
            if (problems.size() > MAX_LISTED_IMPORT_PROBLEMS) {
                break;
            }
        }
        return problems;
    }

    private ImportOutcome importChunks(List<ImportedTransfer> rows, long userId, boolean mayChangeReviewed,
            IntConsumer progress) {
        var outcome = ImportOutcome.NONE;
        for (int start = 0; start < rows.size(); start += IMPORT_CHUNK) {
            var chunk = rows.subList(start, Math.min(rows.size(), start + IMPORT_CHUNK));
            imports.prepareStaging();
            imports.stage(chunk);
            var unknown = imports.stagedReferenceProblems(MAX_LISTED_IMPORT_PROBLEMS);
            if (!unknown.isEmpty()) {
                // Thrown inside the caller's transaction, which rolls back every chunk written before.
                throw new ValidationException(unknown);
            }
            imports.keepSnapshotsBeforeChange(mayChangeReviewed);
            imports.upsertStaged(userId, mayChangeReviewed);
            imports.importStagedClaims(userId, mayChangeReviewed);
            // New transfers got their search document with the row; changed ones are refreshed once here.
            imports.refreshTouchedSearchDocuments();
            audit.recordAll("transfer", imports.touchedTransferEvents());
            outcome = outcome.plus(imports.stagedOutcome(mayChangeReviewed));
            progress.accept(start + chunk.size());
        }
        return outcome;
    }

}
