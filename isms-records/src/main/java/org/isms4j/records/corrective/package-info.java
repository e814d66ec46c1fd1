/**
 * Nonconformity and corrective action 不適合及び是正処置, ISO/IEC 27001:2022 clause 10.2 (see
 * {@code docs/method.md}): the corrective request and answer 是正要求書兼回答書 with its origin,
 * grade, clause and content, and its steps — correction, evaluation of similar nonconformities and
 * the cause, cause removal, implementation report, confirmation and effectiveness review — each
 * with author, approver and date.
 *
 * <p>Main types: {@link org.isms4j.records.corrective.CorrectiveAction} with its
 * {@link org.isms4j.records.corrective.NonconformityOrigin},
 * {@link org.isms4j.records.corrective.ActionStep}s, the
 * {@link org.isms4j.records.corrective.CauseEvaluation} and the
 * {@link org.isms4j.records.corrective.ActionStage} it has reached. The steps are a state
 * machine: none is recorded before the one it depends on, dates never run backwards, and an
 * action is closed exactly when its effectiveness is reviewed.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as {@code Invalid corrective action 24-01: confirmed
 * cannot be recorded before implemented (stage evaluated)}.
 *
 * <p>Worked example: the source's observation on 7.2, taken through to its effectiveness review.
 * <pre>{@code
 * import java.time.LocalDate;
 * import org.isms4j.records.Clause;
 * import org.isms4j.records.audit.FindingGrade;
 * import org.isms4j.records.corrective.*;
 *
 * LocalDate day = LocalDate.of(2024, 2, 26);
 * CorrectiveAction action = CorrectiveAction.of("24-01", "管理部", NonconformityOrigin.INTERNAL_AUDIT,
 *         FindingGrade.OBSERVATION, Clause.parse("7.2"),
 *         ActionStep.of("一部担当者が仮任命のため、今後本任命を行っていく。", "佐藤", "山田", day))
 *         .corrected(ActionStep.of("力量の確認。任命力量確認表の更新。", "佐藤", "山田", day))
 *         .evaluated(CauseEvaluation.of(false, false, false, ActionStep.of("観察事項のため原因なし", "佐藤", "山田", day)))
 *         .implemented(ActionStep.of("ISMS年間計画表を修正し点検を実施した。", "佐藤", "山田", day.plusDays(14)))
 *         .confirmed(ActionStep.of("修正と点検記録を確認した。", "鈴木", "山田", day.plusDays(21)));
 * System.out.println(action.stage() + " " + action.reviewed(ActionStep.of("点検漏れのリスクが低減された。", "鈴木",
 *         "山田", day.plusDays(60)), false).isClosed());
 * // prints: CONFIRMED true
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.corrective;

import org.isms4j.records.internal.RecordsStyle;
