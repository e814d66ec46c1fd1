/**
 * Information security objectives and their effectiveness evaluation, ISO/IEC 27001:2022
 * clauses 6.2 and 9.1 (see {@code docs/method.md}): the ISMS有効性評価表 with, per objective, the
 * measurable metric 評価指標, actions 実施事項, resources 必要な資源, responsible person 責任者, due
 * date 達成期限 and evaluation method 評価方法, then the result ○ effective / × not effective, the
 * evaluation date 評価日 and remarks 備考.
 *
 * <p>Main types: {@link org.isms4j.records.objective.SecurityObjective} with its
 * {@link org.isms4j.records.objective.Metric}; {@link org.isms4j.records.objective.Evaluation}
 * with its {@link org.isms4j.records.objective.EvaluationResult};
 * {@link org.isms4j.records.objective.EffectivenessRecord} (one objective and its evaluation)
 * and the {@link org.isms4j.records.objective.EffectivenessSheet}. An objective without a
 * measurable metric (indicator and target) is rejected, as is an evaluation dated before its
 * objective was set or a result without an evaluation date.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as {@code Invalid evaluation of objective 1: the
 * result not_effective has no evaluation date}.
 *
 * <p>Worked example: the source's objective, evaluated ○ effective.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import org.isms4j.records.objective.*;
 *
 * SecurityObjective objective = SecurityObjective.of(1, List.of("当社ISMSの意味を理解した活動の開始"),
 *         Metric.of("ISMS教育受講／合格", "100％(全従業者)"), List.of("教育による活動の意味の理解"),
 *         List.of("適用範囲の従業者がISMS教育を受講"), "ISMS事務局長", LocalDate.of(2024, 3, 31),
 *         "受講者数および合格者数をカウントし、評価する", LocalDate.of(2023, 4, 3));
 * EffectivenessRecord record = EffectivenessRecord.of(objective).evaluated(Evaluation.of(
 *         EvaluationResult.EFFECTIVE, LocalDate.of(2024, 3, 29), "全従業員が100点にて合格"));
 * System.out.println(record.objective().metric() + " " + record.evaluation().get().result().mark());
 * // prints: ISMS教育受講／合格 100％(全従業者) ○
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.objective;

import org.isms4j.records.internal.RecordsStyle;
