package org.transferwatch.dashboard;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.core.io.ClassPathResource;

/**
 * The PDFs' fonts: DejaVu Sans (regular, bold, oblique; Bitstream Vera licence, see
 * {@code dashboard/fonts/LICENSE-DejaVu.txt}), embedded as Unicode (Identity-H) subsets, so that a name such as
 * "Находка", "Ø" or "İ" prints as written. The PDF standard fonts know Windows-1252 only and printed "?" for the
 * rest. DejaVu Sans covers the Latin, Greek, Cyrillic, Armenian, Georgian and Hebrew scripts and the Arabic
 * letters (printed unjoined, left to right); it has no Chinese, Japanese or Korean glyphs, which print as "?".
 */
final class PdfFonts {

    static final BaseFont REGULAR = load("DejaVuSans.ttf");

    static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    static final BaseFont OBLIQUE = load("DejaVuSans-Oblique.ttf");

    private PdfFonts() {
    }

    static Font regular(float size) {
        return regular(size, Color.BLACK);
    }

    static Font regular(float size, Color colour) {
        return new Font(REGULAR, size, Font.NORMAL, colour);
    }

    static Font bold(float size) {
        return bold(size, Color.BLACK);
    }

    static Font bold(float size, Color colour) {
        return new Font(BOLD, size, Font.NORMAL, colour);
    }

    static Font oblique(float size) {
        return new Font(OBLIQUE, size, Font.NORMAL, Color.BLACK);
    }

    /** The text with each character the font has no glyph for (a Korean name, say) as "?", never as a blank. */
    static String printable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            var printable = Character.isWhitespace(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || REGULAR.charExists(cp);
            out.append(printable ? Character.toString(cp) : "?");
        });
        return out.toString();
    }

    private static BaseFont load(String file) {
        try (var in = new ClassPathResource("dashboard/fonts/" + file).getInputStream()) {
            // The name must end in .ttf for OpenPDF to read the bytes as TrueType.
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + file + " is missing from the application", e);
        }
    }

}
