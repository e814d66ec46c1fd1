/**
 * The risk register (docs/method.md#risk-assessment-report, #risk-treatment):
 * {@link org.isms4j.core.register.RiskRegister}, the risk assessment report リスクアセスメント結果報告書
 * with the asset inventory, each {@link org.isms4j.core.register.AssessedRisk} through first
 * evaluation, treatment, second evaluation and {@link org.isms4j.core.register.ResidualAcceptance},
 * and the {@link org.isms4j.core.register.Approval} record; derived views (by priority, needing
 * treatment, residual above acceptance, {@link org.isms4j.core.register.HeatMap}s before and after,
 * reduction per risk, reviews due).
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter; every broken rule throws
 * {@link org.isms4j.core.IsmsException} naming the risk and the rule. A register holds, however
 * it is built, only asset ratings on its model's scales and evaluations its model gives: the
 * failures are {@link org.isms4j.core.InvalidRatingException} (the asset and the property) and
 * {@link org.isms4j.core.risk.InvalidEvaluationException} (the risk, the stage and the field),
 * for a reader to point at the value. Anything that depends on "today" takes a
 * {@link java.time.LocalDate}.
 *
 * <p>Worked example (docs/method.md#canonical-example, risk 1): level 6, priority 2, reduced by
 * mobile-device usage rules; the second evaluation rates importance 2 and likelihood 1, so the
 * residual level is 2, within the acceptance range, and treatment lowered the level by 4.
 * <pre>{@code
 * import java.util.List;
 * import org.isms4j.core.asset.*;
 * import org.isms4j.core.risk.*;
 * import org.isms4j.core.treatment.*;
 *
 * RiskModel model = RiskModel.standard();
 * AssetInventory inventory = AssetInventory.of(Asset.of(9, "営業用ノートPC", CiaRating.of(3, 2, 2)));
 * Risk risk = Risk.newBuilder().number(1).assetNumbers(List.of(9)).riskSource("モバイル機器の利用ルールが未整備")
 *         .impactArea("外部").event("外出時の紛失・盗難").lostProperties(SecurityProperty.CONFIDENTIALITY).build();
 * AssessedRisk row = AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, 3, 2))
 *         .withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE),
 *                 List.of(TreatmentControl.of("モバイル機器の利用ルールを整備・強化")), TreatmentStatus.DONE))
 *         .withSecond(RiskEvaluation.ofLikelihood(model, 2, 1));
 * RiskRegister register = RiskRegister.of(model, inventory, List.of(row));
 * System.out.println(row.first().level() + " -> " + row.second().get().level() + ", reduced by "
 *         + row.reduction().getAsInt() + ", above acceptance: " + register.residualAboveAcceptance().size());
 * // prints: 6 -> 2, reduced by 4, above acceptance: 0
 * }</pre>
 */
@IsmsStyle
package org.isms4j.core.register;

import org.isms4j.core.internal.IsmsStyle;
