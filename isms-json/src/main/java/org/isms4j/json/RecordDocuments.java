package org.isms4j.json;

import org.isms4j.json.deser.AuditChecklistReader;
import org.isms4j.json.deser.AuditPlanReader;
import org.isms4j.json.deser.AuditReportReader;
import org.isms4j.json.deser.CorrectiveActionReader;
import org.isms4j.json.deser.ManagementReviewReader;
import org.isms4j.json.ser.AuditChecklistWriter;
import org.isms4j.json.ser.AuditPlanWriter;
import org.isms4j.json.ser.AuditReportWriter;
import org.isms4j.json.ser.CorrectiveActionWriter;
import org.isms4j.json.ser.ManagementReviewWriter;
import org.isms4j.records.audit.AuditChecklist;
import org.isms4j.records.audit.AuditPlan;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.review.ManagementReview;

/**
 * The document kinds of the ISMS records of isms-records (clauses 4 - 10), read and written by
 * {@link IsmsJson#read(JsonDocument, String)} and {@link IsmsJson#write(JsonDocument, Object)}.
 *
 * <p>This class is thread-safe.
 */
public final class RecordDocuments {

    // Clauses 9 - 10 (Check and Act): internal audit, management review, corrective action.

    /** The internal audit plan document 内部監査計画書 (9.2), {@value Formats#AUDIT_PLAN}. */
    public static final JsonDocument<AuditPlan> AUDIT_PLAN = new JsonDocument<>(Formats.AUDIT_PLAN, AuditPlan.class,
            new DocumentCodec<>(AuditPlanReader::auditPlan, AuditPlanWriter::auditPlan));

    /** The internal audit checklist document 内部監査チェックリスト (9.2), {@value Formats#AUDIT_CHECKLIST}. */
    public static final JsonDocument<AuditChecklist> AUDIT_CHECKLIST = new JsonDocument<>(Formats.AUDIT_CHECKLIST,
            AuditChecklist.class, new DocumentCodec<>(AuditChecklistReader::auditChecklist,
                    AuditChecklistWriter::auditChecklist));

    /** The internal audit report document 内部監査結果報告書 (9.2), {@value Formats#AUDIT_REPORT}. */
    public static final JsonDocument<AuditReport> AUDIT_REPORT = new JsonDocument<>(Formats.AUDIT_REPORT,
            AuditReport.class, new DocumentCodec<>(AuditReportReader::auditReport, AuditReportWriter::auditReport));

    /** The management review document マネジメントレビュー報告書 (9.3), {@value Formats#MANAGEMENT_REVIEW}. */
    public static final JsonDocument<ManagementReview> MANAGEMENT_REVIEW = new JsonDocument<>(
            Formats.MANAGEMENT_REVIEW, ManagementReview.class, new DocumentCodec<>(
                    ManagementReviewReader::managementReview, ManagementReviewWriter::managementReview));

    /** The corrective action document 是正要求書兼回答書 (10.2), {@value Formats#CORRECTIVE_ACTION}. */
    public static final JsonDocument<CorrectiveAction> CORRECTIVE_ACTION = new JsonDocument<>(
            Formats.CORRECTIVE_ACTION, CorrectiveAction.class, new DocumentCodec<>(
                    CorrectiveActionReader::correctiveAction, CorrectiveActionWriter::correctiveAction));

    private RecordDocuments() {}
}
