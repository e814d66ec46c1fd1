package org.isms4j.csv;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;

/**
 * A strict cursor over the rows of a table whose columns are a vocabulary of columns, such as
 * {@code InventoryColumn}: it matches the heading row, in Japanese or English, to the columns,
 * reads each row's cells by column, and names the row and column of every bad value. The rows
 * come from {@link TableRows}: a CSV file's records, or another format's. What a
 * {@link SpreadsheetTolerance} allows is applied here and nowhere else.
 *
 * <p>Not part of the API. This class is not thread-safe.
 *
 * @param <C> the columns
 */
final class CsvInput<C extends Enum<C> & VocabularyTerm> {

    /** The most cells the heading row may have. */
    private static final int MAX_HEADINGS = 64;
    /** The most cells a row may have when columns are ignored or trailing empty columns allowed. */
    private static final int MAX_CELLS = 1024;
    /** The most title rows skipped before the heading row. */
    private static final int MAX_TITLE_ROWS = 32;
    private static final int QUOTED_TEXT_LIMIT = 64;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern COMMA = Pattern.compile(",");

    private final TableRows rows;
    private final SpreadsheetTolerance tolerance;
    private final C[] columns;
    private final int[] cellOf;
    private final List<Integer> extraCells = new ArrayList<>();
    private final int width;
    private String[] headings;
    private String[] cells;
    private int row;

    /**
     * Creates a cursor and reads the heading row: every column once, in any order, each heading
     * in Japanese or English.
     *
     * @param rows the rows of the table
     * @param tolerance what the reading tolerates
     * @param type the columns' class
     * @param derived the columns whose values can be computed, absent if the tolerance allows it
     * @param table the table's name for messages, such as {@code asset inventory}
     * @throws IOException if the source fails
     */
    CsvInput(TableRows rows, SpreadsheetTolerance tolerance, Class<C> type, Set<C> derived, String table)
            throws IOException {
        this(rows, tolerance, type, List.of(type.getEnumConstants()), derived, table, heading -> false);
    }

    /**
     * Creates a cursor over some columns of a class, whose heading row may also have headings of
     * no column that a predicate accepts, such as the annual plan's weeks, each once;
     * {@link #extraHeadings()} lists them.
     *
     * @param rows the table's records
     * @param tolerance what the table may deviate in
     * @param type the columns' class
     * @param usedColumns the table's columns of the class, in the table's order, such as some of
     *     {@code RecordColumn}
     * @param derived the columns that may be computed when absent
     * @param table the table's name for messages
     * @param extra accepts a heading (stripped) that is no column's
     * @throws IOException if the records fail
     */
    CsvInput(TableRows rows, SpreadsheetTolerance tolerance, Class<C> type, List<C> usedColumns, Set<C> derived,
            String table, Predicate<String> extra) throws IOException {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.tolerance = tolerance;
        this.columns = usedColumns.toArray(Arrays.copyOf(type.getEnumConstants(), 0));
        this.cellOf = new int[type.getEnumConstants().length];
        Arrays.fill(cellOf, -1);
        Map<String, C> byName = new HashMap<>();
        for (C column : columns) {
            byName.put(tolerance.headingKey(column.names().japanese()), column);
            byName.put(tolerance.headingKey(column.names().english()), column);
        }
        List<String> first = headingRow(byName);
        if (first == null) {
            throw new IsmsCsvException(Math.max(1, rows.row()), null,
                    CsvText.format("Invalid %s table: it has no heading row", table), null);
        }
        row = rows.row();
        headings = first.toArray(new String[0]);
        if (headings.length > 0 && headings[0].startsWith("\uFEFF")) {
            headings[0] = headings[0].substring(1);
        }
        int used = headings.length;
        if (tolerance.ignoresTrailingEmptyColumns()) {
            while (used > 0 && headings[used - 1].isBlank()) {
                used--;
            }
        }
        width = used;
        boolean japanese = false;
        boolean languageKnown = false;
        for (int i = 0; i < used; i++) {
            String heading = headings[i].strip();
            headings[i] = heading;
            C column = byName.get(tolerance.headingKey(heading));
            if (column == null && extra.test(heading)) {
                for (int cell : extraCells) {
                    if (headings[cell].equals(heading)) {
                        throw new IsmsCsvException(row, heading, i, CsvText.format("Duplicate column: '%s'", heading),
                                null);
                    }
                }
                extraCells.add(i);
                continue;
            }
            if (column == null) {
                if (tolerance.ignores(heading)) {
                    continue;
                }
                throw new IsmsCsvException(row, CsvText.escape(heading, QUOTED_TEXT_LIMIT), i, CsvText.unknown(
                        table + " column", CsvText.escape(heading, QUOTED_TEXT_LIMIT), Arrays.stream(columns)
                                .map(c -> c.names().japanese() + " / " + c.names().english())
                                .collect(Collectors.joining(", "))), null);
            }
            if (cellOf[column.ordinal()] >= 0) {
                throw new IsmsCsvException(row, heading, i, CsvText.format("Duplicate column: '%s'", heading), null);
            }
            if (!languageKnown) {
                japanese = heading.equals(column.names().japanese());
                languageKnown = true;
            }
            cellOf[column.ordinal()] = i;
        }
        for (C column : columns) {
            if (cellOf[column.ordinal()] < 0
                    && !(tolerance.computesDerivedColumns() && derived.contains(column))) {
                throw new IsmsCsvException(row, null, CsvText.format("Missing column: '%s'",
                        japanese ? column.names().japanese() : column.names().english()), null);
            }
        }
    }

