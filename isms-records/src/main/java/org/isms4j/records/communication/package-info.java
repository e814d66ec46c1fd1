/**
 * Communication コミュニケーション, ISO/IEC 27001:2022 clause 7.4 (see {@code docs/method.md}): what
 * is communicated 内容, when 実施時期, to whom 対象者, by whom 実施者 and how 方法.
 *
 * <p>Main types: {@link org.isms4j.records.communication.Communication} and the
 * {@link org.isms4j.records.communication.CommunicationPlan} with its Markdown table in the
 * source's column order.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as {@code Invalid communication plan: duplicate
 * content and audience '各見直し結果の伝達 -> 従業者'}.
 *
 * <p>Worked example: the source's review results, communicated within a week.
 * <pre>{@code
 * import java.util.List;
 * import java.util.Locale;
 * import org.isms4j.records.communication.*;
 *
 * CommunicationPlan plan = CommunicationPlan.of(List.of(Communication.of("各見直し結果の伝達",
 *         "見直後、1週間以内", "従業者", "ISMS事務局", List.of("承認後、ISMS事務局より通達"))));
 * System.out.print(plan.toTable(Locale.JAPANESE).toMarkdown());
 * // prints: | 内容 | 実施時期 | 対象者 | 実施者 | 方法 |
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.communication;

import org.isms4j.records.internal.RecordsStyle;
