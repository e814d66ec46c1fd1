/**
 * The Jackson serializers of isms-json (not exported): one writer per document kind,
 * {@link org.isms4j.json.ser.RiskModelWriter}, {@link org.isms4j.json.ser.AssetInventoryWriter},
 * {@link org.isms4j.json.ser.RegisterWriter} (with {@link org.isms4j.json.ser.RiskWriter} and
 * {@link org.isms4j.json.ser.TreatmentWriter} for a row's parts),
 * {@link org.isms4j.json.ser.TreatmentPlanWriter}, {@link org.isms4j.json.ser.SoaWriter} and
 * {@link org.isms4j.json.ser.AnnexACatalogueWriter}, writes every value and document in one fixed
 * property order; the package reads nothing, and depends on no reader.
 * {@link org.isms4j.json.ser.IsmsSerializer}
 * and {@link org.isms4j.json.ser.VocabularySerializer} are the stateless singletons that
 * {@link org.isms4j.json.IsmsModule} registers, held by {@link org.isms4j.json.ser.Serializers}.
 *
 * <p>Null and exception policy: serializers are never given {@code null} (Jackson writes null
 * itself); they throw only the generator's {@link java.io.IOException}. Optional text left empty
 * and optional numbers absent are left out, so that output is deterministic.
 *
 * <p>Worked example ({@code docs/method.md}, the quick approach): the staff register 社員名簿 rated (3, 3, 2) is written as
 * {@code {"number":1,"name":"社員名簿","rating":{"confidentiality":3,"integrity":3,"availability":2},
 * "businessCategory":"人事","remarks":"社員基本情報","medium":"社員PC"}}, its empty columns left out.
 */
package org.isms4j.json.ser;
