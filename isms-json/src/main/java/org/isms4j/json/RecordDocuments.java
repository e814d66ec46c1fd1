package org.isms4j.json;

import java.util.Objects;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.json.deser.AnnualPlanReader;
import org.isms4j.json.deser.AuditChecklistReader;
import org.isms4j.json.deser.AuditPlanReader;
import org.isms4j.json.deser.AuditReportReader;
import org.isms4j.json.deser.CommunicationPlanReader;
import org.isms4j.json.deser.CompetenceRecordReader;
import org.isms4j.json.deser.CorrectiveActionReader;
import org.isms4j.json.deser.DocumentRegisterReader;
import org.isms4j.json.deser.EducationPlanReader;
import org.isms4j.json.deser.EffectivenessSheetReader;
import org.isms4j.json.deser.ManagementReviewReader;
import org.isms4j.json.deser.OrganisationContextReader;
import org.isms4j.json.deser.PolicyReader;
import org.isms4j.json.deser.RoleChartReader;
import org.isms4j.json.deser.TrainingRecordReader;
import org.isms4j.json.ser.AnnualPlanWriter;
import org.isms4j.json.ser.AuditChecklistWriter;
import org.isms4j.json.ser.AuditPlanWriter;
import org.isms4j.json.ser.AuditReportWriter;
import org.isms4j.json.ser.CommunicationPlanWriter;
import org.isms4j.json.ser.CompetenceRecordWriter;
import org.isms4j.json.ser.CorrectiveActionWriter;
import org.isms4j.json.ser.DocumentRegisterWriter;
import org.isms4j.json.ser.EducationPlanWriter;
import org.isms4j.json.ser.EffectivenessSheetWriter;
import org.isms4j.json.ser.ManagementReviewWriter;
import org.isms4j.json.ser.OrganisationContextWriter;
import org.isms4j.json.ser.PolicyWriter;
import org.isms4j.json.ser.RoleChartWriter;
import org.isms4j.json.ser.TrainingRecordWriter;
import org.isms4j.records.audit.AuditChecklist;
import org.isms4j.records.audit.AuditPlan;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.communication.CommunicationPlan;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.context.OrganisationContext;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.leadership.Policy;
import org.isms4j.records.leadership.RoleChart;
import org.isms4j.records.objective.EffectivenessSheet;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.training.EducationPlan;
import org.isms4j.records.training.TrainingRecord;

/**
 * The document kinds of the ISMS records of isms-records (clauses 4 - 10), read and written by
 * {@link IsmsJson#read(JsonDocument, String)} and {@link IsmsJson#write(JsonDocument, Object)}.
 *
 * <p>This class is thread-safe.
 */
public final class RecordDocuments {

    // The records of clauses 4 - 8.1: context, leadership, objectives, support, operation.

    /** The organisation context document 組織の状況, {@value Formats#ORGANISATION_CONTEXT}. */
    public static final JsonDocument<OrganisationContext> ORGANISATION_CONTEXT = new JsonDocument<>(
            Formats.ORGANISATION_CONTEXT, OrganisationContext.class, new DocumentCodec<>(
                    OrganisationContextReader::organisationContext, OrganisationContextWriter::organisationContext));

    /** The policy document 情報セキュリティ方針, {@value Formats#POLICY}. */
    public static final JsonDocument<Policy> POLICY = new JsonDocument<>(Formats.POLICY, Policy.class,
            new DocumentCodec<>(PolicyReader::policy, PolicyWriter::policy));

    /** The role chart document ISMS運用組織図, {@value Formats#ROLE_CHART}. */
    public static final JsonDocument<RoleChart> ROLE_CHART = new JsonDocument<>(Formats.ROLE_CHART,
            RoleChart.class, new DocumentCodec<>(RoleChartReader::roleChart, RoleChartWriter::roleChart));

    /** The effectiveness sheet document ISMS有効性評価表, {@value Formats#EFFECTIVENESS_SHEET}. */
    public static final JsonDocument<EffectivenessSheet> EFFECTIVENESS_SHEET = new JsonDocument<>(
            Formats.EFFECTIVENESS_SHEET, EffectivenessSheet.class, new DocumentCodec<>(
                    EffectivenessSheetReader::effectivenessSheet, EffectivenessSheetWriter::effectivenessSheet));

