package org.transferwatch.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.transferwatch.transfer.Evidence;

/**
 * Writes a briefing as a Word file (Apache POI XWPF), for officials who edit it before it goes up: the same
 * sections and sentences as the PDF, the marking in the header and footer of every page, "Page n of N" as Word
 * fields that Word fills in, and the timeline and map as pictures.
 */
public final class BriefingDocumentDocx {

    private static final String ACCENT = "1F4E79";

    private static final String DRAFT_RED = "AA1E1E";

    private static final String FONT = "Calibri";

    private BriefingDocumentDocx() {
    }

    public static void write(BriefingDocument briefing, BriefingGraphics.Pictures pictures, OutputStream out) {
        try (var document = new XWPFDocument()) {
            a4(document);
            markings(document, briefing);

            text(document.createParagraph(), briefing.title(), 20, true, ACCENT);
            text(document.createParagraph(), briefing.subject(), 12, true, null);
            text(document.createParagraph(), BriefingText.asOf(briefing), 9, false, "555555");
            text(document.createParagraph(), "Scope: " + BriefingText.scope(briefing), 9, false, "555555");
            if (briefing.request().scope().includeDrafts()) {
                text(document.createParagraph(), "DRAFT transfers included: each is marked DRAFT. Drafts have not been reviewed.",
                        10, true, DRAFT_RED);
            }

            heading(document, "Summary");
            briefing.summary().forEach(sentence -> bullet(document, sentence));
            heading(document, "Key judgements");
            var judgements = briefing.request().keyJudgementParagraphs();
            if (judgements.isEmpty()) {
                text(document.createParagraph(), "The author recorded no key judgements.", 10, false, null);
            }
            judgements.forEach(judgement -> bullet(document, judgement));

            transfers(document, briefing);
            evidence(document, briefing);
            sanctions(document, briefing);
            parts(document, briefing);

            heading(document, "Timeline");
            picture(document, pictures.timeline(), "timeline.png", BriefingGraphics.WIDTH, pictures.timelineHeight());
            heading(document, "Map of flows");
            picture(document, pictures.map(), "map.png", BriefingGraphics.WIDTH, BriefingGraphics.MAP_HEIGHT);
            for (var flow : briefing.flows()) {
                text(document.createParagraph(), BriefingGraphics.flowLabel(flow), 9, false, "555555");
            }

            heading(document, "Sources");
            if (briefing.sources().isEmpty()) {
                text(document.createParagraph(), "No source is linked to these transfers.", 10, false, null);
            }
            for (var line : briefing.sources()) {
                var source = line.source();
                var paragraph = document.createParagraph();
                run(paragraph, source.title(), 10, true, null);
                run(paragraph, " — " + source.citation() + " (" + source.kind().label().toLowerCase(Locale.ROOT)
                        + "); claims on " + BriefingText.count(line.transfers(), "transfer") + ".", 10, false, null);
                if (source.url() != null) {
                    var link = paragraph.createHyperlinkRun(source.url());
                    link.addBreak();
                    link.setText(source.url());
                    link.setColor(ACCENT);
                    link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                    link.setFontSize(9);
                }
            }
            document.write(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void transfers(XWPFDocument document, BriefingDocument briefing) {
        heading(document, "Transfers");
        if (briefing.transfers().isEmpty()) {
            text(document.createParagraph(), "No transfer is in the briefing's scope.", 10, false, null);
            return;
        }
        var table = document.createTable(briefing.transfers().size() + 1, 7);
        table.setWidth("100%");
        var headers = new String[] { "No.", "Supplier to recipient", "Item", "Quantity", "Period", "Status", "Confidence" };
        var widths = new int[] { 5, 15, 27, 15, 11, 14, 10 };
        for (int c = 0; c < headers.length; c++) {
            var cell = table.getRow(0).getCell(c);
            cell.setColor("E8EDF2");
            cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
            cell.setWidth(widths[c] + "%");
            cellText(cell, headers[c], true, null);
        }
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < briefing.transfers().size(); r++) {
            var entry = briefing.transfers().get(r);
            var row = entry.row();
            var cells = table.getRow(r + 1);
            var numberCell = cells.getCell(0);
            cellText(numberCell, entry.label(), true, null);
            if (entry.draft()) {
                var draft = numberCell.getParagraphs().getFirst().createRun();
                draft.addBreak();
                style(draft, BriefingText.DRAFT, 8, true, DRAFT_RED);
            }
            cellText(cells.getCell(1), row.supplierName() + " to " + row.recipientName(), false, null);
            cellText(cells.getCell(2), row.item(), false, null);
            cellText(cells.getCell(3), row.quantity().label(), false, null);
            cellText(cells.getCell(4), row.period() == null ? "Unknown" : row.period().label(), false, null);
            cellText(cells.getCell(5), row.status().label(), false, null);
            cellText(cells.getCell(6), row.confidence().label(), false, null);
            if (entry.draft()) {
                for (var cell : cells.getTableCells()) {
                    cell.setColor("FCEEEC");
                }
            }
        }
        document.createParagraph();
    }

    private static void evidence(XWPFDocument document, BriefingDocument briefing) {
        heading(document, "Evidence: the best supporting quote and any denial");
        for (var entry : briefing.transfers()) {
            var row = entry.row();
            var heading = document.createParagraph();
            heading.setSpacingBefore(120);
            heading.setKeepNext(true);
            run(heading, entry.label() + "  ", 10, true, null);
            if (entry.draft()) {
                run(heading, BriefingText.DRAFT + "  ", 10, true, DRAFT_RED);
            }
            run(heading, row.item() + " (" + row.supplierName() + " to " + row.recipientName() + ")", 10, true, null);
            if (entry.support() == null) {
                indented(document, null, "No supporting source is linked.", null);
            }
            else {
                claim(document, "Supports: ", entry.support());
            }
            if (entry.denial() != null) {
                claim(document, "Disputed or denied: ", entry.denial());
            }
        }
    }

    private static void claim(XWPFDocument document, String label, Evidence evidence) {
        indented(document, label, BriefingText.quote(evidence), " — " + BriefingText.attribution(evidence));
    }

    private static void parts(XWPFDocument document, BriefingDocument briefing) {
        var parts = briefing.parts();
        heading(document, "Parties and shipments");
        text(document.createParagraph(), "Parties", 10, true, null);
        if (parts.parties().isEmpty()) {
            text(document.createParagraph(), "No party of these transfers is recorded.", 10, false, null);
        }
        else if (!parts.allParties()) {
            text(document.createParagraph(), "The most involved parties are listed, designated ones first.", 9, false, "555555");
        }
        parts.parties().forEach(line -> bullet(document, BriefingText.party(line)));
        text(document.createParagraph(), "Shipments", 10, true, null);
        if (parts.shipments().isEmpty()) {
            text(document.createParagraph(), "No shipment of these transfers is recorded.", 10, false, null);
        }
        else if (!parts.allShipments()) {
            text(document.createParagraph(), "The shipments with the latest periods are listed.", 9, false, "555555");
        }
        var labels = briefing.labels();
        parts.shipments().forEach(line -> bullet(document, BriefingText.shipment(line, labels)));
    }

    private static void sanctions(XWPFDocument document, BriefingDocument briefing) {
        heading(document, "Sanctions in play");
        if (briefing.provisions().isEmpty()) {
            text(document.createParagraph(), "No provision is linked to, or suggested for, these transfers.", 10, false, null);
        }
        var anyUnverified = false;
        for (var provision : briefing.provisions()) {
            var p = provision.provision();
            anyUnverified |= !p.citationVerified();
            var heading = document.createParagraph();
            heading.setSpacingBefore(120);
            heading.setKeepNext(true);
            run(heading, BriefingText.citation(p), 10, true, null);
            run(heading, " — " + p.summary(), 10, false, null);
            if (provision.confirmedTotal() > 0) {
                indented(document, null, BriefingText.confirmed(provision), null);
            }
            if (!provision.suggested().isEmpty()) {
                indented(document, null, BriefingText.suggested(provision), null);
            }
            if (p.url() != null) {
                var paragraph = document.createParagraph();
                paragraph.setIndentationLeft(320);
                var link = paragraph.createHyperlinkRun(p.url());
                link.setText(p.url());
                link.setColor(ACCENT);
                link.setFontSize(8);
            }
        }
        if (!briefing.suggestionsShown() && !briefing.transfers().isEmpty()) {
            text(document.createParagraph(), BriefingText.SUGGESTIONS_LEFT_OUT, 8, false, "555555");
        }
        if (anyUnverified) {
            text(document.createParagraph(), BriefingText.CITATION_LEGEND, 8, false, "555555");
        }
    }

    /** The marking centred at the top and bottom of every page; "Page n of N" as fields in the footer. */
    private static void markings(XWPFDocument document, BriefingDocument briefing) {
        var marking = briefing.marking() + (briefing.request().scope().includeDrafts() ? " – DRAFT" : "");
        var header = document.createHeader(HeaderFooterType.DEFAULT);
        centred(header, marking);
        var footer = document.createFooter(HeaderFooterType.DEFAULT);
        centred(footer, marking);
        var line = footer.createParagraph();
        line.setAlignment(ParagraphAlignment.RIGHT);
        style(line.createRun(), briefing.title() + " — as of " + BriefingText.WHEN.format(briefing.asOf()) + "    Page ", 8,
                false, "555555");
        field(line, "PAGE");
        style(line.createRun(), " of ", 8, false, "555555");
        field(line, "NUMPAGES");
    }

    private static void centred(XWPFHeaderFooter part, String marking) {
        var paragraph = part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().getFirst();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        style(paragraph.createRun(), marking, 10, true, DRAFT_RED);
    }

    /** A complex field (begin, instruction, separate, cached "1", end), which Word updates as it lays out the pages. */
    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var code = paragraph.createRun();
        code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        style(paragraph.createRun(), "1", 8, false, "555555");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void a4(XWPFDocument document) {
        var section = document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1300));
        margins.setBottom(BigInteger.valueOf(1300));
        margins.setLeft(BigInteger.valueOf(1000));
        margins.setRight(BigInteger.valueOf(1000));
        margins.setHeader(BigInteger.valueOf(560));
        margins.setFooter(BigInteger.valueOf(560));
    }

