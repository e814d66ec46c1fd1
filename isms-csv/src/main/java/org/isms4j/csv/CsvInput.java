package org.isms4j.csv;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;

/**
 * A strict cursor over the rows of a CSV table whose columns are a vocabulary of columns, such as
 * {@code InventoryColumn}: it matches the heading row, in Japanese or English, to the columns,
 * reads each row's cells by column, and names the row and column of every bad value.
 *
 * <p>Not part of the API. This class is not thread-safe.
 *
 * @param <C> the columns
 */
final class CsvInput<C extends Enum<C> & VocabularyTerm> {

    /** The most cells the heading row may have. */
    private static final int MAX_HEADINGS = 64;
    private static final int QUOTED_TEXT_LIMIT = 64;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern COMMA = Pattern.compile(",");

    private final CsvParser parser;
    private final C[] columns;
    private final int[] cellOf;
    private final List<Integer> extraCells = new ArrayList<>();
    private String[] headings;
    private String[] cells;
    private int row;
    private boolean started;

    /**
     * Creates a cursor and reads the heading row: every column once, in any order, each heading
     * in Japanese or English.
     *
     * @param parser the parser, with an empty schema and {@code WRAP_AS_ARRAY}
     * @param type the columns' class
     * @param table the table's name for messages, such as {@code asset inventory}
     * @throws IOException if the parser fails
     */
    public CsvInput(CsvParser parser, Class<C> type, String table) throws IOException {
        this(parser, type, List.of(type.getEnumConstants()), table, heading -> false);
    }

    /**
     * Creates a cursor over some columns of a class, whose heading row may also have headings of
     * no column that a predicate accepts, such as the annual plan's weeks, each once;
     * {@link #extraHeadings()} lists them.
     *
     * @param parser the parser, with an empty schema and {@code WRAP_AS_ARRAY}
     * @param type the columns' class
     * @param used the table's columns of the class, in the table's order, such as some of
     *     {@code RecordColumn}
     * @param table the table's name for messages
     * @param extra accepts a heading (stripped) that is no column's
     * @throws IOException if the parser fails
     */
    public CsvInput(CsvParser parser, Class<C> type, List<C> used, String table, Predicate<String> extra)
            throws IOException {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.columns = used.toArray(Arrays.copyOf(type.getEnumConstants(), 0));
        this.cellOf = new int[type.getEnumConstants().length];
        Arrays.fill(cellOf, -1);
        List<String> first = record(MAX_HEADINGS);
        if (first == null) {
            throw new IsmsCsvException(1, null, CsvText.format("Invalid %s table: it has no heading row", table), null);
        }
        headings = first.toArray(new String[0]);
        if (headings.length > 0 && headings[0].startsWith("\uFEFF")) {
            headings[0] = headings[0].substring(1);
        }
        Map<String, C> byName = new HashMap<>();
        for (C column : columns) {
            byName.put(column.names().japanese(), column);
            byName.put(column.names().english(), column);
        }
        boolean japanese = false;
        boolean languageKnown = false;
        for (int i = 0; i < headings.length; i++) {
            String heading = headings[i].strip();
            headings[i] = heading;
            C column = byName.get(heading);
            if (column == null && extra.test(heading)) {
                for (int cell : extraCells) {
                    if (headings[cell].equals(heading)) {
                        throw new IsmsCsvException(1, heading, CsvText.format("Duplicate column: '%s'", heading), null);
                    }
                }
                extraCells.add(i);
                continue;
            }
            if (column == null) {
                throw new IsmsCsvException(1, CsvText.escape(heading, QUOTED_TEXT_LIMIT), CsvText.unknown(
                        table + " column", CsvText.escape(heading, QUOTED_TEXT_LIMIT), Arrays.stream(columns)
                                .map(c -> c.names().japanese() + " / " + c.names().english())
                                .collect(Collectors.joining(", "))), null);
            }
            if (cellOf[column.ordinal()] >= 0) {
                throw new IsmsCsvException(1, heading, CsvText.format("Duplicate column: '%s'", heading), null);
            }
            if (!languageKnown) {
                japanese = heading.equals(column.names().japanese());
                languageKnown = true;
            }
            cellOf[column.ordinal()] = i;
        }
        for (C column : columns) {
            if (cellOf[column.ordinal()] < 0) {
                throw new IsmsCsvException(1, null, CsvText.format("Missing column: '%s'",
                        japanese ? column.names().japanese() : column.names().english()), null);
            }
        }
    }

