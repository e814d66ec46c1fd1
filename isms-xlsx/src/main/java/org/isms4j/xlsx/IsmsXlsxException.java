package org.isms4j.xlsx;

import java.util.Objects;
import java.util.Optional;
import org.isms4j.core.IsmsException;

/**
 * The one exception isms4j's workbook readers throw for a workbook they cannot accept, such as
 * {@code 資産目録!L3: Invalid value for importance (the highest of confidentiality, integrity and
 * availability is 3): 2}.
 *
 * <p>The message is the location, a colon and the reason in the core's message shape (field,
 * rule, value last), the same reason the CSV reader gives for the same cell. The location is a
 * cell as a spreadsheet names it, {@code sheet!A1}; a row as {@code sheet!3:3}; the sheet as
 * {@code sheet}; a workbook that is not one (a zip bomb, a file that is not .xlsx) as
 * {@code workbook}. The cause, when present, is the exception behind the failure: isms-csv's
 * {@code IsmsCsvException} of the table, the core's, or the parser's.
 *
 * <p>This class is immutable and thread-safe.
 */
public class IsmsXlsxException extends IsmsException {

    private static final long serialVersionUID = 1L;

    /** The sheet's name, or null for the workbook. */
    private final String sheet;
    /** The cell or row, or null for the sheet. */
    private final String cell;
    /** The reason, without the location. */
    private final String reason;

    /**
     * Creates an exception for a bad value at a location.
     *
     * @param sheet the sheet's name, or null for the workbook as a whole
     * @param cell the cell, such as {@code L3}, or a row such as {@code 3:3}; null for the sheet
     * @param reason the reason in the core's message shape, not null
     * @param cause the exception behind it, may be null
     */
    public IsmsXlsxException(String sheet, String cell, String reason, Throwable cause) {
        super(location(sheet, cell) + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.sheet = sheet;
        this.cell = sheet == null ? null : cell;
        this.reason = reason;
    }

    private static String location(String sheet, String cell) {
        if (sheet == null) {
            return "workbook";
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }

    /**
     * Returns the sheet of the bad value.
     *
     * @return the sheet's name, or empty for a failure of the workbook as a whole
     */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * Returns the cell of the bad value, such as {@code L3}, or its row, such as {@code 3:3}.
     *
     * @return the cell or row, or empty for a failure of the sheet or workbook
     */
    public Optional<String> cell() {
        return Optional.ofNullable(cell);
    }

    /**
     * Returns the location, such as {@code 資産目録!L3}.
     *
     * @return the location, not null
     */
    public String location() {
        return location(sheet, cell);
    }

    /**
     * Returns the reason without the location.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns the name of a column as a spreadsheet letters it: A for 0, Z for 25, AA for 26.
     *
     * @param index the column's index, 0 or more
     * @return the letters, not null
     */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
