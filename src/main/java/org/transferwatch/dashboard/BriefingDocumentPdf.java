package org.transferwatch.dashboard;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a briefing as a PDF (OpenPDF, A4): the protective marking at the top and bottom of every page, "Page 2 of
 * 5" in the footer, then the title, scope, summary, key judgements, transfers, evidence, sanctions, timeline, map
 * and sources, in DejaVu Sans embedded (see {@link PdfFonts}), so that names in any script it covers print as written.
 */
public final class BriefingDocumentPdf {

    static final Color ACCENT = new Color(31, 78, 121);

    static final Color DRAFT_RED = new Color(170, 30, 30);

    private static final Font TITLE = PdfFonts.bold(18, ACCENT);

    private static final Font HEADING = PdfFonts.bold(12, ACCENT);

    private static final Font BODY = PdfFonts.regular(9.5f);

    private static final Font SMALL = PdfFonts.regular(8, Color.DARK_GRAY);

    private static final Font BOLD = PdfFonts.bold(9.5f);

    private static final Font CELL = PdfFonts.regular(8.5f);

    private static final Font CELL_BOLD = PdfFonts.bold(8.5f);

    private static final Font QUOTE = PdfFonts.oblique(9.5f);

    private static final Font DRAFT = PdfFonts.bold(8.5f, DRAFT_RED);

    private BriefingDocumentPdf() {
    }

    public static void write(BriefingDocument briefing, BriefingGraphics.Pictures pictures, OutputStream out) {
        var document = new Document(PageSize.A4, 48, 48, 60, 60);
        var writer = PdfWriter.getInstance(document, out);
        // A picture that does not fit stays in its place (on the next page), not after the text that follows it.
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new MarkingAndPageNumbers(briefing));
        document.addTitle(plain(briefing.title()));
        document.addAuthor(plain(briefing.author()));
        document.addCreator("TransferWatch");
        document.open();

        document.add(new Paragraph(plain(briefing.title()), TITLE));
        document.add(new Paragraph(plain(briefing.subject()), BOLD));
        document.add(new Paragraph(plain(BriefingText.asOf(briefing)), SMALL));
        document.add(new Paragraph(plain("Scope: " + BriefingText.scope(briefing)), SMALL));
        if (briefing.request().scope().includeDrafts()) {
            document.add(new Paragraph("DRAFT transfers included: each is marked DRAFT. Drafts have not been reviewed.",
                    PdfFonts.bold(10, DRAFT_RED)));
        }

        document.add(section("Summary"));
        for (var sentence : briefing.summary()) {
            document.add(bullet(sentence));
        }

        document.add(section("Key judgements"));
        var judgements = briefing.request().keyJudgementParagraphs();
        if (judgements.isEmpty()) {
            document.add(new Paragraph("The author recorded no key judgements.", BODY));
        }
        for (var judgement : judgements) {
            document.add(bullet(judgement));
        }

        transfers(document, briefing);
        evidence(document, briefing);
        sanctions(document, briefing);
        parts(document, briefing);

        keepRoom(document, writer, pictures.timelineHeight() + 40);
        document.add(section("Timeline"));
        document.add(image(pictures.timeline(), BriefingGraphics.WIDTH));

        keepRoom(document, writer, BriefingGraphics.MAP_HEIGHT + 20);
        document.add(section("Map of flows"));
        document.add(image(pictures.map(), BriefingGraphics.WIDTH));
        for (var flow : briefing.flows()) {
            document.add(new Paragraph(plain(BriefingGraphics.flowLabel(flow)), SMALL));
        }