    /** Reads the heading row, after the title rows the tolerance skips. */
    private List<String> headingRow(Map<String, C> byName) throws IOException {
        int limit = tolerance.ignoresUnknownColumns() || tolerance.ignoresTrailingEmptyColumns()
                ? MAX_CELLS : MAX_HEADINGS;
        for (int skipped = 0; ; skipped++) {
            List<String> record = record(limit);
            if (record == null || !tolerance.skipsTitleRows()) {
                return record;
            }
            for (String cell : record) {
                String text = cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
                if (byName.containsKey(tolerance.headingKey(text.strip()))) {
                    return record;
                }
            }
            if (skipped == MAX_TITLE_ROWS) {
                throw new IsmsCsvException(rows.row(), null, CsvText.format(
                        "Invalid table: no heading row in its first %d rows", MAX_TITLE_ROWS + 1), null);
            }
        }
    }

    /**
     * Reads one record's cells, each of text that a writer can write back.
     *
     * @param limit the most cells the record may have
     * @return the cells, or null at the end of the table
     */
    private List<String> record(int limit) throws IOException {
        List<String> record;
        try {
            record = rows.next(limit);
        } catch (IsmsCsvException e) {
            int index = e.cellIndex().orElse(-1);
            if (e.column().isEmpty() && headings != null && index >= 0 && index < width) {
                throw new IsmsCsvException(e.row(), headings[index], index, e.reason(), e.getCause());
            }
            throw e;
        }
        if (record == null) {
            return null;
        }
        if (record.size() > limit) {
            throw new IsmsCsvException(rows.row(), null, CsvText.format("Invalid row: more than %d cells%s", limit,
                    headings == null ? "" : " (one per heading)"), null);
        }
        for (int i = 0; i < record.size(); i++) {
            int surrogate = CsvText.unpairedSurrogate(record.get(i));
            if (surrogate >= 0) {
                throw new IsmsCsvException(rows.row(), headings == null || i >= width ? null : headings[i], i,
                        CsvText.format("Invalid text: an unpaired surrogate \\u%04x at character %d",
                                (int) record.get(i).charAt(surrogate), surrogate), null);
            }
        }
        return record;
    }

