/**
 * isms4j's workbooks: {@link org.isms4j.xlsx.IsmsXlsx} writes the asset inventory 情報資産台帳, the
 * risk assessment report リスクアセスメント結果報告書 (every value of every risk, first and second
 * evaluation), the treatment plan リスク対応計画 and the Statement of Applicability 適用宣言書 as
 * .xlsx workbooks, one sheet per table, and reads them back equal; and so every other table of
 * isms-csv: the ISMS records' tables (文書管理台帳, 力量確認表, …) and the LV.2 answer sheet.
 *
 * <p>Inside the package, not exported as API: {@code SheetLayout} is what is known of a table's
 * sheet (its name, title, cell types and closed vocabularies), {@code RiskSheet} for the risk
 * tables and {@code RecordSheet} for the others; {@code SheetWriter} writes a sheet with
 * fastexcel, {@code HeaderBlock} the block above the table, {@code WorkbookGuard} checks a
 * workbook's zip before it is parsed and {@code PartScan} each part's cells, and
 * {@code SheetRows} gives a sheet's cells as text to isms-csv's table readers.
 *
 * <p>Null and exception policy: no method accepts {@code null} (a null argument throws
 * {@link java.lang.NullPointerException} naming the parameter). Every failure of reading becomes
 * {@link org.isms4j.xlsx.IsmsXlsxException}, a subclass of {@link org.isms4j.core.IsmsException},
 * naming the sheet and cell such as {@code 資産目録!L3}; the caller's own stream failing is
 * rethrown as {@link java.io.UncheckedIOException}.
 */
package org.isms4j.xlsx;
