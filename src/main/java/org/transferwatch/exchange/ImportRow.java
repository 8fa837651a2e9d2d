package org.transferwatch.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.TransferDraft;

/**
 * One transfer read from an import file, with the line it starts on, the supplier and recipient as the
 * file names them, and every problem found in it, each a sentence that starts with the line number.
 *
 * @param readProblems what was wrong with the text itself (unknown codes, bad numbers, dates, grades)
 * @param explained the draft's complaints that a read problem already explains (an unknown status
 *        leaves the status empty: "choose the status" would say it twice)
 * @param problems the read problems and the transfer's own rules ({@link TransferDraft#problems()})
 * @param skipped why a row that no transfer can represent is left out (a register deal between two
 *        unknown parties), as a sentence with the line number; such a row neither blocks nor is written
 * @param parts the parties and shipments the row gives its transfer (our CSV's parties, first_shipment and
 *        last_shipment)
 */
public record ImportRow(int line, String naturalKey, String supplierName, String recipientName, TransferDraft draft,
        @Nullable ImportClaim claim, List<String> readProblems, List<String> explained, List<String> problems,
        @Nullable String skipped, ImportParts parts) {

    /** The draft's complaints about a missing pair, which unknown names and codes already explain. */
    private static final List<String> MISSING_PAIR = List.of("Choose the supplier.", "Choose the recipient.");

    public static ImportRow of(int line, String naturalKey, String supplierName, String recipientName,
            TransferDraft draft, @Nullable ImportClaim claim, List<String> readProblems) {
        return of(line, naturalKey, supplierName, recipientName, draft, claim, readProblems, List.of());
    }

    public static ImportRow of(int line, String naturalKey, String supplierName, String recipientName,
            TransferDraft draft, @Nullable ImportClaim claim, List<String> readProblems, List<String> explained) {
        return of(line, naturalKey, supplierName, recipientName, draft, claim, readProblems, explained, null);
    }

    static ImportRow of(int line, String naturalKey, String supplierName, String recipientName, TransferDraft draft,
            @Nullable ImportClaim claim, List<String> readProblems, List<String> explained, @Nullable String skipped) {
        if (skipped != null) {
            return new ImportRow(line, naturalKey, supplierName, recipientName, draft, claim, List.copyOf(readProblems),
                    List.copyOf(explained), List.of(), skipped, ImportParts.NONE);
        }
        var problems = new ArrayList<>(readProblems);
        for (var problem : draft.problems()) {
            var message = problem.message();
            if (!MISSING_PAIR.contains(message) && !explained.contains(message)) {
                problems.add(at(line, message));
            }
        }
        return new ImportRow(line, naturalKey, supplierName, recipientName, draft, claim, List.copyOf(readProblems),
                List.copyOf(explained), List.copyOf(problems), null, ImportParts.NONE);
    }

    /** "Line 9: the supplier and the recipient must differ." */
    public static String at(int line, String problem) {
        var sentence = problem.isEmpty() ? problem
                : problem.substring(0, 1).toLowerCase(Locale.ROOT) + problem.substring(1);
        return "Line " + line + ": " + sentence;
    }

    /** The same row with the pair's codes set (after the user mapped unknown names). */
    ImportRow withPair(@Nullable String supplierCode, @Nullable String recipientCode) {
        var d = draft;
        return of(line, naturalKey, supplierName, recipientName, new TransferDraft(supplierCode, recipientCode, d.kind(),
                d.categoryCode(), d.item(), d.designation(), d.quantity(), d.valueUsdEstimate(), d.status(), d.period(),
                d.firstReportedOn(), d.routeNotes(), d.notes(), d.confidence()), claim, readProblems, explained, skipped)
            .withParts(parts);
    }

    /** The same row with the parties and shipments it gives its transfer. */
    ImportRow withParts(ImportParts newParts) {
        return new ImportRow(line, naturalKey, supplierName, recipientName, draft, claim, readProblems, explained,
                problems, skipped, newParts);
    }

}
