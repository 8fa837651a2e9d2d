package org.transferwatch.dashboard;

import java.awt.Color;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a briefing as a PDF with OpenPDF: dated, with its scope (the filter) stated, the transfers,
 * their routes, parties and shipments, the sources and the provisions in play. Uses the standard Helvetica font, so text outside
 * Windows-1252 (e.g. Korean names) is transliterated to "?" rather than dropped silently.
 */
public final class BriefingPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private static final Color ACCENT = new Color(31, 78, 121);

    private BriefingPdf() {
    }

    public static void write(Briefing briefing, OutputStream out) {
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Briefing: " + plain(briefing.title()));
        document.addCreator("TransferWatch");
        document.open();
        var title = PdfFonts.bold(18, ACCENT);
        var heading = PdfFonts.bold(12, ACCENT);
        var body = PdfFonts.regular(9);
        var small = PdfFonts.regular(8, Color.DARK_GRAY);
        var bold = PdfFonts.bold(9);

        document.add(new Paragraph("Briefing: " + plain(briefing.a().name()) + " and " + plain(briefing.b().name()), title));
        document.add(new Paragraph("Generated " + WHEN.format(briefing.generatedAt()) + " by " + plain(briefing.generatedBy())
                + " from TransferWatch.", small));
        document.add(new Paragraph("Scope: " + plain(briefing.scope()) + ".", small));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(String.format(Locale.ENGLISH, "%s to %s: %,d transfers.   %s to %s: %,d transfers.",
                plain(briefing.a().name()), plain(briefing.b().name()), briefing.aToB(), plain(briefing.b().name()),
                plain(briefing.a().name()), briefing.bToA()), bold));
        document.add(new Paragraph(String.format(Locale.ENGLISH, "Designated party involved: %,d %s.",
                briefing.designatedParty(), briefing.designatedParty() == 1 ? "transfer" : "transfers"), bold));

        document.add(section("Transfers", heading));
        if (briefing.total() > briefing.transfersShown()) {
            document.add(new Paragraph("The " + briefing.transfersShown() + " with the latest periods of "
                    + briefing.total() + " are listed.", small));
        }
        var transfers = new PdfPTable(new float[] { 14, 26, 13, 9, 11, 9, 18 });
        transfers.setWidthPercentage(100);
        transfers.setHeaderRows(1);
        for (var header : new String[] { "Supplier to recipient", "Item", "Quantity", "Period", "Status", "Confidence",
                "Evidence" }) {
            transfers.addCell(headerCell(header, bold));
        }
        for (var row : briefing.transfers()) {
            transfers.addCell(cell(row.supplierName() + " to " + row.recipientName(), body));
            transfers.addCell(cell(row.item(), body));
            transfers.addCell(cell(row.quantity().label(), body));
            transfers.addCell(cell(row.period() == null ? "-" : row.period().label(), body));
            transfers.addCell(cell(row.status().label(), body));
            transfers.addCell(cell(row.confidence().label(), body));
            transfers.addCell(cell(row.evidence().label(), body));
        }
        if (briefing.transfers().isEmpty()) {
            document.add(new Paragraph("No transfers between these states are recorded.", body));
        }
        else {
            document.add(transfers);
        }

        BriefingPartsPdf.add(document, briefing, new BriefingPartsPdf.Fonts(heading, body, small, bold));

        document.add(section("Sources", heading));
        if (briefing.sources().isEmpty()) {
            document.add(new Paragraph("No source is linked to these transfers.", body));
        }
        for (var line : briefing.sources()) {
            var source = line.source();
            var text = source.title() + " - " + source.citation() + " (" + source.kind().label() + ")"
                    + (source.url() == null ? "" : ", " + source.url()) + "; claims on " + line.transfers()
                    + (line.transfers() == 1 ? " transfer" : " transfers");
            document.add(new Paragraph(plain(text), body));
        }

        document.add(section("Sanctions provisions in play", heading));
        if (briefing.provisions().isEmpty()) {
            document.add(new Paragraph("No provision is confirmed for these transfers.", body));
        }
        for (var count : briefing.provisions()) {
            var provision = count.provision();
            var text = provision.citation() + (provision.citationVerified() ? "" : " (paragraph not verified)") + ": "
                    + provision.summary() + " - confirmed for " + count.transfers()
                    + (count.transfers() == 1 ? " transfer." : " transfers.")
                    + (provision.url() == null ? "" : " " + provision.url());
            document.add(new Paragraph(plain(text), body));
        }
        document.close();
    }

    static Paragraph section(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    static PdfPCell headerCell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setBackgroundColor(new Color(232, 237, 242));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(4);
        return cell;
    }

    static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(plain(text), font));
        cell.setPadding(4);
        return cell;
    }

    /**
     * Arrows in words, as the sentences read ("North Korea to Russia"), and each character the embedded font has
     * no glyph for as "?" (see {@link PdfFonts}).
     */
    static String plain(String text) {
        return PdfFonts.printable(text.replace("→", "to").replace("⇄", "and").replace("≥", ">=").replace("≤", "<="));
    }

}
