/**
 * The CSV tables of isms-json (not exported): {@link org.isms4j.json.csv.CsvTables} builds the
 * asset inventory, risk register, treatment plan and Statement of Applicability tables from the
 * core's column vocabularies and reads them back through {@link org.isms4j.json.csv.CsvInput}, a
 * cursor that names the row and column of every bad cell; {@link org.isms4j.json.csv.CsvOutput}
 * writes a table with Jackson's CSV generator.
 *
 * <p>Null and exception policy: cells are never null; every failure of reading becomes
 * {@link org.isms4j.json.IsmsCsvException} through {@link org.isms4j.json.csv.CsvInput#translate},
 * keeping the core's {@link org.isms4j.core.IsmsException} or Jackson's exception as the cause; a
 * value that a cell could not carry back throws {@link org.isms4j.core.IsmsException} on writing.
 *
 * <p>Worked example (docs/method.md#asset-inventory): the staff register 社員名簿 rated (3, 3, 2) is the row
 * {@code 1,人事,社員名簿,社員基本情報,,,,社員PC,3,3,2,3} under the headings 番号, 業務分類, 情報資産名称,
 * 備考, 利用者範囲, リスク所有者, 管理部署, 媒体・保存先, 機密性, 完全性, 可用性, 重要度; with 重要度 2
 * it fails as {@code row 2, column 重要度: Invalid value for importance (the highest of
 * confidentiality, integrity and availability is 3): 2}.
 */
package org.isms4j.json.csv;
