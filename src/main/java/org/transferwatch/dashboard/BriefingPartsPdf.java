package org.transferwatch.dashboard;

import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.transferwatch.transfer.TransferRoutes;

/** The briefing PDF's sections on the transfers' parts: the routes, the parties and the shipments. */
final class BriefingPartsPdf {

    record Fonts(Font heading, Font body, Font small, Font bold) {
    }

    private BriefingPartsPdf() {
    }

    static void add(Document document, Briefing briefing, Fonts fonts) {
        routes(document, briefing, fonts);
        parties(document, briefing, fonts);
        shipments(document, briefing, fonts);
    }

    private static void routes(Document document, Briefing briefing, Fonts fonts) {
        document.add(BriefingPdf.section("Routes", fonts.heading()));
        var routes = briefing.routes().routes().stream().filter(route -> !route.places().isEmpty()).toList();
        if (routes.isEmpty()) {
            document.add(new Paragraph("No shipment of these transfers names the places it passed.", fonts.body()));
        }
        for (var route : routes) {
            document.add(new Paragraph(BriefingPdf.plain(route.label() + " (" + route.mode().label().toLowerCase(Locale.ROOT)
                    + "): " + route.shipments() + (route.shipments() == 1 ? " shipment" : " shipments")), fonts.body()));
        }
    }

    private static void parties(Document document, Briefing briefing, Fonts fonts) {
        document.add(BriefingPdf.section("Parties", fonts.heading()));
        if (briefing.parties().isEmpty()) {
            document.add(new Paragraph("No party of these transfers is recorded.", fonts.body()));
            return;
        }
        if (briefing.partiesTotal() > briefing.parties().size()) {
            document.add(new Paragraph("The " + briefing.parties().size() + " most involved of " + briefing.partiesTotal()
                    + " parties are listed, designated ones first.", fonts.small()));
        }
        var table = table(new float[] { 26, 10, 12, 22, 8, 22 }, fonts, "Party", "Kind", "Country", "Roles",
                "Transfers", "Designated");
        for (var line : briefing.parties()) {
            var party = line.line().party();
            table.addCell(BriefingPdf.cell(party.name(), fonts.body()));
            table.addCell(BriefingPdf.cell(party.kind().label(), fonts.body()));
            table.addCell(BriefingPdf.cell(line.countryName() == null ? "-" : line.countryName(), fonts.body()));
            table.addCell(BriefingPdf.cell(line.line().rolesLabel(), fonts.body()));
            table.addCell(BriefingPdf.cell(Integer.toString(line.line().transfers()), fonts.body()));
            table.addCell(BriefingPdf.cell(line.designatedLabel(), party.designated() ? fonts.bold() : fonts.body()));
        }
        document.add(table);
    }

    private static void shipments(Document document, Briefing briefing, Fonts fonts) {
        document.add(BriefingPdf.section("Shipments", fonts.heading()));
        var shipments = briefing.shipments();
        if (shipments.lines().isEmpty()) {
            document.add(new Paragraph("No shipment of these transfers is recorded.", fonts.body()));
            return;
        }
        if (shipments.total() > shipments.lines().size()) {
            document.add(new Paragraph("The " + shipments.lines().size() + " with the latest periods of "
                    + shipments.total() + " shipments are listed.", fonts.small()));
        }
        var table = table(new float[] { 10, 8, 16, 11, 11, 11, 12, 21 }, fonts, "Period", "Mode", "Vessel or carrier",
                "From", "Via", "To", "Quantity", "Transfer");
        for (var line : shipments.lines()) {
            table.addCell(BriefingPdf.cell(line.periodLabel(), fonts.body()));
            table.addCell(BriefingPdf.cell(line.mode().label() + (line.shipToShip() ? ", ship-to-ship" : ""), fonts.body()));
            table.addCell(BriefingPdf.cell(line.carriersLabel(), fonts.body()));
            table.addCell(BriefingPdf.cell(TransferRoutes.ShipmentLine.placeName(line.from()), fonts.body()));
            table.addCell(BriefingPdf.cell(TransferRoutes.ShipmentLine.placeName(line.via()), fonts.body()));
            table.addCell(BriefingPdf.cell(TransferRoutes.ShipmentLine.placeName(line.to()), fonts.body()));
            table.addCell(BriefingPdf.cell(line.quantity().label(), fonts.body()));
            table.addCell(BriefingPdf.cell(line.supplierCode() + " to " + line.recipientCode() + ": " + line.transferItem(),
                    fonts.body()));
        }
        document.add(table);
    }

    private static PdfPTable table(float[] widths, Fonts fonts, String... headers) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var header : headers) {
            table.addCell(BriefingPdf.headerCell(header, fonts.bold()));
        }
        return table;
    }

}