        document.add(section("Sources"));
        if (briefing.sources().isEmpty()) {
            document.add(new Paragraph("No source is linked to these transfers.", BODY));
        }
        for (var line : briefing.sources()) {
            var source = line.source();
            var paragraph = new Paragraph("", BODY);
            paragraph.add(new Chunk(plain(source.title()), BOLD));
            paragraph.add(new Chunk(plain(" - " + source.citation() + " (" + source.kind().label().toLowerCase(Locale.ROOT)
                    + "); claims on " + BriefingText.count(line.transfers(), "transfer") + "."), BODY));
            if (source.url() != null) {
                paragraph.add(new Chunk("\n", BODY));
                var link = new Chunk(plain(source.url()), PdfFonts.regular(8.5f, ACCENT));
                link.setAnchor(source.url());
                paragraph.add(link);
            }
            paragraph.setSpacingAfter(3);
            document.add(paragraph);
        }
        document.close();
    }

    private static void transfers(Document document, BriefingDocument briefing) {
        document.add(section("Transfers"));
        if (briefing.transfers().isEmpty()) {
            document.add(new Paragraph("No transfer is in the briefing's scope.", BODY));
            return;
        }
        var table = new PdfPTable(new float[] { 5, 14, 26, 15, 10, 15, 12 });
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (var header : new String[] { "No.", "Supplier to recipient", "Item", "Quantity", "Period", "Status", "Confidence" }) {
            var cell = new PdfPCell(new Phrase(header, CELL_BOLD));
            cell.setBackgroundColor(new Color(232, 237, 242));
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (var entry : briefing.transfers()) {
            var row = entry.row();
            var number = new Phrase(entry.label(), CELL_BOLD);
            if (entry.draft()) {
                number.add(new Chunk("\n" + BriefingText.DRAFT, DRAFT));
            }
            table.addCell(cell(number, entry));
            table.addCell(cell(new Phrase(plain(row.supplierName() + " to " + row.recipientName()), CELL), entry));
            table.addCell(cell(new Phrase(plain(row.item()), CELL), entry));
            table.addCell(cell(new Phrase(plain(row.quantity().label()), CELL), entry));
            table.addCell(cell(new Phrase(plain(row.period() == null ? "Unknown" : row.period().label()), CELL), entry));
            table.addCell(cell(new Phrase(plain(row.status().label()), CELL), entry));
            table.addCell(cell(new Phrase(plain(row.confidence().label()), CELL), entry));
        }
        document.add(table);
    }

    private static PdfPCell cell(Phrase phrase, BriefingDocument.Entry entry) {
        var cell = new PdfPCell(phrase);
        cell.setPadding(4);
        if (entry.draft()) {
            cell.setBackgroundColor(new Color(252, 238, 236));
        }
        return cell;
    }

    private static void evidence(Document document, BriefingDocument briefing) {
        document.add(section("Evidence: the best supporting quote and any denial"));
        if (briefing.transfers().isEmpty()) {
            document.add(new Paragraph("No transfer, no evidence.", BODY));
        }
        for (var entry : briefing.transfers()) {
            var row = entry.row();
            var heading = new Paragraph("", BODY);
            heading.add(new Chunk(entry.label() + "  ", BOLD));
            if (entry.draft()) {
                heading.add(new Chunk(BriefingText.DRAFT + "  ", DRAFT));
            }
            heading.add(new Chunk(plain(row.item() + " (" + row.supplierName() + " to " + row.recipientName() + ")"), BOLD));
            heading.setSpacingBefore(5);
            heading.setKeepTogether(true);
            document.add(heading);
            if (entry.support() == null) {
                document.add(indented(new Phrase("No supporting source is linked.", BODY)));
            }
            else {
                document.add(claim("Supports: ", entry.support()));
            }
            if (entry.denial() != null) {
                document.add(claim("Disputed or denied: ", entry.denial()));
            }
        }
    }

    private static Paragraph claim(String label, org.transferwatch.transfer.Evidence evidence) {
        var phrase = new Phrase("", BODY);
        phrase.add(new Chunk(label, BOLD));
        phrase.add(new Chunk(plain(BriefingText.quote(evidence)), QUOTE));
        phrase.add(new Chunk(plain(" - " + BriefingText.attribution(evidence)), SMALL));
        return indented(phrase);
    }

    private static void parts(Document document, BriefingDocument briefing) {
        var parts = briefing.parts();
        document.add(section("Parties and shipments"));
        document.add(new Paragraph("Parties", BOLD));
        if (parts.parties().isEmpty()) {
            document.add(new Paragraph("No party of these transfers is recorded.", BODY));
        }
        else if (!parts.allParties()) {
            document.add(new Paragraph("The most involved parties are listed, designated ones first.", SMALL));
        }
        parts.parties().forEach(line -> document.add(indented(new Phrase(plain(BriefingText.party(line)), BODY))));
        var shipments = new Paragraph("Shipments", BOLD);
        shipments.setSpacingBefore(4);
        document.add(shipments);
        if (parts.shipments().isEmpty()) {
            document.add(new Paragraph("No shipment of these transfers is recorded.", BODY));
        }
        else if (!parts.allShipments()) {
            document.add(new Paragraph("The shipments with the latest periods are listed.", SMALL));
        }
        var labels = briefing.labels();
        parts.shipments().forEach(line -> document.add(indented(new Phrase(plain(BriefingText.shipment(line, labels)), BODY))));
    }

    private static void sanctions(Document document, BriefingDocument briefing) {
        document.add(section("Sanctions in play"));
        if (briefing.provisions().isEmpty()) {
            document.add(new Paragraph("No provision is linked to, or suggested for, these transfers.", BODY));
        }
        var anyUnverified = false;
        for (var provision : briefing.provisions()) {
            var p = provision.provision();
            anyUnverified |= !p.citationVerified();
            var heading = new Paragraph("", BODY);
            heading.add(new Chunk(plain(BriefingText.citation(p)), BOLD));
            heading.add(new Chunk(plain(" - " + p.summary()), BODY));
            heading.setSpacingBefore(5);
            document.add(heading);
            if (provision.confirmedTotal() > 0) {
                document.add(indented(new Phrase(plain(BriefingText.confirmed(provision)), BODY)));
            }
            if (!provision.suggested().isEmpty()) {
                document.add(indented(new Phrase(plain(BriefingText.suggested(provision)), BODY)));
            }
            if (p.url() != null) {
                var link = new Chunk(plain(p.url()), PdfFonts.regular(8, ACCENT));
                link.setAnchor(p.url());
                document.add(indented(new Phrase(link)));
            }
        }
        if (!briefing.suggestionsShown() && !briefing.transfers().isEmpty()) {
            document.add(new Paragraph(plain(BriefingText.SUGGESTIONS_LEFT_OUT), SMALL));
        }
        if (anyUnverified) {
            var legend = new Paragraph(plain(BriefingText.CITATION_LEGEND), SMALL);
            legend.setSpacingBefore(6);
            document.add(legend);
        }
    }

    /** Starts a new page unless this much room is left, so that a heading stays with its picture. */
    private static void keepRoom(Document document, PdfWriter writer, float height) {
        if (writer.getVerticalPosition(true) - document.bottom() < height) {
            document.newPage();
        }
    }

    private static Paragraph section(String text) {
        var paragraph = new Paragraph(text, HEADING);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(4);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    private static Paragraph bullet(String text) {
        var paragraph = new Paragraph(12.5f, plain("\u2022 " + text), BODY);
        paragraph.setIndentationLeft(10);
        paragraph.setFirstLineIndent(-8);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    private static Paragraph indented(Phrase phrase) {
        var paragraph = new Paragraph(phrase);
        paragraph.setLeading(12.5f);
        paragraph.setIndentationLeft(16);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    private static Image image(byte[] png, float width) {
        try {
            var image = Image.getInstance(png);
            image.scaleToFit(width, 1000);
            image.setAlignment(Element.ALIGN_CENTER);
            return image;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String plain(String text) {
        return BriefingPdf.plain(text);
    }

    /** The marking at the top and bottom of every page, and "Page n of N" (N filled in when the document closes). */
    private static final class MarkingAndPageNumbers extends PdfPageEventHelper {

        private final BriefingDocument briefing;

        private final Font marking = PdfFonts.bold(10, DRAFT_RED);

        private final Font footer = PdfFonts.regular(8, Color.DARK_GRAY);

        private PdfTemplate total;

        private BaseFont totalFont;

        MarkingAndPageNumbers(BriefingDocument briefing) {
            this.briefing = briefing;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
            totalFont = PdfFonts.REGULAR;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            var centre = (page.getLeft() + page.getRight()) / 2;
            var text = plain(briefing.marking()) + (briefing.request().scope().includeDrafts() ? " - DRAFT" : "");
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text, marking), centre, page.getTop() - 30, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text, marking), centre, page.getBottom() + 22, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(plain(briefing.title() + " - as of " + BriefingText.WHEN.format(briefing.asOf())), footer),
                    document.left(), page.getBottom() + 36, 0);
            var pageText = "Page " + writer.getPageNumber() + " of ";
            var width = totalFont.getWidthPoint(pageText, 8);
            var x = document.right() - width - 14;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(pageText, footer), x, page.getBottom() + 36, 0);
            canvas.addTemplate(total, x + width, page.getBottom() + 36);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(totalFont, 8);
            total.setColorFill(Color.DARK_GRAY);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(writer.getPageNumber() - 1));
            total.endText();
        }

    }

}
