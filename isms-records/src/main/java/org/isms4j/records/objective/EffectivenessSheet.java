package org.isms4j.records.objective;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.internal.Column;
import org.isms4j.records.internal.Texts;

/**
 * The ISMS effectiveness evaluation sheet ISMS有効性評価表: the security objectives with their plans
 * (clause 6.2) and, as they are made, their evaluations (clause 9.1).
 *
 * <p>No objective number is there twice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EffectivenessSheet {

    private static final List<Column<EffectivenessRecord>> COLUMNS = List.of(
            Column.of("number", "No", "No", (r, l) -> Integer.toString(r.objective().number())),
            Column.of("objectives", "情報セキュリティ目的", "information security objectives",
                    (r, l) -> String.join("; ", r.objective().objectives())),
            Column.of("metric", "評価指標", "metric", (r, l) -> r.objective().metric().toString()),
            Column.of("actions", "実施事項", "actions", (r, l) -> String.join("; ", r.objective().actions())),
            Column.of("resources", "必要な資源", "resources", (r, l) -> String.join("; ", r.objective().resources())),
            Column.of("responsible", "責任者", "responsible", (r, l) -> r.objective().responsible()),
            Column.of("due_date", "達成期限", "due date", (r, l) -> r.objective().dueDate().toString()),
            Column.of("evaluation_method", "評価方法", "evaluation method", (r, l) -> r.objective().evaluationMethod()),
            Column.of("result", "結果", "result", (r, l) -> r.evaluation().map(e -> e.result().mark()).orElse("")),
            Column.of("evaluation_date", "評価日", "evaluation date",
                    (r, l) -> r.evaluation().map(e -> e.date().toString()).orElse("")),
            Column.of("remarks", "備考", "remarks", (r, l) -> r.evaluation().map(Evaluation::remarks).orElse("")));

    EffectivenessSheet() {}

    /**
     * Returns the records in the order given.
     *
     * @return an unmodifiable list, not null
     */
    @Value.Parameter
    public abstract List<EffectivenessRecord> records();

    /**
     * Obtains a sheet.
     *
     * @param records the records, no objective number twice; copied
     * @return the sheet, not null
     * @throws IsmsException if an objective number is there twice
     */
    public static EffectivenessSheet of(Collection<EffectivenessRecord> records) {
        Objects.requireNonNull(records, "records");
        return ImmutableEffectivenessSheet.of(List.copyOf(records));
    }

    @Value.Check
    final void check() {
        Checks.entries("effectiveness records", records());
        Texts.unique("effectiveness sheet", "objective number", records(), r -> r.objective().number());
    }

    /**
     * Returns the objectives not yet evaluated whose due date has passed on a date.
     *
     * @param today the date to judge on, not null
     * @return an unmodifiable list, not null
     */
    public final List<EffectivenessRecord> overdue(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return records().stream().filter(r -> !r.isEvaluated() && today.isAfter(r.objective().dueDate()))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the sheet as a table with the source's columns: 情報セキュリティ目的, 評価指標, 実施事項,
     * 必要な資源, 責任者, 達成期限, 評価方法, then 結果 (○ / ×), 評価日 and 備考; led by the number.
     *
     * @param locale Japanese or English headings, not null
     * @return the table, not null
     */
    public final ReportTable toTable(Locale locale) {
        return Column.table(COLUMNS, records(), locale);
    }
}
