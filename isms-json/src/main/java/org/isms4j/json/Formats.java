package org.isms4j.json;

/**
 * The names and version of isms4j's JSON document formats, as each document's {@code format} and
 * {@code formatVersion} properties give them, such as {@code "format": "isms4j.risk-model"} and
 * {@code "formatVersion": 1}: the risk model, the asset inventory, the risk register, the
 * treatment plan, the Statement of Applicability, the Annex A catalogue and the ISMS records.
 * treatment plan, the Statement of Applicability, the Annex A catalogue, and the question set,
 * answer sheet and result of a self-assessment.
 * treatment plan, the Statement of Applicability, the 2013-based Statement of Applicability and
 * the Annex A catalogue.
 *
 * <p>A reader accepts exactly its own format and version; the JSON Schemas in
 * {@code docs/schema/} pin both with {@code const}.
 *
 * <p>This class is thread-safe.
 */
public final class Formats {

    /** The format of the risk model document: {@value}. */
    public static final String RISK_MODEL = "isms4j.risk-model";

    /** The format of the asset inventory document: {@value}. */
    public static final String ASSET_INVENTORY = "isms4j.asset-inventory";

    /** The format of the risk register document: {@value}. */
    public static final String RISK_REGISTER = "isms4j.risk-register";

    /** The format of the treatment plan document: {@value}. */
    public static final String TREATMENT_PLAN = "isms4j.treatment-plan";

    /** The format of the Statement of Applicability document: {@value}. */
    public static final String STATEMENT_OF_APPLICABILITY = "isms4j.statement-of-applicability";

    /**
     * The format of the Statement of Applicability written against ISO/IEC 27001:2013 (ids such as
     * A.8.2.1), the input of {@code SoaMigration}: {@value}.
     */
    public static final String ISO2013_STATEMENT_OF_APPLICABILITY = "isms4j.statement-of-applicability-2013";

    /**
     * The format of the gap check's considerations 検討済みの記録, the controls an assessor looked
     * at and found need no treatment of their own: {@value}.
     */
    public static final String GAP_CONSIDERATIONS = "isms4j.gap-considerations";

    /** The format of the Annex A catalogue document, written but not read: {@value}. */
    public static final String ANNEX_A_CATALOGUE = "isms4j.annex-a-catalogue";

    // Records of clauses 9 - 10 (Check and Act), documents of RecordDocuments.

    /** The format of the internal audit plan document 内部監査計画書: {@value}. */
    public static final String AUDIT_PLAN = "isms4j.audit-plan";

    /** The format of the internal audit checklist document 内部監査チェックリスト: {@value}. */
    public static final String AUDIT_CHECKLIST = "isms4j.audit-checklist";

    /** The format of the internal audit report document 内部監査結果報告書: {@value}. */
    public static final String AUDIT_REPORT = "isms4j.audit-report";

    /** The format of the management review document マネジメントレビュー報告書: {@value}. */
    public static final String MANAGEMENT_REVIEW = "isms4j.management-review";

    /** The format of the corrective action document 是正要求書兼回答書: {@value}. */
    public static final String CORRECTIVE_ACTION = "isms4j.corrective-action";
    // The records of clauses 4 - 8.1 (isms-records): context, leadership, objectives, support, operation.

    /** The format of the organisation context document 組織の状況 (4.1 - 4.3): {@value}. */
    public static final String ORGANISATION_CONTEXT = "isms4j.organisation-context";

    /** The format of the policy document 情報セキュリティ方針 (5.2): {@value}. */
    public static final String POLICY = "isms4j.policy";

    /** The format of the role chart document ISMS運用組織図 (5.3): {@value}. */
    public static final String ROLE_CHART = "isms4j.role-chart";

    /** The format of the effectiveness sheet document ISMS有効性評価表 (6.2, 9.1): {@value}. */
    public static final String EFFECTIVENESS_SHEET = "isms4j.effectiveness-sheet";

    /** The format of the competence record document 力量確認表 (7.2): {@value}. */
    public static final String COMPETENCE_RECORD = "isms4j.competence-record";

    /** The format of the education plan document 教育計画書 (7.2): {@value}. */
    public static final String EDUCATION_PLAN = "isms4j.education-plan";

    /** The format of the training record document 教育実施記録 (7.2): {@value}. */
    public static final String TRAINING_RECORD = "isms4j.training-record";

    /** The format of the communication plan document (7.4): {@value}. */
    public static final String COMMUNICATION_PLAN = "isms4j.communication-plan";

    /** The format of the documented-information register document (7.5): {@value}. */
    public static final String DOCUMENT_REGISTER = "isms4j.document-register";

    /** The format of the annual plan document ISMS年間計画表 (8.1): {@value}. */
    public static final String ANNUAL_PLAN = "isms4j.annual-plan";
    /** The format of the question set document of the self-assessment and other questionnaires: {@value}. */
    public static final String QUESTION_SET = "isms4j.question-set";

    /** The format of the answer sheet document: {@value}. */
    public static final String ANSWER_SHEET = "isms4j.answer-sheet";

    /** The format of the self-assessment result document: {@value}. */
    public static final String SELF_ASSESSMENT_RESULT = "isms4j.self-assessment-result";

    /** The version of every format this release reads and writes: {@value}. */
    public static final int VERSION = 1;

    /** The {@code risk} of a consideration of the gap check that covers all risks: {@value}. */
    public static final String ALL_RISKS = "all";

    /** The kind of the important-asset criterion "any rating at the top of its scale": {@value}. */
    public static final String ANY_RATING_AT_TOP = "any_rating_at_top";

    /** The kind of the important-asset criterion "importance reaches a minimum": {@value}. */
    public static final String IMPORTANCE_AT_LEAST = "importance_at_least";

    /** The kind of a question set's "not applicable" that is excluded from the maximum: {@value}. */
    public static final String EXCLUDED_FROM_MAXIMUM = "excluded_from_maximum";

    /** The kind of a question set's "not applicable" that is scored as an answer of the scale: {@value}. */
    public static final String SCORED_AS = "scored_as";

    private Formats() {}
}
