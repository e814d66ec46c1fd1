package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.isms4j.json.Formats;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.AuditPlan;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.audit.ChecklistItem;
import org.isms4j.records.audit.Finding;
import org.isms4j.records.audit.FindingGrade;

/**
 * The reader of the internal audit report document 内部監査結果報告書 and of its graded findings.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AuditReportReader {

    private AuditReportReader() {}

    private enum FindingProperty { GRADE, NUMBER, CLAUSE, DEPARTMENT, CONTENT, FOLLOW_UP }

    private static final PropertyNames<FindingProperty> FINDING = PropertyNames.of(FindingProperty.class,
            EnumSet.of(FindingProperty.FOLLOW_UP));

    /**
     * Reads a finding, {@code {"grade": "minor_nonconformity", "number": 1, "clause": "5.2",
     * "department": ..., "content": ..., "followUp": ...}}; no follow-up until the next audit.
     *
     * @param in the input
     * @return the finding
     * @throws IOException if the parser fails
     */
    public static Finding finding(JsonInput in) throws IOException {
        PropertyLoop<FindingProperty> p = in.properties("finding", FINDING);
        FindingGrade grade = null;
        int number = 0;
        Clause clause = null;
        String department = null;
        String content = null;
        Optional<String> followUp = Optional.empty();
        for (FindingProperty f; (f = p.next()) != null;) {
            switch (f) {
                case GRADE -> grade = in.term("finding grade", FindingGrade::ofCode);
                case NUMBER -> number = in.intValue("number");
                case CLAUSE -> clause = AuditPlanReader.clause(in, "clause");
                case DEPARTMENT -> department = in.text("department");
                case CONTENT -> content = in.text("content");
                case FOLLOW_UP -> followUp = Optional.of(in.text("followUp"));
            }
        }
        p.requireAll();
        FindingGrade g = grade;
        int n = number;
        Clause c = clause;
        String d = department;
        String t = content;
        Optional<String> u = followUp;
        return in.core(() -> {
            Finding finding = Finding.of(g, n, c, d, t);
            return u.isPresent() ? finding.followedUp(u.get()) : finding;
        });
    }

    private enum ReportProperty { FORMAT, FORMAT_VERSION, PLAN, CHECKLIST, SUMMARY, FINDINGS, REPORTED_ON }

    private static final PropertyNames<ReportProperty> REPORT = PropertyNames.of(ReportProperty.class,
            EnumSet.of(ReportProperty.CHECKLIST, ReportProperty.FINDINGS));

    /**
     * Reads the audit report document: the plan reported on, the checklist items checked, the
     * overall assessment, the findings and the date reported.
     *
     * @param in the input
     * @return the report
     * @throws IOException if the parser fails
     */
    public static AuditReport auditReport(JsonInput in) throws IOException {
        PropertyLoop<ReportProperty> p = in.properties("audit report document", REPORT);
        AuditPlan plan = null;
        List<ChecklistItem> checklist = List.of();
        String summary = null;
        List<Finding> findings = new ArrayList<>();
        LocalDate reportedOn = null;
        for (ReportProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.AUDIT_REPORT);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case PLAN -> plan = AuditPlanReader.plan(in);
                case CHECKLIST -> checklist = AuditChecklistReader.items(in, "checklist");
                case SUMMARY -> summary = in.text("summary");
                case FINDINGS -> {
                    in.expectArray("findings");
                    while (in.next() != JsonToken.END_ARRAY) {
                        JsonArrays.checkLength(in, "findings", findings.size());
                        findings.add(finding(in));
                    }
                }
                case REPORTED_ON -> reportedOn = in.date("reportedOn");
            }
        }
        p.requireAll();
        AuditPlan pl = plan;
        List<ChecklistItem> c = checklist;
        String s = summary;
        LocalDate r = reportedOn;
        return in.core(() -> AuditReport.of(pl, c, s, findings, r));
    }
}
