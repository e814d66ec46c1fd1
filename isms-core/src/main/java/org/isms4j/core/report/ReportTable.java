package org.isms4j.core.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;

/**
 * A report as a table of text: headings in Japanese or English and one row per record, such as
 * the asset inventory 資産目録 with the headings 番号, 業務分類, 情報資産名称, ….
 *
 * <p>Columns keep the source's order. {@link #toMarkdown()} renders a Markdown table; the
 * isms-json module writes the same tables as CSV.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportTable {

    ReportTable() {}

    /**
     * Returns the headings.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    @Value.Parameter
    public abstract List<String> headings();

    /**
     * Returns the rows, each with one cell per heading.
     *
     * @return an unmodifiable list of unmodifiable rows, not null
     */
    @Value.Parameter
    public abstract List<List<String>> rows();

    /**
     * Obtains a table.
     *
     * @param headings the headings, not empty; copied
     * @param rows the rows, each with one cell per heading; copied
     * @return the table, not null
     * @throws IsmsException if there is no heading or a row has another number of cells
     */
    public static ReportTable of(List<String> headings, Collection<? extends List<String>> rows) {
        Objects.requireNonNull(headings, "headings");
        Objects.requireNonNull(rows, "rows");
        for (String heading : headings) {
            Objects.requireNonNull(heading, "headings element");
        }
        List<List<String>> copies = new ArrayList<>();
        for (List<String> row : rows) {
            for (String cell : Objects.requireNonNull(row, "rows element")) {
                Objects.requireNonNull(cell, "rows element's cell");
            }
            copies.add(List.copyOf(row));
        }
        return ImmutableReportTable.of(List.copyOf(headings), copies);
    }

    @Value.Check
    final void check() {
        if (headings().isEmpty()) {
            throw new IsmsException("Invalid report table: it has at least one heading");
        }
        for (int r = 0; r < rows().size(); r++) {
            if (rows().get(r).size() != headings().size()) {
                throw new IsmsException(Checks.format("Invalid report table: row %d has %d cells, not %d", r + 1,
                        rows().get(r).size(), headings().size()));
            }
        }
    }

    static <T, C extends VocabularyTerm> ReportTable of(List<C> columns, List<T> records,
            java.util.function.BiFunction<C, T, String> cell, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        List<String> headings = columns.stream().map(c -> c.getDisplayName(locale)).collect(
                java.util.stream.Collectors.toList());
        List<List<String>> rows = new ArrayList<>();
        for (T record : records) {
            List<String> row = new ArrayList<>();
            for (C column : columns) {
                row.add(cell.apply(column, record));
            }
            rows.add(row);
        }
        return of(headings, rows);
    }

    /**
     * Returns the asset inventory 資産目録 with every column of docs/method.md#asset-inventory.
     *
     * @param inventory the inventory, not null
     * @param locale Japanese or English headings, not null
     * @return the table, not null
     */
    public static ReportTable ofInventory(AssetInventory inventory, Locale locale) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(locale, "locale");
        return of(List.of(InventoryColumn.values()), inventory.assets(), InventoryColumn::valueOf, locale);
    }

    /**
     * Returns the risk assessment report リスクアセスメント結果報告書 with the source's columns
     * (docs/method.md#risk-assessment-report): identification, first evaluation, treatment and second evaluation.
     *
     * @param register the register, not null
     * @param locale Japanese or English headings and terms, not null
     * @return the table, not null
     */
    public static ReportTable ofAssessment(RiskRegister register, Locale locale) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(locale, "locale");
        return of(AssessmentColumn.report(), register.risks(), (column, row) -> column.valueOf(row, locale), locale);
    }

    /**
     * Returns the risk treatment plan リスク対応計画 with the columns of docs/method.md#treatment-plan.
     *
     * @param plan the plan, not null
     * @param locale Japanese or English headings and terms, not null
     * @return the table, not null
     */
    public static ReportTable ofPlan(TreatmentPlan plan, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(locale, "locale");
        return of(List.of(PlanColumn.values()), plan.items(), (column, item) -> column.valueOf(item, locale), locale);
    }

    /**
     * Renders the table in GitHub-flavoured Markdown (a CommonMark table), one line per row, so that
     * a renderer shows each heading and cell exactly as its text: a line break ({@code \r\n},
     * {@code \r} or {@code \n}) becomes {@code <br>}; a {@code |} becomes {@code &#124;}; the
     * characters with a meaning in a cell ({@code \ ` * _ [ ] < > & ! ~}) are escaped with a
     * backslash, so that text such as {@code <img src=x>} or {@code **bold**} shows as written; and
     * a space or tab at either end of a cell, which a table would trim, becomes {@code &#32;} or
     * {@code &#9;}. An empty cell stays empty.
     *
     * @return the Markdown text, ending in a line break, not null
     */
    public final String toMarkdown() {
        StringBuilder text = new StringBuilder();
        line(text, headings(), ReportTable::escape);
        line(text, headings(), heading -> "---");
        for (List<String> row : rows()) {
            line(text, row, ReportTable::escape);
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, Function<String, String> render) {
        text.append('|');
        for (String cell : cells) {
            text.append(' ').append(render.apply(cell)).append(" |");
        }
        text.append('\n');
    }

    /** The characters a table cell gives a meaning to, escaped with a backslash. */
    private static final String MARKUP = "\\`*_[]<>&!~";

    private static String escape(String cell) {
        StringBuilder out = new StringBuilder(cell.length() + 8);
        int end = cell.length();
        int start = 0;
        while (start < end && isEdgeSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isEdgeSpace(cell.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (i < start || i >= end) {
                out.append(c == ' ' ? "&#32;" : "&#9;");
            } else if (c == '\r') {
                out.append("<br>");
                if (i + 1 < cell.length() && cell.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                out.append("<br>");
            } else if (c == '|') {
                out.append("&#124;");
            } else if (MARKUP.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isEdgeSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
