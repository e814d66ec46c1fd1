/**
 * The risk treatment plan リスク対応計画 (docs/method.md#treatment-plan): {@link org.isms4j.core.plan.TreatmentPlan} of
 * {@link org.isms4j.core.plan.PlanItem} rows with tasks, owner, planned and actual dates and a
 * {@link org.isms4j.core.plan.PlanStatus} (終了 completed, 着手 in progress, 未着手 not started);
 * progress counts and overdue rows as of a date; each row traces to the risks it treats.
 * {@link org.isms4j.core.plan.TreatmentPlan#draft} lays out the rows of a register's controls as
 * {@link org.isms4j.core.plan.PlanItemBuilder}s, which name each column.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter; a broken rule throws
 * {@link org.isms4j.core.IsmsException} naming the row and the rule. Anything that depends on
 * "today" takes a {@link java.time.LocalDate}.
 *
 * <p>Worked example (docs/method.md#treatment-plan): row 1 carries out the mobile-device usage rules for risk 1,
 * planned from 2023-08-10 to 2023-09-29; started 2023-08-10, it is in progress and overdue on
 * 2023-10-01.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import org.isms4j.core.treatment.TreatmentControl;
 *
 * PlanItem row = PlanItem.newBuilder().number(1).control(TreatmentControl.of("モバイル機器の利用ルールを整備・強化"))
 *         .tasks(List.of("ルール検討", "関係者に周知")).owner("委員長").plannedStart(LocalDate.of(2023, 8, 10))
 *         .plannedEnd(LocalDate.of(2023, 9, 29)).riskNumbers(List.of(1)).build()
 *         .startedOn(LocalDate.of(2023, 8, 10));
 * TreatmentPlan plan = TreatmentPlan.of(List.of(row));
 * System.out.println(row.status() + " " + plan.overdue(LocalDate.of(2023, 10, 1)).size());
 * // prints: IN_PROGRESS 1
 * }</pre>
 */
@IsmsStyle
package org.isms4j.core.plan;

import org.isms4j.core.internal.IsmsStyle;
