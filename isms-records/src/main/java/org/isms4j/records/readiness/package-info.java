/**
 * The readiness check of documented information, ISO/IEC 27001:2022 clause 7.5.1 a) (see
 * {@code docs/method.md}): which documented information the standard requires — scope (4.3),
 * policy (5.2), risk assessment process (6.1.2) and results (8.2), risk treatment process
 * (6.1.3) and results (8.3), the Statement of Applicability (6.1.3 d), objectives (6.2), evidence
 * of competence (7.2), operational planning (8.1), monitoring results (9.1), audit programme and
 * results (9.2), management review results (9.3), nonconformities and actions (10.2) — is
 * present, missing or out of date in the documented-information register.
 *
 * <p>Main types: {@link org.isms4j.records.readiness.RequiredDocument},
 * {@link org.isms4j.records.readiness.Readiness} and the
 * {@link org.isms4j.records.readiness.ReadinessCheck}.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as
 * {@code Invalid value for maximum age (must be positive): P0D}.
 *
 * <p>Worked example: a register that holds only the policy is missing the scope.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.time.Period;
 * import java.util.List;
 * import java.util.Map;
 * import org.isms4j.records.document.*;
 * import org.isms4j.records.readiness.*;
 *
 * DocumentRegister register = DocumentRegister.of(List.of(DocumentedInformation.of(DocumentNumber.parse("A-02"),
 *         "情報セキュリティ方針", "佐藤", "山田", LocalDate.of(2023, 4, 3), "キャビネット")));
 * ReadinessCheck check = ReadinessCheck.of(Map.of(RequiredDocument.SCOPE, "ISMS適用範囲",
 *         RequiredDocument.POLICY, "情報セキュリティ方針"), Period.ofYears(1));
 * System.out.println(check.readiness(RequiredDocument.POLICY, register, LocalDate.of(2024, 3, 1)) + " "
 *         + check.readiness(RequiredDocument.SCOPE, register, LocalDate.of(2024, 3, 1)) + " "
 *         + check.readiness(RequiredDocument.POLICY, register, LocalDate.of(2024, 5, 1)));
 * // prints: PRESENT MISSING OUT_OF_DATE
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.readiness;

import org.isms4j.records.internal.RecordsStyle;
