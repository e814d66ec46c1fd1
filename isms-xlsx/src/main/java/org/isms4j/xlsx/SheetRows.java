package org.isms4j.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.isms4j.core.Checks;
import org.isms4j.csv.IsmsCsvException;
import org.isms4j.csv.TableRows;

/**
 * A sheet's rows as the text of their cells, for isms-csv's table readers: a text cell as its
 * text; a number as its decimal digits ({@code 3}, {@code 5.1}: a spreadsheet that took the id
 * 5.10 for a number has lost its zero, which the reader names); a date cell, one whose format is
 * a date's, as {@code yyyy-MM-dd}; a formula as the value the spreadsheet saved with it; a
 * boolean as {@code TRUE} or {@code FALSE}. A formula error such as {@code #N/A}, a date with a
 * time of day, or a cell of more than {@value #MAX_CELL_LENGTH} characters fails at its cell.
 *
 * <p>Not part of the API. This class is not thread-safe.
 */
final class SheetRows implements TableRows {

    /** The longest cell read, in characters: {@value}, as the CSV readers' default. */
    static final int MAX_CELL_LENGTH = 100_000;

    private final Iterator<Row> rows;
    private List<String> pushedBack;
    private int pushedBackRow;
    private int row;

    SheetRows(Iterator<Row> rows) {
        this.rows = rows;
    }

    /**
     * Gives back the row last read, to be read again.
     *
     * @param cells the row's cells, or null at the end
     */
    void unread(List<String> cells) {
        pushedBack = cells;
        pushedBackRow = row;
        row = Math.max(0, row - 1);
    }

    @Override
    public List<String> next(int maxCells) {
        if (pushedBack != null) {
            List<String> cells = pushedBack;
            pushedBack = null;
            row = pushedBackRow;
            return cells;
        }
        Row next;
        try {
            if (!rows.hasNext()) {
                return null;
            }
            next = rows.next();
        } catch (RuntimeException e) {
            throw new IsmsCsvException(row + 1, null, "Malformed workbook: " + Checks.echo(String.valueOf(
                    e.getMessage())), e);
        }
        row = next.getRowNum();
        List<String> cells = new ArrayList<>();
        int count = Math.min(next.getCellCount(), maxCells + 1);
        for (int i = 0; i < count; i++) {
            Cell cell = next.getCell(i);
            cells.add(cell == null ? "" : text(cell, i));
        }
        return cells;
    }

    @Override
    public boolean omitsTrailingEmptyCells() {
        return true;
    }

    @Override
    public int row() {
        return row;
    }

    private String text(Cell cell, int index) {
        String text;
        switch (cell.getType()) {
            case NUMBER:
                text = isDate(cell) ? date(cell, index) : plain(cell.asNumber());
                break;
            case BOOLEAN:
                text = Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
                break;
            case ERROR:
                throw new IsmsCsvException(row, null, index, "Invalid cell: the formula error "
                        + Checks.echo(String.valueOf(cell.getRawValue())), null);
            case FORMULA:
                text = cell.getRawValue() == null ? "" : cell.getRawValue();
                break;
            case EMPTY:
                text = "";
                break;
            default:
                text = cell.getRawValue() == null ? "" : cell.asString();
                break;
        }
        if (text.length() > MAX_CELL_LENGTH) {
            throw new IsmsCsvException(row, null, index, String.format(Locale.ROOT,
                    "Read limit exceeded: a cell of %d characters, more than %d", text.length(), MAX_CELL_LENGTH), null);
        }
        return text;
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    private String date(Cell cell, int index) {
        LocalDateTime time;
        try {
            time = cell.asDate();
        } catch (RuntimeException e) {
            throw new IsmsCsvException(row, null, index, "Invalid cell: a date out of range: "
                    + Checks.echo(String.valueOf(cell.getRawValue())), null);
        }
        if (!time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw new IsmsCsvException(row, null, index, "Invalid value for a date (a day without a time of day): "
                    + time, null);
        }
        return time.toLocalDate().toString();
    }

    /** Tells whether a number cell's format is a date's: a built-in date format or one with a year or day. */
    static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
        return bare.indexOf('y') >= 0 || bare.indexOf('d') >= 0;
    }
}
