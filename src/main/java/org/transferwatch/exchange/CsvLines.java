package org.transferwatch.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.transferwatch.base.ValidationException;

/**
 * Splits CSV text into records that remember the line they start on, so that every problem can name
 * its line. Blank lines are skipped; a quote that is never closed, or text after a closing quote, is
 * refused with the line where that record starts.
 */
final class CsvLines {

    /** A record of the file: its fields and the line (1-based) it starts on. */
    record Line(int number, List<String> fields) {
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvLines() {
    }

    /**
     * @param firstLine the line number of the text's first line in the file
     * @param progress told the share of the text read so far (0 to 1)
     */
    static List<Line> read(String text, int firstLine, DoubleConsumer progress) {
        var lines = new ArrayList<Line>();
        forEach(text, firstLine, progress, lines::add);
        return lines;
    }

    /**
     * Hands each record to {@code each} as soon as it is read, so that a reader keeps only what it makes of
     * the records: the records of a whole file at once, a String per field, take more memory than the file
     * itself.
     *
     * @param firstLine the line number of the text's first line in the file
     * @param progress told the share of the text read so far (0 to 1)
     */
    static void forEach(String text, int firstLine, DoubleConsumer progress, Consumer<Line> each) {
        var start = firstLine;
        var count = 0;
        try (var parser = FORMAT.parse(new StringReader(text))) {
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                }
                catch (UncheckedIOException | IllegalStateException e) {
                    throw new ValidationException("Line " + start + ": a quoted field is not closed, or has text after "
                            + "its closing quote. Check the quotes that start on this line.");
                }
                var fields = record.toList();
                var recordStart = start + countSkippedBlankLines(text, record.getCharacterPosition());
                start = firstLine + (int) parser.getCurrentLineNumber();
                if (!(fields.size() == 1 && fields.getFirst().isEmpty())) {
                    each.accept(new Line(recordStart, fields));
                    if (++count % 5000 == 0) {
                        progress.accept(text.isEmpty() ? 1 : (double) record.getCharacterPosition() / text.length());
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.accept(1);
    }

    /** Blank lines before a record are skipped by the parser but still count as lines. */
    private static int countSkippedBlankLines(String text, long position) {
        var count = 0;
        var index = (int) position - 1;
        while (index >= 0 && (text.charAt(index) == '\n' || text.charAt(index) == '\r')) {
            if (text.charAt(index) == '\n') {
                count++;
            }
            index--;
        }
        // The line break that ended the previous record is already counted by the parser.
        return Math.max(0, count - 1);
    }

}