    /**
     * Moves to the next row that has a non-empty cell; rows of empty cells only, such as a
     * spreadsheet's blank lines, are skipped.
     *
     * @return true if there is such a row
     * @throws IOException if the source fails
     */
    public boolean next() throws IOException {
        int limit = width == headings.length && !tolerance.ignoresTrailingEmptyColumns() ? headings.length : MAX_CELLS;
        while (true) {
            List<String> record = record(limit);
            if (record == null) {
                cells = null;
                return false;
            }
            row = rows.row();
            if (record.stream().allMatch(String::isEmpty)) {
                continue;
            }
            int size = record.size();
            if (tolerance.ignoresTrailingEmptyColumns()) {
                for (int i = width; i < size; i++) {
                    if (!record.get(i).isEmpty()) {
                        throw new IsmsCsvException(row, null, i, CsvText.format(
                                "Invalid row: cell %d has a value but no heading: '%s'", i + 1,
                                quote(record.get(i))), null);
                    }
                }
                size = Math.min(size, width);
            }
            if (size < width && rows.omitsTrailingEmptyCells()) {
                record = new ArrayList<>(record);
                while (record.size() < width) {
                    record.add("");
                }
                size = width;
            }
            if (size != width) {
                throw rowError(CsvText.format("Invalid row: %d cells, not %d (one per heading)", size, width));
            }
            cells = record.subList(0, size).toArray(new String[0]);
            return true;
        }
    }

    /**
     * Returns what the reading tolerates.
     *
     * @return the tolerance
     */
    public SpreadsheetTolerance tolerance() {
        return tolerance;
    }

    /**
     * Tells whether the table has a column: always, unless it is a derived column the tolerance
     * lets the table leave out.
     *
     * @param column the column
     * @return true if the table has it
     */
    public boolean has(C column) {
        return cellOf[column.ordinal()] >= 0;
    }

    /**
     * Returns the current row's number, 1 for the headings.
     *
     * @return the row
     */
    public int row() {
        return row;
    }

    /**
     * Returns the cell of a column in the current row, as written.
     *
     * @param column the column
     * @return the text, possibly empty
     */
    public String cell(C column) {
        int index = cellOf[column.ordinal()];
        return index < 0 ? "" : cells[index];
    }

    /** Returns the headings the constructor's predicate accepted, stripped, in the file's order. */
    public List<String> extraHeadings() {
        List<String> extra = new ArrayList<>();
        for (int cell : extraCells) {
            extra.add(headings[cell]);
        }
        return extra;
    }

    /** Returns the current row's cell, as written, under the extra heading of an index. */
    public String extraCell(int index) {
        return cells[extraCells.get(index)];
    }

    /** Returns an exception at the column of the extra heading of an index, in the current row. */
    public IsmsCsvException extraError(int index, String reason) {
        return new IsmsCsvException(row, headings[extraCells.get(index)], reason, null);
    }

