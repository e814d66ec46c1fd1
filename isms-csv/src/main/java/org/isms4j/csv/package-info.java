/**
 * isms4j's CSV tables: {@link org.isms4j.csv.IsmsCsv} writes the asset inventory 情報資産台帳, the
 * risk register (the risk assessment report リスクアセスメント結果報告書, every value of every risk), the
 * treatment plan リスク対応計画 and the Statement of Applicability 適用宣言書 as CSV with Japanese or
 * English headings, and reads them back equal.
 *
 * <p>Inside the package, not exported as API: {@code CsvTables}, {@code RegisterTable} and
 * {@code SoaTable} build each table from the core's column vocabularies and read it back through
 * {@code CsvInput}, a cursor that names the row and column of every bad cell; {@code CsvOutput}
 * writes a table with Jackson's CSV generator; {@code CsvText} formats messages and cells.
 *
 * <p>Null and exception policy: no method accepts {@code null} (a null argument throws
 * {@link java.lang.NullPointerException} naming the parameter). Every failure of reading becomes
 * {@link org.isms4j.csv.IsmsCsvException}, a subclass of {@link org.isms4j.core.IsmsException},
 * naming the row and column and keeping the core's exception or Jackson's as the cause; the
 * caller's own stream failing is rethrown as {@link java.io.UncheckedIOException}. A value that a
 * cell could not carry back throws {@link org.isms4j.core.IsmsException} on writing.
 *
 * <p>Worked example ({@code docs/method.md}, the quick approach): the staff register 社員名簿 rated
 * (3, 3, 2) is the row {@code 1,人事,社員名簿,,,,,社員PC,3,3,2,3} under the headings 番号, 業務分類,
 * 情報資産名称, 備考, 利用者範囲, リスク所有者, 管理部署, 媒体・保存先, 機密性, 完全性, 可用性, 重要度; with 重要度 2
 * it fails.
 * <pre>{@code
 * import org.isms4j.core.asset.*;
 *
 * String csv = "番号,業務分類,情報資産名称,備考,利用者範囲,リスク所有者,管理部署,媒体・保存先,機密性,完全性,可用性,重要度\r\n"
 *         + "1,人事,社員名簿,,,,,社員PC,3,3,2,2\r\n";
 * try {
 *     IsmsCsv.japanese().readAssetInventory(csv);
 * } catch (IsmsCsvException e) {
 *     System.out.println(e.getMessage());
 * }
 * // prints: row 2, column 重要度: Invalid value for importance (the highest of confidentiality, integrity and availability is 3): 2
 * }</pre>
 */
package org.isms4j.csv;
