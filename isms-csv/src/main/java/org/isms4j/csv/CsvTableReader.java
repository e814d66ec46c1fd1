package org.isms4j.csv;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.isms4j.core.VocabularyTerm;

/**
 * What {@link IsmsCsv} reads a table with: Jackson's CSV parser under read limits, the heading
 * row matched to a vocabulary of columns by {@link CsvInput}, and every failure translated into
 * {@link IsmsCsvException}; a table is read from a stream, a string or a file.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
final class CsvTableReader {

    /** The reader of a table's records, after its headings. */
    @FunctionalInterface
    interface Rows<C extends Enum<C> & VocabularyTerm, T> {
        T read(CsvInput<C> in) throws IOException;
    }

    @FunctionalInterface
    private interface ParserSource {
        CsvParser open(CsvFactory factory) throws IOException;
    }

    /** Accepts no heading that is no column's. */
    static final Predicate<String> NO_EXTRA = heading -> false;

    private final CsvFactory factory;

    CsvTableReader(StreamReadConstraints constraints) {
        this.factory = CsvFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .build();
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(InputStream in, Class<C> columns, String table, Rows<C, T> rows) {
        return read(in, columns, List.of(columns.getEnumConstants()), table, NO_EXTRA, rows);
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(String csv, Class<C> columns, String table, Rows<C, T> rows) {
        return read(csv, columns, List.of(columns.getEnumConstants()), table, NO_EXTRA, rows);
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(Path file, Class<C> columns, String table, Rows<C, T> rows) {
        return read(file, columns, List.of(columns.getEnumConstants()), table, NO_EXTRA, rows);
    }

    /**
     * Reads a table of some columns of a class, such as a record's columns of {@code RecordColumn},
     * and headings of no column that a predicate accepts.
     */
    <C extends Enum<C> & VocabularyTerm, T> T read(InputStream in, Class<C> type, List<C> columns, String table,
            Predicate<String> extra, Rows<C, T> rows) {
        Objects.requireNonNull(in, "in");
        return read(f -> f.createParser(in), type, columns, table, extra, rows);
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(String csv, Class<C> type, List<C> columns, String table,
            Predicate<String> extra, Rows<C, T> rows) {
        Objects.requireNonNull(csv, "csv");
        return read(f -> f.createParser(csv), type, columns, table, extra, rows);
    }

    <C extends Enum<C> & VocabularyTerm, T> T read(Path file, Class<C> type, List<C> columns, String table,
            Predicate<String> extra, Rows<C, T> rows) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(f -> f.createParser(in), type, columns, table, extra, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <C extends Enum<C> & VocabularyTerm, T> T read(ParserSource source, Class<C> type, List<C> columns,
            String table, Predicate<String> extra, Rows<C, T> rows) {
        CsvParser parser = null;
        CsvInput<C> in = null;
        try {
            parser = source.open(factory);
            parser.setSchema(CsvSchema.emptySchema());
            in = new CsvInput<>(parser, type, columns, table, extra);
            return rows.read(in);
        } catch (IOException | RuntimeException e) {
            throw CsvInput.translate(in, e);
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
}
