/**
 * The asset inventory 資産目録 (docs/method.md#asset-inventory): {@link org.isms4j.core.asset.Asset}, one row with
 * every column of the source, and {@link org.isms4j.core.asset.AssetInventory}, the rows with
 * unique numbers, lookup, filters and the important assets 重要資産 under a model's criterion.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter; every domain rule throws
 * {@link org.isms4j.core.IsmsException}.
 *
 * <p>Worked example (docs/method.md#asset-inventory): the staff register 社員名簿 of HR, rated (3, 3, 2), has
 * importance 3 and is important, since a rating equals 3.
 * <pre>{@code
 * Asset register = Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2))
 *         .withBusinessCategory("人事").withRemarks("社員基本情報").withMedium("社員PC");
 * System.out.println(register.importance() + " " + RiskModel.standard().isImportant(register.rating()));
 * // prints: 3 true
 * }</pre>
 */
@IsmsStyle
package org.isms4j.core.asset;

import org.isms4j.core.internal.IsmsStyle;
