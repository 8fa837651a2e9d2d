package org.transferwatch.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Evidence;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.TransferRoutes;

/**
 * The sentences of a briefing, one definition for the PDF and the Word file: the summary generated from the
 * figures, with plurals right ("1 transfer", never "1 transfers"), and how a quote, a grade and a provision read.
 */
public final class BriefingText {

    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    public static final String DRAFT = "DRAFT";

    private BriefingText() {
    }

    /** "1 transfer", "12 transfers", "1,200 transfers". */
    public static String count(int n, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? noun : plural(noun));
    }

    private static String plural(String noun) {
        return noun.endsWith("y") && !noun.endsWith("ey") ? noun.substring(0, noun.length() - 1) + "ies"
                : noun.endsWith("s") ? noun + "es" : noun + "s";
    }

    /**
     * One sentence per direction: "3 published transfers from North Korea to Russia since 2022, 1 delivered;
     * 2 graded moderate confidence, 1 low; 1 disputed by a source; 2 linked to a sanctions provision."
     */
    public static List<String> summary(BriefingDocument document) {
        var scope = document.request().scope();
        var states = scope.states();
        var which = states.size() > 1 ? "published or draft" : states.contains(ReviewState.DRAFT) ? "draft" : "published";
        var sentences = new ArrayList<String>();
        for (var direction : document.directions()) {
            var pair = direction.phrase();
            var goods = "transfer";
            if (direction.total() == 0) {
                sentences.add("No " + which + " " + goods + " " + pair + " is recorded"
                        + (scope.from() == null && scope.to() == null ? "." : " for " + scope.periodLabel() + "."));
                continue;
            }
            var sentence = new StringBuilder(count(direction.total(), which + " " + goods)).append(" ").append(pair);
            if (direction.sinceYear() != null) {
                sentence.append(" since ").append(direction.sinceYear());
            }
            sentence.append(", ").append(direction.delivered() == 0 ? "none" : String.format(Locale.ENGLISH, "%,d", direction.delivered()))
                .append(" delivered");
            sentence.append("; ").append(confidence(direction));
            sentence.append("; ").append(direction.disputed() == 0 ? "none disputed by a source"
                    : String.format(Locale.ENGLISH, "%,d disputed or denied by a source", direction.disputed()));
            sentence.append("; ").append(direction.flagged() == 0 ? "none yet linked to a sanctions provision"
                    : String.format(Locale.ENGLISH, "%,d linked by an analyst to a sanctions provision", direction.flagged()));
            sentence.append('.');
            if (direction.drafts() > 0) {
                sentence.append(' ').append(direction.drafts() == 1 ? "1 of them is a draft, not yet reviewed."
                        : String.format(Locale.ENGLISH, "%,d of them are drafts, not yet reviewed.", direction.drafts()));
            }
            sentences.add(sentence.toString());
        }
        if (document.total() > document.transfers().size()) {
            // A minister's briefing cannot table 175,000 transfers: it lists the latest and says where the rest are.
            sentences.add("The table lists the " + String.format(Locale.ENGLISH, "%,d", document.transfers().size())
                    + " with the latest periods; the figures count all " + String.format(Locale.ENGLISH, "%,d", document.total())
                    + ", and the other " + String.format(Locale.ENGLISH, "%,d", document.total() - document.transfers().size())
                    + " are in the Transfers list with this scope's filters and in its CSV export.");
        }
        return sentences;
    }

    /** "2 graded high confidence, 1 moderate, none low". */
    private static String confidence(BriefingDocument.Direction direction) {
        var parts = new ArrayList<String>();
        for (var level : Confidence.values()) {
            var n = direction.byConfidence().getOrDefault(level, 0);
            var number = n == 0 ? "none" : String.format(Locale.ENGLISH, "%,d", n);
            var name = level.label().toLowerCase(Locale.ROOT);
            parts.add(parts.isEmpty() ? number + " graded " + name + " confidence" : number + " " + name);
        }
        return String.join(", ", parts);
    }

    /** "B2: usually reliable source, information probably true". */
    public static String grade(Evidence evidence) {
        var grade = evidence.claim().grade();
        return grade.code() + ": " + grade.reliabilityWords().toLowerCase(Locale.ROOT) + " source, information "
                + grade.credibilityWords().toLowerCase(Locale.ROOT);
    }

    /** "Korea Rungra Trading (company, designated): seller, shipper; in 2 transfers." */
    public static String party(TransferRoutes.PartyLine line) {
        var party = line.party();
        return party.name() + " (" + party.kind().label().toLowerCase(java.util.Locale.ROOT)
                + (party.designated() ? ", designated" : "") + "): " + line.rolesLabel().toLowerCase(java.util.Locale.ROOT)
                + "; in " + count(line.transfers(), "transfer") + ".";
    }

    /**
     * "T3, Q4 2022: sea, Rajin to Dunai, carried by Angara." A leg of a listed transfer names it by its number,
     * another by its item; a leg of unknown period says none.
     */
    public static String shipment(TransferRoutes.ShipmentLine line, java.util.Map<Long, String> labels) {
        var transfer = labels.getOrDefault(line.transferId(), line.transferItem());
        var route = new StringBuilder(TransferRoutes.ShipmentLine.placeName(line.from()));
        if (line.via() != null) {
            route.append(" via ").append(line.via().name());
        }
        route.append(" to ").append(TransferRoutes.ShipmentLine.placeName(line.to()));
        var carried = line.carrier() == null ? "" : ", carried by " + line.carriersLabel();
        var period = line.period() == null ? "" : ", " + line.periodLabel();
        return transfer + period + ": " + line.mode().label().toLowerCase(java.util.Locale.ROOT)
                + (line.shipToShip() ? " (ship-to-ship)" : "") + ", " + route + carried + ".";
    }

    /** "Yonhap News Agency, 2023-08-30 (B2: usually reliable source, information probably true)". */
    public static String attribution(Evidence evidence) {
        return evidence.source().citation() + " (" + grade(evidence) + ")";
    }

    /** The quote in typographic quotation marks. */
    public static String quote(Evidence evidence) {
        return "\u201C" + evidence.claim().quote().strip() + "\u201D";
    }

    /** "UNSCR 1874 (2009) para 9*" — the mark says once, in the legend, that the paragraph is not verified. */
    public static String citation(org.transferwatch.sanctions.Provision provision) {
        return provision.citation() + (provision.citationVerified() ? "" : " *");
    }

    public static final String CITATION_LEGEND = "* The paragraph number of a citation marked with an asterisk has not "
            + "been verified against the instrument's text; the others were checked.";

    /** "Confirmed by an analyst for T1 and T3 (and 4 more transfers beyond the table)." */
    public static String confirmed(BriefingDocument.ProvisionInPlay provision) {
        var listed = provision.confirmed();
        var beyond = provision.confirmedTotal() - listed.size();
        if (listed.isEmpty()) {
            return "Confirmed by an analyst for " + count(beyond, "transfer") + " beyond the table.";
        }
        return "Confirmed by an analyst for " + entries(listed)
                + (beyond > 0 ? " (and " + count(beyond, "more transfer") + " beyond the table)." : ".");
    }

    /** "Suggested by its scope, not yet decided by an analyst: T2." */
    public static String suggested(BriefingDocument.ProvisionInPlay provision) {
        return "Suggested by its scope, not yet decided by an analyst: " + entries(provision.suggested()) + ".";
    }

    public static final String SUGGESTIONS_LEFT_OUT = "Provisions suggested by their scope but not yet decided are listed "
            + "for briefings of up to " + BriefingDocumentService.MAX_TRANSFERS_WITH_SUGGESTIONS
            + " transfers; this one lists the links analysts confirmed.";

    /** "T1, T3 and T4". */
    public static String entries(List<BriefingDocument.Entry> entries) {
        var labels = entries.stream().map(BriefingDocument.Entry::label).toList();
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.getLast();
    }

    /**
     * The scope in one sentence: which transfers, between which states, kinds and period, and the further criteria
     * of the Transfers list it was built from.
     */
    public static String scope(BriefingDocument document) {
        var scope = document.request().scope();
        var a = document.a();
        var b = document.b();
        String direction;
        if (a != null && b != null) {
            direction = switch (scope.direction()) {
                case BOTH -> "between " + a.name() + " and " + b.name() + ", both directions";
                case A_TO_B -> "from " + a.name() + " to " + b.name();
                case B_TO_A -> "from " + b.name() + " to " + a.name();
            };
        }
        else {
            direction = document.directions().isEmpty() ? "of any states" : document.directions().getFirst().phrase()
                .replace("in scope", "of any states");
        }
        var states = scope.states();
        var which = states.contains(ReviewState.DRAFT)
                ? (states.size() == 1 ? "DRAFT transfers only" : "Published and DRAFT transfers")
                    + " (drafts are marked; retracted ones are left out)"
                : "Published transfers only";
        var criteria = document.criteria().isEmpty() ? ""
                : "; as the Transfers list was filtered: " + String.join("; ", document.criteria());
        return which + " " + direction + "; " + scope.kindsLabel() + "; " + scope.periodLabel() + criteria + ".";
    }

    /** "As of 4 December 2026, 10:00 UTC; first saved 1 December 2026, 09:12 UTC by Ana Analyst." */
    public static String asOf(BriefingDocument document) {
        var text = "Data as of " + WHEN.format(document.asOf()) + ". Prepared by " + document.author() + " with TransferWatch.";
        if (document.saved() != null) {
            text += " Re-generated from the briefing saved " + WHEN.format(document.saved().savedAt()) + " by "
                    + document.saved().savedBy() + ".";
        }
        return text;
    }

}
