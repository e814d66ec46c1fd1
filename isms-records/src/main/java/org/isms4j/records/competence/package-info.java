/**
 * Competence 力量, ISO/IEC 27001:2022 clause 7.2 (see {@code docs/method.md}): the competence
 * record 力量確認表 of a person in a role, its required items 必要条件 rated 1 - 5 (評価基準: 5 can
 * teach others, 4 capable without support, 3 capable with support, 2 room for improvement, 1
 * improvement needed), each with its improvement date, content, re-rating and confirmation date,
 * and the appointment criterion 任命基準 they give.
 *
 * <p>Main types: {@link org.isms4j.records.competence.CompetenceRecord} of
 * {@link org.isms4j.records.competence.CompetenceItem}s with their
 * {@link org.isms4j.records.competence.CompetenceRating} and
 * {@link org.isms4j.records.competence.ImprovementPlan}; the computed
 * {@link org.isms4j.records.competence.Appointment}: A when every item is 3 or more, B when every
 * item of 2 or less has an improvement plan (provisional until confirmed), C otherwise.
 * Re-rating after training can move B to A; raising a rating never worsens the appointment.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as
 * {@code Invalid value for competence rating (valid values 1 - 5): 6}.
 *
 * <p>Worked example: the source's 部門管理者, rated 2, 2, 2, 5 with plans, is B; re-rated 3, 3, 3
 * after improvement, A.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import org.isms4j.records.competence.*;
 * import org.isms4j.records.leadership.IsmsRole;
 *
 * ImprovementPlan plan = ImprovementPlan.of(LocalDate.of(2023, 9, 29), "ISMS構築作業を通して獲得");
 * CompetenceRecord record = CompetenceRecord.of(IsmsRole.DEPARTMENT_HEAD, "中村", List.of(
 *         CompetenceItem.of(1, "規程、基準などに精通していること", CompetenceRating.of(2)).withPlan(plan),
 *         CompetenceItem.of(2, "ISMSに関する知識があること", CompetenceRating.of(2)).withPlan(plan),
 *         CompetenceItem.of(3, "情報セキュリティ全般に関する知識があること", CompetenceRating.of(2)).withPlan(plan),
 *         CompetenceItem.of(4, "公正な判断ができること", CompetenceRating.of(5))));
 * LocalDate confirmed = LocalDate.of(2023, 10, 6);
 * CompetenceRecord trained = record.reRated(1, CompetenceRating.of(3), confirmed)
 *         .reRated(2, CompetenceRating.of(3), confirmed).reRated(3, CompetenceRating.of(3), confirmed);
 * System.out.println(record.appointment() + " -> " + trained.appointment());
 * // prints: B -> A
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.competence;

import org.isms4j.records.internal.RecordsStyle;
