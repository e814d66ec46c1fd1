package org.isms4j.csv;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;

/**
 * Writes a {@link ReportTable} as CSV (RFC 4180): the heading row, then one row per record, each
 * ended by CRLF; a cell quoted when it holds a comma, a quote, a line break or leading or
 * trailing space; each cell escaped as the {@link CellEscaping} mode says; in an encoding, after
 * a byte order mark if asked. A cell the encoding cannot carry, or text with an unpaired
 * surrogate, fails before anything is written: nothing is replaced.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
final class CsvOutput {

    /** The byte order mark, which tells spreadsheet programs that the file is UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final CsvCharset charset;
    private final boolean byteOrderMark;
    private final CellEscaping escaping;

    CsvOutput(CsvCharset charset, boolean byteOrderMark, CellEscaping escaping) {
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
        this.escaping = escaping;
    }

    private CharsetEncoder encoder() {
        return charset.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Checks that every cell of a table can be written in the encoding and read back.
     *
     * @param table the table
     * @throws IsmsException naming the row and column of the first cell that cannot
     */
    void check(ReportTable table) {
        CharsetEncoder encoder = encoder();
        check(encoder, 1, table.headings(), table.headings());
        int row = 2;
        for (List<String> cells : table.rows()) {
            check(encoder, row++, table.headings(), cells);
        }
    }

    private void check(CharsetEncoder encoder, int row, List<String> headings, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            int surrogate = CsvText.unpairedSurrogate(cell);
            String problem = surrogate >= 0
                    ? CsvText.format("an unpaired surrogate \\u%04x, which no encoding can write", (int) cell.charAt(surrogate))
                    : encoder.canEncode(escaping.escape(cell)) ? null
                    : CsvText.format("a character %s cannot encode", charset.charset().name());
            if (problem != null) {
                throw new IsmsException(CsvText.format("Cannot write as CSV: row %d, column %s has %s: '%s'", row,
                        i < headings.size() ? headings.get(i) : String.valueOf(i + 1), problem,
                        CsvText.escape(cell, 64)));
            }
        }
    }

    /**
     * Checks a table and writes it to a stream.
     *
     * @param table the table
     * @param out the stream; flushed, not closed
     * @throws IsmsException if a cell cannot be written (nothing is written then)
     * @throws IOException if the stream fails
     */
    void write(ReportTable table, OutputStream out) throws IOException {
        check(table);
        writeChecked(table, new OutputStreamWriter(out, encoder()));
    }

    /**
     * Checks a table and writes it to a writer.
     *
     * @param table the table
     * @param out the writer; flushed, not closed
     * @throws IsmsException if a cell cannot be written (nothing is written then)
     * @throws IOException if the writer fails
     */
    void write(ReportTable table, Writer out) throws IOException {
        check(table);
        writeChecked(table, out);
    }

    private void writeChecked(ReportTable table, Writer out) throws IOException {
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        try (CsvGenerator generator = FACTORY.createGenerator(out)) {
            generator.setSchema(SCHEMA);
            row(generator, table.headings());
            for (List<String> row : table.rows()) {
                row(generator, row);
            }
        }
        out.flush();
    }

    private void row(CsvGenerator generator, List<String> cells) throws IOException {
        generator.writeStartArray();
        for (String cell : cells) {
            generator.writeString(escaping.escape(cell));
        }
        generator.writeEndArray();
    }
}
