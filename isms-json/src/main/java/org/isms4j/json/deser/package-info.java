/**
 * The Jackson deserializers of isms-json (not exported): one reader per document kind,
 * {@link org.isms4j.json.deser.RiskModelReader}, {@link org.isms4j.json.deser.AssetInventoryReader},
 * {@link org.isms4j.json.deser.RegisterCursor} (the risk register, row by row, with
 * {@link org.isms4j.json.deser.RiskReader} and {@link org.isms4j.json.deser.TreatmentReader} for a
 * row's parts, its risk numbers checked by isms-core's {@code RegisterRows}),
 * {@link org.isms4j.json.deser.TreatmentPlanReader} and {@link org.isms4j.json.deser.SoaReader};
 * each reads strictly through {@link org.isms4j.json.deser.JsonInput}, the cursor that names the
 * JSON path of every bad value, and dispatches an object's properties by the constants of an enum
 * ({@code PropertyNames}, {@code PropertyLoop}), never by position. Their bytes come through
 * {@link org.isms4j.json.deser.StrictUtf8Input}, which refuses what is not UTF-8 before Jackson
 * decodes it.
 * {@link org.isms4j.json.deser.IsmsDeserializer} and
 * {@link org.isms4j.json.deser.VocabularyDeserializer} are the stateless singletons that
 * {@link org.isms4j.json.IsmsModule} registers, held by {@link org.isms4j.json.deser.Deserializers}.
 *
 * <p>Null and exception policy: a JSON {@code null} where a value is required is a wrong type;
 * every failure becomes {@link org.isms4j.json.IsmsJsonException} through
 * {@link org.isms4j.json.deser.JsonFailures#translate}, keeping the core's
 * {@link org.isms4j.core.IsmsException} or Jackson's exception as the cause.
 *
 * <p>Worked example ({@code docs/method.md}, the canonical register): in a register scored by the
 * standard model, risk 3's first evaluation {@code {"assetImportance":3,"threat":3,
 * "vulnerability":3,"likelihood":3,"level":9,"priority":"1"}} is read as likelihood 3 from the
 * table, level 9, priority 1; with {@code "threat":7} it fails as
 * {@code $.risks[2].firstEvaluation.threat: Invalid value for threat (valid values 1 - 3): 7}.
 */
package org.isms4j.json.deser;
