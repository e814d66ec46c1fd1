package org.isms4j.csv;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.Clause;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.operation.PlannedActivity;

/**
 * The annual plan ISMS年間計画表 (clause 8.1) as a CSV table, the columns of
 * {@link AnnualPlan#toTable}: No (the clause), 実施事項, 文書名 (joined by {@code "; "}), then one
 * column per week headed by its Monday {@code yyyy-MM-dd}, ● in the weeks an activity is
 * scheduled. Reading takes every heading that is a date as a week, in any order.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class AnnualPlanTable {

    /** The mark of a scheduled week. */
    private static final String SCHEDULED = "●";

    /** The columns, in the table's order. */
    static final List<RecordColumn> COLUMNS = List.of(RecordColumn.NUMBER, RecordColumn.ACTIVITY,
            RecordColumn.DOCUMENTS);

    /** The table. */
    static final CsvTable<AnnualPlan> TABLE = new CsvTable<>("annual plan", AnnualPlanTable::table, COLUMNS,
            heading -> CsvText.parseDate(heading) != null, AnnualPlanTable::read);

    private AnnualPlanTable() {}

    /**
     * Returns the plan as its table.
     *
     * @throws IsmsException if a document's title holds the separator {@code "; "}
     */
    static ReportTable table(AnnualPlan plan, Locale locale) {
        for (PlannedActivity activity : plan.activities()) {
            for (String document : activity.documents()) {
                JoinedCell.check(CsvText.format("document '%s' of activity '%s'", CsvInput.quote(document),
                        CsvInput.quote(activity.activity())), document);
            }
        }
        return plan.toTable(locale);
    }

    static AnnualPlan read(CsvInput<RecordColumn> in) throws IOException {
        List<LocalDate> weeks = new ArrayList<>();
        for (String heading : in.extraHeadings()) {
            weeks.add(CsvText.parseDate(heading));
        }
        CollectedRows<PlannedActivity> rows = new CollectedRows<>();
        while (in.next()) {
            Clause clause = in.core(RecordColumn.NUMBER, () -> Clause.parse(in.cell(RecordColumn.NUMBER)));
            List<LocalDate> scheduled = new ArrayList<>();
            for (int i = 0; i < weeks.size(); i++) {
                String mark = in.extraCell(i);
                if (mark.equals(SCHEDULED)) {
                    scheduled.add(weeks.get(i));
                } else if (!mark.isEmpty()) {
                    throw in.extraError(i, CsvText.format(
                            "Invalid value for scheduled week (%s when scheduled, else empty): '%s'", SCHEDULED,
                            CsvInput.quote(mark)));
                }
            }
            rows.add(in, in.core(null, () -> PlannedActivity.of(clause, in.cell(RecordColumn.ACTIVITY),
                    JoinedCell.split(in, RecordColumn.DOCUMENTS), scheduled)));
        }
        return rows.build(AnnualPlan::of);
    }
}
