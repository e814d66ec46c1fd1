/**
 * Documented information 文書化した情報, ISO/IEC 27001:2022 clause 7.5 (see
 * {@code docs/method.md}): the register of documents with their numbering by kind 採番方法 — basic
 * documents A-01…, the ISMS manual B-01, procedures C-01…, records D-01… — and the external
 * documents by their own names; each with title, author, approver, dates, edition and storage.
 *
 * <p>Main types: {@link org.isms4j.records.document.DocumentKind},
 * {@link org.isms4j.records.document.DocumentNumber} (parsed and printed as {@code A-01}),
 * {@link org.isms4j.records.document.DocumentedInformation} and the
 * {@link org.isms4j.records.document.DocumentRegister}, whose numbers and titles are unique.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as {@code Invalid value for document number (valid
 * values A-01 - A-99, B-01, C-01 - C-99, D-01 - D-99): 'B-02'}.
 *
 * <p>Worked example: the register's next procedure number after C-01.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import org.isms4j.records.document.*;
 *
 * DocumentRegister register = DocumentRegister.of(List.of(DocumentedInformation.of(
 *         DocumentNumber.parse("C-01"), "情報セキュリティ手順書", "田中", "佐藤", LocalDate.of(2023, 4, 3),
 *         "キャビネット")));
 * System.out.println(register.nextNumber(DocumentKind.PROCEDURE) + " " + register.nextNumber(DocumentKind.BASIC));
 * // prints: C-02 A-01
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.document;

import org.isms4j.records.internal.RecordsStyle;
