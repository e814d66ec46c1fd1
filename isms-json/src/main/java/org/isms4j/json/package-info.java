/**
 * isms4j's JSON documents: {@link org.isms4j.json.IsmsJson} reads and writes the
 * risk model, asset inventory, risk register (the risk assessment report リスクアセスメント結果報告書
 * with the inventory, every risk's first evaluation, treatment, second evaluation and acceptance,
 * and the approval record), treatment plan リスク対応計画 and Statement of Applicability 適用宣言書
 * documents, and writes the Annex A catalogue; {@link org.isms4j.json.RiskRegisterReader} and
 * {@link org.isms4j.json.RiskRegisterWriter} read and write a register row by row;
 * {@link org.isms4j.json.IsmsModule} adapts every value type to a Jackson {@code ObjectMapper}.
 * The same documents as CSV tables are the module isms-csv. {@link org.isms4j.json.RecordDocuments}
 * holds the kinds of the ISMS records' documents.
 *
 * <p>Each JSON document carries {@code "format"} (such as {@code "isms4j.risk-model"}, see
 * {@link org.isms4j.json.Formats}) and {@code "formatVersion": 1}; a register also names the id
 * and version of the model that scored it. Vocabulary terms are written as their stable lowercase
 * codes ({@code "confidentiality"}, {@code "reduce"}), numbers as JSON integers, dates as
 * {@code "2023-10-02"}, and each document has a JSON Schema (draft 2020-12) in
 * {@code docs/schema/}.
 *
 * <p>Null and exception policy: no method accepts {@code null} (a null argument throws
 * {@link java.lang.NullPointerException} naming the parameter). Reading bad JSON throws
 * {@link org.isms4j.json.IsmsJsonException}, a subclass of {@link org.isms4j.core.IsmsException},
 * with the JSON path of the bad value and the core's message, and nothing else whatever the bytes;
 * the caller's own stream failing is rethrown as {@link java.io.UncheckedIOException}. Writing a
 * value that could not be read back equal throws {@link org.isms4j.core.IsmsException}.
 *
 * <p>Worked example ({@code docs/method.md}, the canonical register's risk 1): mobile-device usage rules not established, over
 * asset 9, importance 3 and likelihood 2, level 6, priority 2, written as a register row and read
 * back.
 * <pre>{@code
 * import java.util.List;
 * import org.isms4j.core.asset.*;
 * import org.isms4j.core.register.*;
 * import org.isms4j.core.risk.*;
 *
 * RiskModel model = RiskModel.standard();
 * AssetInventory inventory = AssetInventory.of(Asset.of(9, "営業用ノートPC", CiaRating.of(3, 2, 2)));
 * Risk risk = Risk.newBuilder().number(1).assetNumbers(List.of(9))
 *         .riskSource("mobile-device usage rules not established").impactArea("external")
 *         .event("loss or theft while carried outside").lostProperties(SecurityProperty.CONFIDENTIALITY)
 *         .build();
 * RiskRegister register = RiskRegister.of(model, inventory,
 *         List.of(AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, 3, 2))));
 * String json = IsmsJson.strict().writeRiskRegister(register);
 * RiskRegister read = IsmsJson.strict().readRiskRegister(json, model);
 * System.out.println(read.equals(register) + " " + read.risks().get(0).first().score());
 * // prints: true importance 3, likelihood 2, level 6, priority 2 (treat within this term)
 * }</pre>
 */
package org.isms4j.json;