    private static void heading(XWPFDocument document, String text) {
        var paragraph = document.createParagraph();
        paragraph.setSpacingBefore(280);
        paragraph.setSpacingAfter(80);
        paragraph.setKeepNext(true);
        style(paragraph.createRun(), text, 13, true, ACCENT);
    }

    private static void bullet(XWPFDocument document, String text) {
        var paragraph = document.createParagraph();
        paragraph.setIndentationLeft(280);
        paragraph.setIndentationHanging(200);
        paragraph.setSpacingAfter(60);
        style(paragraph.createRun(), "•\t" + text, 10, false, null);
    }

    private static void indented(XWPFDocument document, @Nullable String label, String text, @Nullable String after) {
        var paragraph = document.createParagraph();
        paragraph.setIndentationLeft(320);
        paragraph.setSpacingAfter(40);
        if (label != null) {
            run(paragraph, label, 10, true, null);
        }
        var run = paragraph.createRun();
        style(run, text, 10, false, null);
        run.setItalic(label != null);
        if (after != null) {
            run(paragraph, after, 9, false, "555555");
        }
    }

    private static void text(XWPFParagraph paragraph, String text, int size, boolean bold, @Nullable String colour) {
        run(paragraph, text, size, bold, colour);
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, @Nullable String colour) {
        style(paragraph.createRun(), text, size, bold, colour);
    }

    private static void cellText(XWPFTableCell cell, String text, boolean bold, @Nullable String colour) {
        var paragraph = cell.getParagraphs().getFirst();
        style(paragraph.createRun(), text, 9, bold, colour);
    }

    private static void style(XWPFRun run, String text, int size, boolean bold, @Nullable String colour) {
        // A tab in a bullet is kept; other text is one run.
        var parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addTab();
            }
            run.setText(parts[i], i);
        }
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        if (colour != null) {
            run.setColor(colour);
        }
    }

    private static void picture(XWPFDocument document, byte[] png, String name, int width, int height) {
        var paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(png), XWPFDocument.PICTURE_TYPE_PNG, name,
                    Units.toEMU(width * 0.93), Units.toEMU(height * 0.93));
        }
        catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("The briefing's picture " + name + " could not be added.", e);
        }
    }

}
