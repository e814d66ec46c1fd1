/**
 * Reports as tables of text (docs/method.md#asset-inventory, #risk-assessment-report and
 * #treatment-plan): {@link org.isms4j.core.report.ReportTable}
 * renders the asset inventory 資産目録, the risk assessment report リスクアセスメント結果報告書 and the
 * risk treatment plan リスク対応計画 with Japanese or English headings in the source's column order
 * ({@link org.isms4j.core.report.InventoryColumn}, {@link org.isms4j.core.report.AssessmentColumn},
 * {@link org.isms4j.core.report.PlanColumn}), as Markdown here and as CSV in isms-json.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter.
 *
 * <p>Worked example (docs/method.md#asset-inventory): the staff register in the inventory, in Japanese.
 * <pre>{@code
 * import java.util.Locale;
 * import org.isms4j.core.asset.*;
 *
 * AssetInventory inventory = AssetInventory.of(Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2))
 *         .withBusinessCategory("人事").withRemarks("社員基本情報").withMedium("社員PC"));
 * System.out.print(ReportTable.ofInventory(inventory, Locale.JAPANESE).toMarkdown());
 * // prints: | 番号 | 業務分類 | 情報資産名称 | 備考 | 利用者範囲 | リスク所有者 | 管理部署 | 媒体・保存先 | 機密性 | 完全性 | 可用性 | 重要度 |
 * // prints: | 1 | 人事 | 社員名簿 | 社員基本情報 |  |  |  | 社員PC | 3 | 3 | 2 | 3 |
 * }</pre>
 */
@IsmsStyle
package org.isms4j.core.report;

import org.isms4j.core.internal.IsmsStyle;
