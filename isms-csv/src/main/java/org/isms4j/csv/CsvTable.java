package org.isms4j.csv;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;

/**
 * One kind of CSV table and the value it holds, such as the documented-information register
 * {@link RecordTables#DOCUMENT_REGISTER}: what {@link IsmsCsv#read(CsvTable, String)} and
 * {@link IsmsCsv#write(CsvTable, Object)} take to know which table they read or write.
 * <pre>{@code
 * import java.util.List;
 * import org.isms4j.records.communication.*;
 *
 * CommunicationPlan plan = CommunicationPlan.of(List.of(Communication.of("情報セキュリティ方針の伝達", "随時",
 *         "利害関係者", "トップマネジメント", List.of("当社HPに公表", "社内掲示"))));
 * String csv = IsmsCsv.japanese().write(RecordTables.COMMUNICATION_PLAN, plan);
 * System.out.print(csv);
 * System.out.println(IsmsCsv.english().read(RecordTables.COMMUNICATION_PLAN, csv).equals(plan));
 * // prints: 内容,実施時期,対象者,実施者,方法
 * // prints: 情報セキュリティ方針の伝達,随時,利害関係者,トップマネジメント,"当社HPに公表; 社内掲示"
 * // prints: true
 * }</pre>
 *
 * <p>The tables are the constants and factories of {@link RecordTables} (the ISMS records of
 * clauses 7 - 10) and {@link SelfAssessmentTables} (the LV.2 answer sheet); a table whose reading
 * needs what the file does not hold, such as the answer sheet its question set, is made by a
 * factory from it. Only this package makes tables.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value the table holds
 */
public final class CsvTable<T> {

    private final String name;
    private final BiFunction<T, Locale, ReportTable> writer;
    private final List<RecordColumn> columns;
    private final Predicate<String> extra;
    private final CsvTableReader.Rows<RecordColumn, T> rows;

    /**
     * Makes a table kind.
     *
     * @param name the table's name, for messages, such as {@code communication plan}
     * @param writer the value as the table in a language; throws {@link IsmsException} for a
     *     value a cell could not carry back
     * @param columns the columns read, in the table's order
     * @param extra accepts headings of no column, such as the annual plan's weeks
     * @param rows the reader of the rows
     */
    CsvTable(String name, BiFunction<T, Locale, ReportTable> writer, List<RecordColumn> columns,
            Predicate<String> extra, CsvTableReader.Rows<RecordColumn, T> rows) {
        this.name = name;
        this.writer = writer;
        this.columns = columns;
        this.extra = extra;
        this.rows = rows;
    }

    /**
     * Returns the table's name, as messages name it, such as {@code communication plan}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the table's name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }

    /**
     * Returns a value as this table in a language.
     *
     * @param value the value
     * @param locale the language of the headings and terms
     * @return the table
     * @throws IsmsException if a value could not be read back from its cell
     */
    ReportTable table(T value, Locale locale) {
        return writer.apply(Objects.requireNonNull(value, "value"), locale);
    }

    T read(CsvTableReader reader, InputStream in) {
        return reader.read(in, RecordColumn.class, columns, name, extra, rows);
    }

    T read(CsvTableReader reader, String csv) {
        return reader.read(csv, RecordColumn.class, columns, name, extra, rows);
    }

    T read(CsvTableReader reader, Path file) {
        return reader.read(file, RecordColumn.class, columns, name, extra, rows);
    }

    T read(CsvTableReader reader, TableRows in) {
        return reader.read(in, RecordColumn.class, columns, name, extra, rows);
    }
}
