package org.isms4j.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;

/**
 * Writes a table as a workbook of one sheet with fastexcel: the header block, if any, then the
 * heading row (bold, frozen), then one row per record; each cell typed as its column's kind
 * says, ids and codes as text cells formatted as text, dates as date cells formatted
 * {@code yyyy-mm-dd}; column widths that fit the text; a drop-down list on each column of a
 * closed vocabulary.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class SheetWriter {

    /** The widest column, in characters. */
    private static final int MAX_WIDTH = 60;
    /** The narrowest column, in characters. */
    private static final int MIN_WIDTH = 6;
    /** Rows below the table that the drop-down lists still cover, for rows a user adds. */
    private static final int SPARE_ROWS = 500;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String TEXT_FORMAT = "@";

    private SheetWriter() {}

    /**
     * Writes a table as a workbook.
     *
     * @param layout the table's sheet
     * @param table the table, its columns those of the layout
     * @param header the header block, or empty for none
     * @param locale the language of the sheet's name
     * @param out the stream; flushed, not closed
     * @throws IOException if the stream fails
     */
    static void write(SheetLayout layout, ReportTable table, Optional<HeaderBlock> header, Locale locale,
            OutputStream out) throws IOException {
        if (table.headings().size() != layout.width()) {
            throw new IllegalStateException("The table's columns are not the sheet's: " + table.headings());
        }
        check(table);
        Workbook workbook = new Workbook(new NonClosingOutputStream(out), "isms4j", "1.0");
        String name = layout.sheetName(locale);
        Worksheet sheet = workbook.newWorksheet(name);
        int headingRow = header.map(h -> h.write(sheet, name, locale)).orElse(0);
        int width = layout.width();
        int[] widths = new int[width];
        for (int c = 0; c < width; c++) {
            String heading = table.headings().get(c);
            sheet.value(headingRow, c, heading);
            widths[c] = Math.max(MIN_WIDTH, displayWidth(heading) + 2);
        }
        sheet.range(headingRow, 0, headingRow, width - 1).style().bold().fillColor("DDEBF7").wrapText(true)
                .verticalAlignment("center").set();
        sheet.freezePane(0, headingRow + 1);
        List<List<String>> rows = table.rows();
        boolean[] lineBreaks = new boolean[width];
        int r = headingRow + 1;
        for (List<String> row : rows) {
            for (int c = 0; c < width; c++) {
                String text = row.get(c);
                if (!text.isEmpty()) {
                    cell(sheet, r, c, layout.kind(c), text);
                    widths[c] = Math.max(widths[c], displayWidth(text) + 2);
                    lineBreaks[c] |= text.indexOf('\n') >= 0;
                }
            }
            r++;
        }
        int last = Math.max(r - 1, headingRow + 1);
        for (int c = 0; c < width; c++) {
            sheet.width(c, Math.min(MAX_WIDTH, widths[c]));
            SheetLayout.Kind kind = layout.kind(c);
            String format = kind == SheetLayout.Kind.DATE ? DATE_FORMAT : kind == SheetLayout.Kind.TEXT ? TEXT_FORMAT : null;
            if (format != null) {
                sheet.style(c).format(format).set();
                if (!rows.isEmpty()) {
                    sheet.range(headingRow + 1, c, last, c).style().format(format).wrapText(lineBreaks[c])
                            .verticalAlignment("top").set();
                }
            }
            int column = c;
            layout.vocabulary(c, locale).ifPresent(terms -> sheet.range(headingRow + 1, column, last + SPARE_ROWS,
                    column).validateWithListByFormula("\"" + String.join(",", terms) + "\"").allowBlank(true)
                    .showErrorMessage(!layout.severalTerms(column))
                    .errorStyle(layout.severalTerms(column) ? DataValidationErrorStyle.INFORMATION
                            : DataValidationErrorStyle.STOP));
        }
        workbook.finish();
        out.flush();
    }

    /**
     * Fails if a cell holds a character that XML 1.0, and so a workbook, cannot hold: a control
     * character other than tab, line feed and carriage return, U+FFFE, U+FFFF or an unpaired
     * surrogate. fastexcel would drop it; nothing is changed instead.
     */
    private static void check(ReportTable table) {
        int row = 1;
        for (List<String> cells : table.rows()) {
            row++;
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                for (int i = 0; i < text.length(); i++) {
                    char ch = text.charAt(i);
                    boolean paired = Character.isHighSurrogate(ch) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1));
                    if (paired) {
                        i++;
                    } else if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF
                            || Character.isSurrogate(ch)) {
                        throw new IsmsException(String.format(Locale.ROOT, "Cannot write as a workbook: row %d, "
                                + "column %s has the character U+%04X, which a workbook cannot hold: '%s'", row,
                                table.headings().get(c), (int) ch, Checks.echo(text)));
                    }
                }
            }
        }
    }

    private static void cell(Worksheet sheet, int r, int c, SheetLayout.Kind kind, String text) {
        if (kind == SheetLayout.Kind.INTEGER && isNumberCell(text)) {
            sheet.value(r, c, Integer.parseInt(text));
        } else if (kind == SheetLayout.Kind.DATE && isDateCell(text)) {
            sheet.value(r, c, LocalDate.parse(text));
        } else {
            sheet.inlineString(r, c, text);
        }
    }

    /**
     * Tells whether a text is written as a number cell in a number column: a whole number as the
     * cell gives it back, digits without a leading zero, at most nine.
     *
     * @param text the cell's text
     * @return true if so
     */
    static boolean isNumberCell(String text) {
        return !text.isEmpty() && text.length() <= 9 && text.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                && (text.length() == 1 || text.charAt(0) != '0');
    }

    /**
     * Tells whether a text is written as a date cell in a date column: a date {@code yyyy-MM-dd}
     * from 1901 on, which a spreadsheet's date numbers hold (an earlier one stays a text cell).
     *
     * @param text the cell's text
     * @return true if so
     */
    static boolean isDateCell(String text) {
        if (text.length() != 10) {
            return false;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.getYear() >= 1901 && date.toString().equals(text);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The width of a text's longest line, a wide (East Asian) character counting two. */
    static int displayWidth(String text) {
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                widest = Math.max(widest, line);
                line = 0;
            } else {
                line += ch >= 0x1100 && !Character.isLowSurrogate(ch) ? 2 : 1;
            }
        }
        return Math.max(widest, line);
    }

    /** The caller's stream, which fastexcel would close on finishing. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
