package org.isms4j.json;

/**
 * The names and version of isms4j's JSON document formats, as each document's {@code format} and
 * {@code formatVersion} properties give them, such as {@code "format": "isms4j.risk-model"} and
 * {@code "formatVersion": 1}: the risk model, the asset inventory, the risk register, the
 * treatment plan, the Statement of Applicability, the Annex A catalogue, and the question set,
 * answer sheet and result of a self-assessment.
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

    /** The format of the Annex A catalogue document, written but not read: {@value}. */
    public static final String ANNEX_A_CATALOGUE = "isms4j.annex-a-catalogue";

    /** The format of the question set document of the self-assessment and other questionnaires: {@value}. */
    public static final String QUESTION_SET = "isms4j.question-set";

    /** The format of the answer sheet document: {@value}. */
    public static final String ANSWER_SHEET = "isms4j.answer-sheet";

    /** The format of the self-assessment result document: {@value}. */
    public static final String SELF_ASSESSMENT_RESULT = "isms4j.self-assessment-result";

    /** The version of every format this release reads and writes: {@value}. */
    public static final int VERSION = 1;

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
