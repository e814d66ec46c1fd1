package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.audit.Finding;

/**
 * The writer of the internal audit report document 内部監査結果報告書 and of its graded findings.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AuditReportWriter {

    private AuditReportWriter() {}

    /**
     * Writes a finding: grade, number, clause, department, content and the follow-up once made.
     *
     * @param out the generator
     * @param finding the finding
     * @throws IOException if the generator fails
     */
    public static void finding(JsonGenerator out, Finding finding) throws IOException {
        out.writeStartObject();
        out.writeStringField("grade", finding.grade().code());
        out.writeNumberField("number", finding.number());
        out.writeStringField("clause", finding.clause().toString());
        out.writeStringField("department", finding.department());
        out.writeStringField("content", finding.content());
        if (finding.followUp().isPresent()) {
            out.writeStringField("followUp", finding.followUp().get());
        }
        out.writeEndObject();
    }

    /**
     * Writes the audit report document: the plan, the checklist items checked (left out when
     * none), the summary, the findings in their order (left out when none) and the date reported.
     *
     * @param out the generator
     * @param report the report
     * @throws IOException if the generator fails
     */
    public static void auditReport(JsonGenerator out, AuditReport report) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.AUDIT_REPORT);
        out.writeFieldName("plan");
        AuditPlanWriter.plan(out, report.plan());
        if (!report.checklist().isEmpty()) {
            AuditChecklistWriter.items(out, "checklist", report.checklist());
        }
        out.writeStringField("summary", report.summary());
        if (!report.findings().isEmpty()) {
            out.writeArrayFieldStart("findings");
            for (Finding finding : report.findings()) {
                finding(out, finding);
            }
            out.writeEndArray();
        }
        PropertyWriter.date(out, "reportedOn", report.reportedOn());
        out.writeEndObject();
    }
}
