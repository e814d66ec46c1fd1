package org.isms4j.csv;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;

/**
 * What {@link IsmsCsv} reads a table with: Jackson's CSV parser under read limits over text
 * decoded strictly, the heading row matched to a vocabulary of columns by {@link CsvInput}, and
 * every failure translated into {@link IsmsCsvException}; a table is read from a stream, a
 * string, a file or another format's {@link TableRows}.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
final class CsvTableReader {

    /** The reader of a table's records, after its headings. */
    @FunctionalInterface
    interface Rows<C extends Enum<C> & VocabularyTerm, T> {
        T read(CsvInput<C> in) throws IOException;
    }

    /** Accepts no heading that is no column's. */
    static final Predicate<String> NO_EXTRA = heading -> false;

    /**
     * A table: its columns' class and the columns of it the table has, those that can be derived,
     * its name, the headings of no column it accepts (the annual plan's weeks) and the reader of
     * its rows.
     */
    record Table<C extends Enum<C> & VocabularyTerm, T>(Class<C> columns, List<C> used, Set<C> derived, String name,
            Predicate<String> extra, Rows<C, T> rows) {

        /** A table of every column of a class, and no other heading. */
        Table(Class<C> columns, Set<C> derived, String name, Rows<C, T> rows) {
            this(columns, List.of(columns.getEnumConstants()), derived, name, NO_EXTRA, rows);
        }
    }

    @FunctionalInterface
    private interface ParserSource {
        CsvParser open(CsvFactory factory) throws IOException;
    }

    private final CsvFactory factory;
    private final CsvCharset charset;
    private final CellEscaping escaping;
    private final SpreadsheetTolerance tolerance;

    CsvTableReader(StreamReadConstraints constraints, CsvCharset charset, CellEscaping escaping,
            SpreadsheetTolerance tolerance) {
        this.charset = charset;
        this.escaping = escaping;
        this.tolerance = tolerance;
        this.factory = CsvFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .build();
    }

    /**
     * Reads a table of some columns of a class, such as a record's columns of {@code RecordColumn},
     * and headings of no column that a predicate accepts.
     */
    <C extends Enum<C> & VocabularyTerm, T> T read(InputStream in, Class<C> type, List<C> columns, String table,
            Predicate<String> extra, Rows<C, T> rows) {
        return read(in, new Table<>(type, columns, Set.of(), table, extra, rows));
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(String csv, Class<C> type, List<C> columns, String table,
            Predicate<String> extra, Rows<C, T> rows) {
        return read(csv, new Table<>(type, columns, Set.of(), table, extra, rows));
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(Path file, Class<C> type, List<C> columns, String table,
            Predicate<String> extra, Rows<C, T> rows) {
        return read(file, new Table<>(type, columns, Set.of(), table, extra, rows));
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(TableRows in, Class<C> type, List<C> columns, String table,
            Predicate<String> extra, Rows<C, T> rows) {
        return read(in, new Table<>(type, columns, Set.of(), table, extra, rows));
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(InputStream in, Table<C, T> table) {
        Objects.requireNonNull(in, "in");
        return read(f -> f.createParser(new StrictTextReader(in, charset)), table);
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(String csv, Table<C, T> table) {
        Objects.requireNonNull(csv, "csv");
        return read(f -> f.createParser(csv), table);
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(Path file, Table<C, T> table) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(f -> f.createParser(new StrictTextReader(in, charset)), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(TableRows rows, Table<C, T> table) {
        Objects.requireNonNull(rows, "rows");
        try {
            return table.rows().read(new CsvInput<>(rows, tolerance, table.columns(), table.used(), table.derived(),
                    table.name(), table.extra()));
        } catch (IOException | RuntimeException e) {
            throw translate(rows, e);
        }
    }

    private <C extends Enum<C> & VocabularyTerm, T> T read(ParserSource source, Table<C, T> table) {
        CsvParser parser = null;
        CsvRecords rows = null;
        try {
            parser = source.open(factory);
            parser.setSchema(CsvSchema.emptySchema());
            rows = new CsvRecords(parser, escaping);
            return table.rows().read(new CsvInput<>(rows, tolerance, table.columns(), table.used(), table.derived(),
                    table.name(), table.extra()));
        } catch (IOException | RuntimeException e) {
            throw translate(rows, e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException | RuntimeException e) {
                    // Closing a parser that does not own its source releases buffers only.
                }
            }
        }
    }

    /**
     * Translates a failure of reading into the one documented exception.
     *
     * @param in the rows, for the row being read; may be null before the first is read
     * @param failure the failure
     * @return the exception to throw
     * @throws UncheckedIOException if the failure is an I/O error of the source, not of its bytes
     */
    private static IsmsCsvException translate(TableRows in, Throwable failure) {
        int row = in == null ? 1 : Math.max(1, in.row());
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
