/**
 * Internal audit 内部監査, ISO/IEC 27001:2022 clause 9.2 (see {@code docs/method.md}): auditors chosen
 * so that no auditor audits their own department, the checklist 内部監査チェックリスト, the plan
 * 内部監査計画書 and the report 内部監査結果報告書 with findings graded 重大な不適合 major nonconformity,
 * 軽微な不適合 minor nonconformity, 観察事項 observation or 改善の機会 opportunity for improvement, and
 * their follow-up at the next audit.
 *
 * <p>Main types: {@link org.isms4j.records.audit.AuditSlot}, {@link org.isms4j.records.audit.AuditPlan},
 * {@link org.isms4j.records.audit.ChecklistItem} and the
 * {@link org.isms4j.records.audit.AuditChecklist}, {@link org.isms4j.records.audit.Finding} with its
 * {@link org.isms4j.records.audit.FindingGrade}, and the {@link org.isms4j.records.audit.AuditReport}.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as {@code Invalid audit slot 1: auditor '鈴木' audits
 * their own department '営業部'}.
 *
 * <p>Worked example: an auditor from 管理部 audits 営業部; one from 営業部 may not.
 * <pre>{@code
 * import java.time.LocalDateTime;
 * import org.isms4j.core.IsmsException;
 * import org.isms4j.records.audit.*;
 *
 * LocalDateTime ten = LocalDateTime.of(2024, 2, 5, 10, 0);
 * AuditSlot slot = AuditSlot.of(1, "営業部", "鈴木", "管理部", "中村", ten, ten.plusMinutes(90));
 * try {
 *     AuditSlot.of(2, "営業部", "佐藤", "営業部", "中村", ten, ten.plusMinutes(90));
 * } catch (IsmsException e) {
 *     System.out.println(slot.auditor() + " ok; " + e.getMessage());
 * }
 * // prints: 鈴木 ok; Invalid audit slot 2: auditor '佐藤' audits their own department '営業部'
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.audit;

import org.isms4j.records.internal.RecordsStyle;
