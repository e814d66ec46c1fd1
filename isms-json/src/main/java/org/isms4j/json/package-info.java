/**
 * isms4j's JSON documents and Jackson adapters: {@link org.isms4j.json.IsmsJson} reads and writes
 * the risk model, asset inventory and risk register documents; {@link org.isms4j.json.IsmsModule}
 * adapts every value type to a Jackson {@code ObjectMapper}; {@link org.isms4j.json.RiskRegister}
 * is the risk assessment report リスクアセスメント結果報告書 as a document, read and written row by row
 * by {@link org.isms4j.json.RiskRegisterReader} and {@link org.isms4j.json.RiskRegisterWriter}.
 *
 * <p>Each document carries {@code "format"} (such as {@code "isms4j.risk-model"}, see
 * {@link org.isms4j.json.Formats}) and {@code "formatVersion": 1}; a register also names the id
 * and version of the model that scored it. Vocabulary terms are written as their stable lowercase
 * codes ({@code "confidentiality"}, {@code "reduce"}), numbers as JSON integers, and each
 * document has a JSON Schema (draft 2020-12) in {@code docs/schema/}.
 *
 * <p>Null and exception policy: no method accepts {@code null} (a null argument throws
 * {@link java.lang.NullPointerException} naming the parameter). Reading bad input throws
 * {@link org.isms4j.json.IsmsJsonException}, a subclass of {@link org.isms4j.core.IsmsException},
 * with the JSON path of the bad value and the core's message, and nothing else whatever the bytes;
 * the caller's own stream failing is rethrown as {@link java.io.UncheckedIOException}. Building a
 * register from rows that break its rules throws {@link org.isms4j.core.IsmsException}.
 *
 * <p>Worked example (DOMAIN.md §6, risk 1): mobile-device usage rules not established, over
 * asset 9, importance 3 and likelihood 2, level 6, priority 2, written as a register row and read
 * back.
 * <pre>{@code
 * import java.util.List;
 * import org.isms4j.core.risk.Risk;
 * import org.isms4j.core.risk.RiskEvaluation;
 *
 * RiskModel model = RiskModel.standard();
 * Risk risk = Risk.of(1, List.of(9), "mobile-device usage rules not established", "external",
 *         "loss or theft while carried outside", SecurityProperty.CONFIDENTIALITY);
 * RiskRegister register = RiskRegister.of(model,
 *         List.of(RiskRegisterEntry.of(risk, RiskEvaluation.ofLikelihood(model, 3, 2))));
 * String json = IsmsJson.strict().writeRiskRegister(register);
 * RiskRegister read = IsmsJson.strict().readRiskRegister(json, model);
 * System.out.println(read.entries().get(0));
 * // prints: risk 1: importance 3, likelihood 2, level 6, priority 2 (treat within this term)
 * }</pre>
 */
package org.isms4j.json;