    /**
     * Reads one record's cells.
     *
     * @param limit the most cells the record may have
     * @return the cells, or null at the end of the table
     */
    private List<String> record(int limit) throws IOException {
        if (!started) {
            started = true;
            // WRAP_AS_ARRAY: the table is an array of records.
            if (parser.nextToken() == null) {
                return null;
            }
        }
        row++; // The record about to be read, named by a failure while reading it.
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.END_ARRAY) {
            row--;
            return null;
        }
        List<String> record = new ArrayList<>();
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.VALUE_STRING) {
                throw new IsmsCsvException(row, null, "Malformed CSV: unexpected " + token, null);
            }
            if (record.size() == limit) {
                throw new IsmsCsvException(row, null, CsvText.format("Invalid row: more than %d cells%s", limit,
                        headings == null ? "" : " (one per heading)"), null);
            }
            record.add(parser.getText());
        }
        return record;
    }

    /**
     * Moves to the next row that has a non-empty cell; rows of empty cells only, such as a
     * spreadsheet's blank lines, are skipped.
     *
     * @return true if there is such a row
     * @throws IOException if the parser fails
     */
    public boolean next() throws IOException {
        while (true) {
            List<String> record = record(headings.length);
            if (record == null) {
                cells = null;
                return false;
            }
            if (record.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (record.size() != headings.length) {
                throw rowError(CsvText.format("Invalid row: %d cells, not %d (one per heading)", record.size(),
                        headings.length));
            }
            cells = record.toArray(new String[0]);
            return true;
        }
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
        return cells[cellOf[column.ordinal()]];
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
        return new IsmsCsvException(row, headings[cellOf[column.ordinal()]], reason, null);
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
            throw new IsmsCsvException(row, column == null ? null : headings[cellOf[column.ordinal()]],
                    e.getMessage(), e);
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
     * Reads a cell that must not be blank.
     *
     * @param column the column
     * @param field the field, as the core names it
     * @return the text
     */
    public String notBlank(C column, String field) {
        String text = cell(column);
        if (text.isBlank()) {
            throw error(column, CsvText.format("Invalid value for %s (must not be blank): '%s'", field, quote(text)));
        }
        return text;
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
        if (date == null) {
            throw error(column, CsvText.format("Invalid value for %s (a date yyyy-MM-dd): '%s'", field, quote(text)));
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

    /**
     * Checks that nothing follows the table's last record.
     *
     * @throws IOException if the parser fails
     */
    public void expectEnd() throws IOException {
        JsonToken token = parser.nextToken();
        if (token != null) {
            throw new IsmsCsvException(row, null, "Malformed CSV: content after the table", null);
        }
    }

    /**
     * Translates a failure of reading into the one documented exception.
     *
     * @param in the cursor, for the row; may be null before the headings are read
     * @param failure the failure
     * @return the exception to throw
     * @throws UncheckedIOException if the failure is an I/O error of the source, not of its bytes
     */
    public static IsmsCsvException translate(CsvInput<?> in, Throwable failure) {
        int row = in == null ? 1 : Math.max(1, in.row);
        if (failure instanceof IsmsCsvException) {
            return (IsmsCsvException) failure;
        }
        if (failure instanceof IsmsException) {
            return new IsmsCsvException(row, null, failure.getMessage(), failure);
        }
        if (failure instanceof StreamConstraintsException) {
            return new IsmsCsvException(row, null,
                    "Read limit exceeded: " + ((JsonProcessingException) failure).getOriginalMessage(), failure);
        }
        if (failure instanceof JsonProcessingException) {
            JsonProcessingException e = (JsonProcessingException) failure;
            String message = Objects.toString(e.getOriginalMessage(), e.getClass().getSimpleName());
            String where = e.getLocation() == null || !(e instanceof JsonParseException) ? ""
                    : CsvText.format(" (line %d, column %d)", e.getLocation().getLineNr(),
                            e.getLocation().getColumnNr());
            return new IsmsCsvException(row, null, "Malformed CSV" + where + ": " + CsvText.escape(message, 200),
                    failure);
        }
        if (failure instanceof CharConversionException) {
            return new IsmsCsvException(row, null, "Malformed CSV: " + CsvText.escape(
                    String.valueOf(failure.getMessage()), 200), failure);
        }
        if (failure instanceof IOException) {
            throw new UncheckedIOException((IOException) failure);
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        return new IsmsCsvException(row, null, "Invalid table: " + failure, failure);
    }
}
