/**
 * Leadership リーダーシップ, ISO/IEC 27001:2022 clauses 5.2 and 5.3 (see {@code docs/method.md}):
 * the information security policy 情報セキュリティ方針 as a versioned, approved document, and the
 * organisation chart ISMS運用組織図 of roles assigned to named people with their responsibilities
 * and authorities.
 *
 * <p>Main types: {@link org.isms4j.records.leadership.Policy} (edition 第X版, date, company,
 * approver, objectives); {@link org.isms4j.records.leadership.IsmsRole} (トップマネジメント,
 * 情報セキュリティ委員長, ISMS内部監査責任者, ISMS教育責任者, ISMS文書管理責任者, ISMS事務局,
 * 情報システム管理者, 部門管理者); {@link org.isms4j.records.leadership.RoleAssignment} and the
 * {@link org.isms4j.records.leadership.RoleChart}. The internal-audit lead always reports to top
 * management.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as {@code Invalid assignment of internal_audit_lead
 * to '鈴木': the internal audit lead reports to top_management, not to committee_chair}.
 *
 * <p>Worked example: the internal-audit lead reports to top management on the source's chart, and
 * the policy's second edition is headed 第2版.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import java.util.Locale;
 * import org.isms4j.records.leadership.*;
 *
 * RoleChart chart = RoleChart.of(List.of(
 *         RoleAssignment.of(IsmsRole.TOP_MANAGEMENT, "山田", List.of("ISMSに必要な資源を提供する"), List.of()),
 *         RoleAssignment.of(IsmsRole.INTERNAL_AUDIT_LEAD, "鈴木", List.of("監査を統括する"), List.of())));
 * Policy policy = Policy.of(LocalDate.of(2023, 4, 3), "株式会社エグザンプル", "代表取締役社長 山田",
 *         List.of("情報セキュリティ事故を未然に防止する。"));
 * System.out.println(chart.reportingLine(chart.assignments().get(1)) + " "
 *         + policy.revise(LocalDate.of(2024, 4, 1), "代表取締役社長 山田", policy.objectives())
 *                 .editionLabel(Locale.JAPANESE));
 * // prints: [INTERNAL_AUDIT_LEAD, TOP_MANAGEMENT] 第2版
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.leadership;

import org.isms4j.records.internal.RecordsStyle;
