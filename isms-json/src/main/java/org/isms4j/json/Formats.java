package org.isms4j.json;

/**
 * The names and version of isms4j's JSON document formats, as each document's {@code format} and
 * {@code formatVersion} properties give them, such as {@code "format": "isms4j.risk-model"} and
 * {@code "formatVersion": 1}: the risk model, the asset inventory, the risk register, the
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

    /** The format of the Annex A catalogue document, written but not read: {@value}. */
    public static final String ANNEX_A_CATALOGUE = "isms4j.annex-a-catalogue";

    /** The version of every format this release reads and writes: {@value}. */
    public static final int VERSION = 1;

    /** The kind of the important-asset criterion "any rating at the top of its scale": {@value}. */
    public static final String ANY_RATING_AT_TOP = "any_rating_at_top";

    /** The kind of the important-asset criterion "importance reaches a minimum": {@value}. */
    public static final String IMPORTANCE_AT_LEAST = "importance_at_least";

    private Formats() {}
}
