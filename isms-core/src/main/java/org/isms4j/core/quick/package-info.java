/**
 * The quick approach クイックアプローチ (LV.1, docs/method.md#quick-approach): an
 * {@link org.isms4j.core.quick.IncidentCase} filters the asset inventory and scores the assets it
 * threatens as {@link org.isms4j.core.quick.ScoredAsset}s.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter; a broken rule throws
 * {@link org.isms4j.core.IsmsException}.
 *
 * <p>Worked example (docs/method.md#quick-approach): a leaving employee's insider leak threatens what is on the
 * staff PC; the staff register, invoices and customer list (importance 3) with likelihood 3, 2, 2
 * score levels 9, 6, 6.
 * <pre>{@code
 * import java.util.Map;
 * import org.isms4j.core.asset.*;
 *
 * AssetInventory inventory = AssetInventory.of(
 *         Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withMedium("社員PC"),
 *         Asset.of(2, "当社宛請求書", CiaRating.of(3, 3, 2)).withMedium("社員PC"),
 *         Asset.of(3, "顧客リスト", CiaRating.of(3, 3, 3)).withMedium("社員PC"),
 *         Asset.of(4, "会社案内", CiaRating.of(1, 1, 1)).withMedium("Webサイト"));
 * IncidentCase leak = IncidentCase.onMedium("退職者による情報漏えい", "社員PC");
 * for (ScoredAsset row : leak.assess(RiskModel.standard(), inventory, Map.of(1, 3, 2, 2, 3, 2))) {
 *     System.out.print(row.score().level() + " ");
 * }
 * // prints: 9 6 6
 * }</pre>
 */
@IsmsStyle
package org.isms4j.core.quick;

import org.isms4j.core.internal.IsmsStyle;