    /**
     * The competence record document 力量確認表, {@value Formats#COMPETENCE_RECORD}; the appointment
     * it states is checked against the one computed from its items.
     */
    public static final JsonDocument<CompetenceRecord> COMPETENCE_RECORD = new JsonDocument<>(
            Formats.COMPETENCE_RECORD, CompetenceRecord.class, new DocumentCodec<>(
                    CompetenceRecordReader::competenceRecord, CompetenceRecordWriter::competenceRecord));

    /**
     * The education plan document 教育計画書, {@value Formats#EDUCATION_PLAN}; a document with a
     * comprehension test is read by {@link #educationPlan(QuestionSet)}, and rejected here.
     */
    public static final JsonDocument<EducationPlan> EDUCATION_PLAN = new JsonDocument<>(Formats.EDUCATION_PLAN,
            EducationPlan.class, new DocumentCodec<>(EducationPlanReader::educationPlan,
                    EducationPlanWriter::educationPlan));

    /**
     * The training record document 教育実施記録, {@value Formats#TRAINING_RECORD}; a document with a
     * comprehension test is read by {@link #trainingRecord(QuestionSet)}, and rejected here.
     */
    public static final JsonDocument<TrainingRecord> TRAINING_RECORD = new JsonDocument<>(Formats.TRAINING_RECORD,
            TrainingRecord.class, new DocumentCodec<>(TrainingRecordReader::trainingRecord,
                    TrainingRecordWriter::trainingRecord));

    /** The communication plan document, {@value Formats#COMMUNICATION_PLAN}. */
    public static final JsonDocument<CommunicationPlan> COMMUNICATION_PLAN = new JsonDocument<>(
            Formats.COMMUNICATION_PLAN, CommunicationPlan.class, new DocumentCodec<>(
                    CommunicationPlanReader::communicationPlan, CommunicationPlanWriter::communicationPlan));

    /** The documented-information register document, {@value Formats#DOCUMENT_REGISTER}. */
    public static final JsonDocument<DocumentRegister> DOCUMENT_REGISTER = new JsonDocument<>(
            Formats.DOCUMENT_REGISTER, DocumentRegister.class, new DocumentCodec<>(
                    DocumentRegisterReader::documentRegister, DocumentRegisterWriter::documentRegister));

    /** The annual plan document ISMS年間計画表, {@value Formats#ANNUAL_PLAN}. */
    public static final JsonDocument<AnnualPlan> ANNUAL_PLAN = new JsonDocument<>(Formats.ANNUAL_PLAN,
            AnnualPlan.class, new DocumentCodec<>(AnnualPlanReader::annualPlan, AnnualPlanWriter::annualPlan));

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

    /**
     * Returns the education plan document, {@value Formats#EDUCATION_PLAN}, whose comprehension
     * test 理解度確認テスト is on a question set: the document names the set by id and version and
     * holds the answer key's correct answers, points and pass mark. Writing is the same as
     * {@link #EDUCATION_PLAN}'s.
     *
     * @param test the question set of the comprehension test, not null
     * @return the kind, reading a plan with or without a test on that set
     * @see #EDUCATION_PLAN
     */
    public static JsonDocument<EducationPlan> educationPlan(QuestionSet test) {
        Objects.requireNonNull(test, "test");
        return new JsonDocument<>(Formats.EDUCATION_PLAN, EducationPlan.class, new DocumentCodec<>(
                in -> EducationPlanReader.educationPlan(in, test), EducationPlanWriter::educationPlan));
    }

    /**
     * Returns the training record document, {@value Formats#TRAINING_RECORD}, whose comprehension
     * test 理解度確認テスト is on a question set, with the attendees' sittings, each an answer sheet
     * scored by the test's answer key. Writing is the same as {@link #TRAINING_RECORD}'s.
     *
     * @param test the question set of the comprehension test, not null
     * @return the kind, reading a record with or without a test on that set
     * @see #TRAINING_RECORD
     */
    public static JsonDocument<TrainingRecord> trainingRecord(QuestionSet test) {
        Objects.requireNonNull(test, "test");
        return new JsonDocument<>(Formats.TRAINING_RECORD, TrainingRecord.class, new DocumentCodec<>(
                in -> TrainingRecordReader.trainingRecord(in, test), TrainingRecordWriter::trainingRecord));
    }
}
