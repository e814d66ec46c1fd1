/**
 * Risk identification and evaluation (docs/method.md#risk-assessment-report):
 * {@link org.isms4j.core.risk.Risk}, a row of the risk assessment report リスクアセスメント結果報告書
 * over one or more assets, and {@link org.isms4j.core.risk.RiskEvaluation}, its first 一次評価 or
 * second 二次評価 evaluation under a named, versioned {@link org.isms4j.core.RiskModel};
 * {@link org.isms4j.core.risk.RiskBuilder} and {@link org.isms4j.core.risk.RiskEvaluationBuilder}
 * name each value.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter; every domain rule throws
 * {@link org.isms4j.core.IsmsException}; an evaluation's rules throw
 * {@link org.isms4j.core.risk.InvalidEvaluationException}, naming the
 * {@link org.isms4j.core.risk.EvaluationField} and, within a register, the risk and the
 * {@link org.isms4j.core.risk.EvaluationStage}.
 *
 * <p>Worked example (docs/method.md#canonical-example, risk 3): classification and handling of
 * electronic information unclear, over assets 10, 11, 13, 26 and 55, importance 3 and likelihood
 * 3, gives level 9 and priority 1, 早急に対応 (treat immediately).
 * <pre>{@code
 * RiskEvaluation first = RiskEvaluation.ofLikelihood(RiskModel.standard(), 3, 3);
 * System.out.println(first.level() + " " + first.priority().rank() + " " + first.priority());
 * // prints: 9 1 1 (treat immediately)
 * }</pre>
 */
@IsmsStyle
package org.isms4j.core.risk;

import org.isms4j.core.internal.IsmsStyle;
