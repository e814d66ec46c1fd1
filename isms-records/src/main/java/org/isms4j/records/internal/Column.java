package org.isms4j.records.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.report.ReportTable;

/**
 * A column of a record's report table: its heading in Japanese and English, and how a record
 * fills its cell.
 *
 * <p>Not part of the API: the package is not exported. This class is immutable and thread-safe.
 *
 * @param <T> the record of one row
 */
public final class Column<T> implements VocabularyTerm {

    private final TermNames names;
    private final BiFunction<T, Locale, String> cell;

    private Column(TermNames names, BiFunction<T, Locale, String> cell) {
        this.names = names;
        this.cell = cell;
    }

    /**
     * Obtains a column.
     *
     * @param <T> the record
     * @param code the stable code, lowercase ASCII
     * @param japanese the Japanese heading
     * @param english the English heading
     * @param cell the cell of a record in a locale
     * @return the column
     */
    public static <T> Column<T> of(String code, String japanese, String english, BiFunction<T, Locale, String> cell) {
        return new Column<>(TermNames.of(code, japanese, english), Objects.requireNonNull(cell, "cell"));
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns a table with one row per record in the order given.
     *
     * @param <T> the record
     * @param columns the columns in the source's order
     * @param records the records
     * @param locale Japanese or English headings and terms, not null
     * @return the table
     */
    public static <T> ReportTable table(List<Column<T>> columns, List<? extends T> records, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        List<String> headings = columns.stream().map(c -> c.getDisplayName(locale)).collect(Collectors.toList());
        List<List<String>> rows = new ArrayList<>();
        for (T record : records) {
            List<String> row = new ArrayList<>();
            for (Column<T> column : columns) {
                row.add(column.cell.apply(record, locale));
            }
            rows.add(row);
        }
        return ReportTable.of(headings, rows);
    }
}
