/**
 * Operational planning and control 運用の計画及び管理, ISO/IEC 27001:2022 clause 8.1 (see
 * {@code docs/method.md}): the ISMS annual plan ISMS年間計画表 of activities, each with its clause,
 * the documents it uses or produces and its scheduled weeks.
 *
 * <p>Main types: {@link org.isms4j.records.operation.PlannedActivity}, the
 * {@link org.isms4j.records.operation.AnnualPlan} and the
 * {@link org.isms4j.records.operation.UnregisteredDocument} it flags for a document the
 * documented-information register does not hold.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as {@code Invalid value for scheduled week (the
 * Monday of the week): 2023-05-09, a tuesday}.
 *
 * <p>Worked example: an activity whose document is not registered is flagged.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import org.isms4j.records.Clause;
 * import org.isms4j.records.document.DocumentRegister;
 * import org.isms4j.records.operation.*;
 *
 * AnnualPlan plan = AnnualPlan.of(List.of(PlannedActivity.of(Clause.parse("6.1"), "管理策(ルール)の検討",
 *         List.of("情報セキュリティ手順書"), List.of(LocalDate.of(2023, 6, 5)))));
 * System.out.println(plan.unregisteredDocuments(DocumentRegister.of(List.of())).get(0));
 * // prints: 6.1 '管理策(ルール)の検討': '情報セキュリティ手順書' is not in the documented-information register
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.operation;

import org.isms4j.records.internal.RecordsStyle;
