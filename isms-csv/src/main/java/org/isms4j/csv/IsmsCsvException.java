package org.isms4j.csv;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.isms4j.core.IsmsException;

/**
 * The one exception isms4j's CSV readers throw for a table they cannot accept, such as
 * {@code row 3, column 重要度: Invalid value for importance (valid values 1 - 3): 4}.
 *
 * <p>The message is the location of the bad value, a colon and the reason in the core's message
 * shape (field, rule, value last). Rows are counted as a spreadsheet shows them: the heading row
 * is row 1 and the first record row 2, a cell with line breaks being one row. The column is
 * named by its heading as the file writes it, in Japanese or English. A rule across the cells of
 * a row is reported at the row ({@code row 4: Invalid plan row 3: ...}); a failure of the table
 * as a whole, such as malformed CSV before the first row, at {@code table}.
 *
 * <p>Every reason a reader rejects bytes is one of these: malformed CSV or text that is not
 * UTF-8, a read limit exceeded, an unknown, duplicate or missing heading, a row with another
 * number of cells than the headings, a cell that is not of its column's form, a value off its
 * range or scale, a derived cell (such as the importance of an asset) that disagrees with the
 * cells it is derived from, a broken rule of the core, and a duplicate number or control. The
 * cause, when present, is the {@link IsmsException} of the core or the Jackson exception behind
 * the failure.
 *
 * <p>This class is immutable and thread-safe.
 */
public class IsmsCsvException extends IsmsException {

    private static final long serialVersionUID = 1L;

    /** The row, 1 for the headings, 0 for the table as a whole. */
    private final int row;

    /** The heading of the column, or null for the whole row. */
    private final String column;

    /** The reason, without the location. */
    private final String reason;

    /** The index of the cell in its row, or -1. */
    private final int cellIndex;

    /**
     * Creates an exception for a bad value at a row and column.
     *
     * @param row the row, 1 for the heading row, 0 for the table as a whole
     * @param column the column's heading as written in the file, or null for the whole row
     * @param reason the reason in the core's message shape, not null
     * @param cause the exception behind it, may be null
     * @throws IllegalArgumentException if the row is negative
     */
    public IsmsCsvException(int row, String column, String reason, Throwable cause) {
        this(row, column, -1, reason, cause);
    }

    /**
     * Creates an exception for a bad value at a row and column whose cell's index in the row is
     * known, as a reader of another format's table (such as a workbook's sheet) needs to name
     * the cell its own way.
     *
     * @param row the row, 1 for the heading row, 0 for the table as a whole
     * @param column the column's heading as written in the file, or null for the whole row or an
     *     unknown heading
     * @param cellIndex the index of the cell in its row, 0 for the first; -1 for the whole row
     * @param reason the reason in the core's message shape, not null
     * @param cause the exception behind it, may be null
     * @throws IllegalArgumentException if the row is negative or the index less than -1
     */
    public IsmsCsvException(int row, String column, int cellIndex, String reason, Throwable cause) {
        super(location(row, column) + ": " + Objects.requireNonNull(reason, "reason"), cause);
        if (cellIndex < -1) {
            throw new IllegalArgumentException("Invalid cell index: " + cellIndex);
        }
        this.row = row;
        this.column = column;
        this.reason = reason;
        this.cellIndex = cellIndex;
    }

    private static String location(int row, String column) {
        if (row < 0) {
            throw new IllegalArgumentException("Invalid row: " + row);
        }
        if (row == 0) {
            return "table";
        }
        return column == null ? "row " + row : "row " + row + ", column " + column;
    }

    /**
     * Returns the row of the bad value: 1 for the heading row, 2 for the first record, 0 for the
     * table as a whole.
     *
     * @return the row, 0 or more
     */
    public int row() {
        return row;
    }

    /**
     * Returns the heading of the bad value's column, as the file writes it, such as 重要度.
     *
     * @return the heading, or empty when the failure concerns the whole row or table
     */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /**
     * Returns the index of the bad value's cell in its row, 0 for the first cell (a spreadsheet's
     * column A), when the failure concerns one cell.
     *
     * @return the index, or empty for a failure of the whole row or table
     */
    public OptionalInt cellIndex() {
        return cellIndex < 0 ? OptionalInt.empty() : OptionalInt.of(cellIndex);
    }

    /**
     * Returns the location of the bad value, such as {@code row 3, column 重要度}, {@code row 3}
     * or {@code table}.
     *
     * @return the location, not null
     */
    public String location() {
        return location(row, column);
    }

    /**
     * Returns the reason without the location, such as
     * {@code Invalid value for importance (valid values 1 - 3): 4}.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }
}