    /**
     * Tells whether every cell of some columns is empty in the current row.
     *
     * @param group the columns
     * @return true if all are empty
     */
    @SafeVarargs
    public final boolean allEmpty(C... group) {
        for (C column : group) {
            if (!cell(column).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns an exception at a column of the current row.
     *
     * @param column the column
     * @param reason the reason
     * @return the exception
     */
    public IsmsCsvException error(C column, String reason) {
        int index = cellOf[column.ordinal()];
        return index < 0 ? rowError(reason) : new IsmsCsvException(row, headings[index], index, reason, null);
    }

    /** Returns an exception at a column of an earlier row, for a rule checked after the rows. */
    public IsmsCsvException error(int row, C column, String reason) {
        return new IsmsCsvException(row, headings[cellOf[column.ordinal()]], reason, null);
    }

    /**
     * Returns an exception at the current row.
     *
     * @param reason the reason
     * @return the exception
     */
    public IsmsCsvException rowError(String reason) {
        return new IsmsCsvException(row, null, reason, null);
    }

    /**
     * Runs a core factory, turning its exception into one at a column of the current row.
     *
     * @param <T> the result
     * @param column the column, or null for the whole row
     * @param factory the factory
     * @return its result
     */
    public <T> T core(C column, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IsmsCsvException e) {
            throw e;
        } catch (IsmsException e) {
            int index = column == null ? -1 : cellOf[column.ordinal()];
            throw new IsmsCsvException(row, index < 0 ? null : headings[index], index, e.getMessage(), e);
        }
    }

    static String quote(String text) {
        return CsvText.escape(text, QUOTED_TEXT_LIMIT);
    }

    /**
     * Reads a cell as an int in a range: decimal digits only.
     *
     * @param column the column
     * @param field the field, as the core names it
     * @param min the lowest valid value
     * @param max the highest valid value
     * @return the value
     */
    public int integer(C column, String field, int min, int max) {
        return integer(column, cell(column), field, min, max);
    }

    private int integer(C column, String text, String field, int min, int max) {
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw error(column, CsvText.format("Invalid value for %s (an integer %d - %d): '%s'", field, min, max,
                    quote(text)));
        }
        long value = Long.parseLong(text);
        if (value < min || value > max) {
            throw error(column, CsvText.outOfRange(field, min, max, value));
        }
        return (int) value;
    }

    /**
     * Reads a cell as an int in a range, or none when empty.
     *
     * @param column the column
     * @param field the field
     * @param min the lowest valid value
     * @param max the highest valid value
     * @return the value, or empty
     */
    public OptionalInt optionalInteger(C column, String field, int min, int max) {
        return cell(column).isEmpty() ? OptionalInt.empty() : OptionalInt.of(integer(column, field, min, max));
    }

    /**
     * Reads a cell of numbers separated by commas, such as {@code 10, 11, 13}, each 1 or more and
     * unique.
     *
     * @param column the column
     * @param field the field of one number, such as {@code asset number}
     * @return the numbers in the order given, empty for an empty cell
     */
    public List<Integer> numbers(C column, String field) {
        List<Integer> numbers = new ArrayList<>();
        for (String item : commaList(column)) {
            int number = integer(column, item, field, 1, Integer.MAX_VALUE);
            if (numbers.contains(number)) {
                throw error(column, CsvText.format("Duplicate %s: %d", field, number));
            }
            numbers.add(number);
        }
        return numbers;
    }

    /**
     * Reads a cell that must not be blank, nor longer than the core's longest text: the core's
     * check, at the cell.
     *
     * @param column the column
     * @param field the field, as the core names it
     * @return the text
     */
    public String notBlank(C column, String field) {
        String text = cell(column);
        return core(column, () -> Checks.notBlank(field, text));
    }

    /**
     * Reads a cell as a date {@code yyyy-MM-dd}.
     *
     * @param column the column
     * @param field the field
     * @return the date
     */
    public LocalDate date(C column, String field) {
        String text = cell(column);
        LocalDate date = CsvText.parseDate(text);
        if (date == null && tolerance.acceptsExcelDates()) {
            date = CsvText.parseSlashedDate(text);
        }
        if (date == null) {
            throw error(column, CsvText.format("Invalid value for %s (a date yyyy-MM-dd%s): '%s'", field,
                    tolerance.acceptsExcelDates() ? " or yyyy/M/d" : "", quote(text)));
        }
        return date;
    }

    /**
     * Reads a cell as a date {@code yyyy-MM-dd}, or none when empty.
     *
     * @param column the column
     * @param field the field
     * @return the date, or empty
     */
    public Optional<LocalDate> optionalDate(C column, String field) {
        return cell(column).isEmpty() ? Optional.empty() : Optional.of(date(column, field));
    }

    /**
     * Reads a cell of items on separate lines, such as a plan row's tasks; an empty cell has none.
     *
     * @param column the column
     * @return the items, each as written
     */
    public List<String> lines(C column) {
        String text = cell(column);
        return text.isEmpty() ? List.of() : List.of(LINE_BREAK.split(text, -1));
    }

    /**
     * Reads a cell of items separated by commas, each stripped; an empty cell has none.
     *
     * @param column the column
     * @return the items
     */
    public List<String> commaList(C column) {
        String text = cell(column);
        if (text.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : COMMA.split(text, -1)) {
            items.add(item.strip());
        }
        return items;
    }

    /**
     * Finds the term a text names: its Japanese name, English name or code.
     *
     * @param <E> the vocabulary
     * @param column the column, for the message
     * @param text the text
     * @param vocabulary the vocabulary's name, such as {@code treatment status}
     * @param terms the terms
     * @return the term
     */
    public <E extends VocabularyTerm> E term(C column, String text, String vocabulary, E[] terms) {
        for (E term : terms) {
            if (term.names().japanese().equals(text) || term.names().english().equals(text)
                    || term.code().equals(text)) {
                return term;
            }
        }
        throw error(column, CsvText.unknown(vocabulary, quote(text), Arrays.stream(terms)
                .map(t -> t.names().japanese() + " / " + t.names().english()).collect(Collectors.joining(", "))));
    }
}
