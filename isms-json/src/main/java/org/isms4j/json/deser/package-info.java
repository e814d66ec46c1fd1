/**
 * The Jackson deserializers of isms-json (not exported): {@link org.isms4j.json.deser.Readers}
 * and {@link org.isms4j.json.deser.SoaReaders} read every value and document strictly through
 * {@link org.isms4j.json.deser.JsonInput}, a cursor that names the JSON path of every bad value;
 * {@link org.isms4j.json.deser.RegisterCursor} reads a register row by row, keeping its risk
 * numbers in a {@link org.isms4j.json.deser.NumberSet}; {@link org.isms4j.json.deser.IsmsDeserializer} and
 * {@link org.isms4j.json.deser.VocabularyDeserializer} are the stateless singletons that
 * {@link org.isms4j.json.IsmsModule} registers, held by {@link org.isms4j.json.deser.Deserializers}.
 *
 * <p>Null and exception policy: a JSON {@code null} where a value is required is a wrong type;
 * every failure becomes {@link org.isms4j.json.IsmsJsonException} through
 * {@link org.isms4j.json.deser.JsonInput#translate}, keeping the core's
 * {@link org.isms4j.core.IsmsException} or Jackson's exception as the cause.
 *
 * <p>Worked example (docs/method.md#likelihood): in a register scored by the standard model, risk 3's first
 * evaluation {@code {"assetImportance":3,"threat":3,"vulnerability":3,"likelihood":3,"level":9,
 * "priority":"1"}} is read as likelihood 3 from the table, level 9, priority 1; with
 * {@code "threat":7} it fails as
 * {@code $.risks[2].firstEvaluation.threat: Invalid value for threat (valid values 1 - 3): 7}.
 */
package org.isms4j.json.deser;
