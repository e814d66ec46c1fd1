package org.isms4j.csv;

import java.io.IOException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
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

    /** The columns, as {@link AuditReport#findingTable} heads them. */
    enum Column implements VocabularyTerm {
        GRADE("grade", "区分", "grade"),
        NUMBER("number", "No", "No"),
        CLAUSE("clause", "規格", "clause"),
        DEPARTMENT("department", "部門", "department"),
        CONTENT("content", "内容", "content"),
        FOLLOW_UP("follow_up", "フォローアップ", "follow-up");

        private final TermNames names;

        Column(String code, String japanese, String english) {
            this.names = TermNames.of(code, japanese, english);
        }

        @Override
        public TermNames names() {
            return names;
        }
    }

    private FindingTable() {}

    /**
     * Returns the findings table of a report.
     *
     * @param report the report whose findings the table lists
     * @return the table
     */
    static CsvTable<AuditReport> table(AuditReport report) {
        return new CsvTable<>("audit findings", (r, locale) -> r.findingTable(locale), Column.class,
                CsvTableReader.NO_EXTRA, in -> read(in, report));
    }

    private static AuditReport read(CsvInput<Column> in, AuditReport report) throws IOException {
        CollectedRows<Finding> rows = new CollectedRows<>();
        while (in.next()) {
            FindingGrade grade = in.term(Column.GRADE, in.cell(Column.GRADE), "finding grade", FindingGrade.values());
            int number = in.integer(Column.NUMBER, "finding number", 0, Integer.MAX_VALUE);
            Clause clause = in.core(Column.CLAUSE, () -> Clause.parse(in.cell(Column.CLAUSE)));
            Finding finding = in.core(null, () -> Finding.of(grade, number, clause, in.cell(Column.DEPARTMENT),
                    in.cell(Column.CONTENT)));
            String followUp = in.cell(Column.FOLLOW_UP);
            rows.add(in, followUp.isEmpty() ? finding : in.core(Column.FOLLOW_UP, () -> finding.followedUp(followUp)));
        }
        in.expectEnd();
        return rows.build(findings -> AuditReport.of(report.plan(), report.checklist(), report.summary(), findings,
                report.reportedOn()));
    }
}
