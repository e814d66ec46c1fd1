package org.isms4j.csv;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.isms4j.core.report.ReportTable;

/**
 * Writes a {@link ReportTable} as CSV (RFC 4180): the heading row, then one row per record, each
 * ended by CRLF; a cell quoted when it holds a comma, a quote, a line break or leading or
 * trailing space; UTF-8, after a byte order mark if asked.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class CsvOutput {

    /** The byte order mark, which tells spreadsheet programs that the file is UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private CsvOutput() {}

    /**
     * Writes a table to a stream in UTF-8.
     *
     * @param table the table
     * @param out the stream; flushed, not closed
     * @param byteOrderMark whether to write the byte order mark first
     * @throws IOException if the stream fails
     */
    public static void write(ReportTable table, OutputStream out, boolean byteOrderMark) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(table, writer, byteOrderMark);
    }

    /**
     * Writes a table to a writer.
     *
     * @param table the table
     * @param out the writer; flushed, not closed
     * @param byteOrderMark whether to write the byte order mark first
     * @throws IOException if the writer fails
     */
    public static void write(ReportTable table, Writer out, boolean byteOrderMark) throws IOException {
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

    private static void row(CsvGenerator generator, List<String> cells) throws IOException {
        generator.writeStartArray();
        for (String cell : cells) {
            generator.writeString(cell);
        }
        generator.writeEndArray();
    }
}
