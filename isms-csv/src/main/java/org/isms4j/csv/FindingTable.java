package org.isms4j.csv;

import java.io.IOException;
import java.util.List;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.audit.Finding;
import org.isms4j.records.audit.FindingGrade;

/**
 * The findings of an internal audit report 内部監査結果報告書 (clause 9.2) as a CSV table, the columns
 * of {@link AuditReport#findingTable}: 区分, No, 規格, 部門, 内容, フォローアップ. Reading puts the
 * findings into the report's record, its plan, checklist, summary and date the report's.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class FindingTable {

    /** The columns, in the table's order. */
    static final List<RecordColumn> COLUMNS = List.of(RecordColumn.GRADE, RecordColumn.NUMBER, RecordColumn.CLAUSE,
            RecordColumn.DEPARTMENT, RecordColumn.CONTENT, RecordColumn.FOLLOW_UP);

    private FindingTable() {}

    /**
     * Returns the findings table of a report.
     *
     * @param report the report whose findings the table lists
     * @return the table
     */
    static CsvTable<AuditReport> table(AuditReport report) {
        return new CsvTable<>("audit findings", (r, locale) -> r.findingTable(locale), COLUMNS,
                CsvTableReader.NO_EXTRA, in -> read(in, report));
    }

    private static AuditReport read(CsvInput<RecordColumn> in, AuditReport report) throws IOException {
        CollectedRows<Finding> rows = new CollectedRows<>();
        while (in.next()) {
            FindingGrade grade = in.term(RecordColumn.GRADE, in.cell(RecordColumn.GRADE), "finding grade", FindingGrade.values());
            int number = in.integer(RecordColumn.NUMBER, "finding number", 0, Integer.MAX_VALUE);
            Clause clause = in.core(RecordColumn.CLAUSE, () -> Clause.parse(in.cell(RecordColumn.CLAUSE)));
            Finding finding = in.core(null, () -> Finding.of(grade, number, clause, in.cell(RecordColumn.DEPARTMENT),
                    in.cell(RecordColumn.CONTENT)));
            String followUp = in.cell(RecordColumn.FOLLOW_UP);
            rows.add(in, followUp.isEmpty() ? finding : in.core(RecordColumn.FOLLOW_UP, () -> finding.followedUp(followUp)));
        }
        return rows.build(findings -> AuditReport.of(report.plan(), report.checklist(), report.summary(), findings,
                report.reportedOn()));
    }
}
