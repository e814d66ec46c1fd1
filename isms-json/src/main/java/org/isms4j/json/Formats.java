package org.isms4j.json;

/**
 * The names and version of isms4j's JSON document formats, as each document's {@code format} and
 * {@code formatVersion} properties give them, such as {@code "format": "isms4j.risk-model"} and
 * {@code "formatVersion": 1}.
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

    /** The version of every format this release reads and writes: {@value}. */
    public static final int VERSION = 1;

    /** The kind of the important-asset criterion "any rating at the top of its scale": {@value}. */
    public static final String ANY_RATING_AT_TOP = "any_rating_at_top";

    /** The kind of the important-asset criterion "importance reaches a minimum": {@value}. */
    public static final String IMPORTANCE_AT_LEAST = "importance_at_least";

    private Formats() {}
}
