/**
 * The ISMS records of ISO/IEC 27001:2022 clauses 4 - 10 (see {@code docs/method.md}): what a user
 * touches first, the {@link org.isms4j.records.Clause} number that records refer to, such as
 * 6.1.2 or 9.3.
 *
 * <p>The records live in packages named after their clause's concept:
 * {@code context} (4.1 - 4.3), {@code leadership} (5.2, 5.3), {@code objective} (6.2, 9.1),
 * {@code competence} and {@code training} (7.2), {@code communication} (7.4), {@code document}
 * (7.5), {@code operation} (8.1), {@code audit} (9.2), {@code review} (9.3), {@code corrective}
 * (10.2), and the {@code readiness} check of the documented information the standard requires.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as
 * {@code Unknown ISO/IEC 27001 clause: '6.4' (valid values 4 - 10, 4.1 - 4.4, ...)}.
 * Every date of a record lies in {@code 0000-01-01 - 9999-12-31}, the dates isms-core's
 * {@link org.isms4j.core.Limits} allow and every document writes as {@code yyyy-MM-dd}; another is
 * refused when the record is built, such as
 * {@code Invalid value for review date (valid values 0000-01-01 - 9999-12-31): +10000-01-01}.
 *
 * <p>Worked example: the clause of the risk assessment lies within clause 6 and sorts before 6.2.
 * <pre>{@code
 * import org.isms4j.records.Clause;
 *
 * Clause assessment = Clause.parse("6.1.2");
 * System.out.println(assessment + " " + assessment.isWithin(Clause.of(6)) + " "
 *         + (assessment.compareTo(Clause.parse("6.2")) < 0));
 * // prints: 6.1.2 true true
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records;

import org.isms4j.records.internal.RecordsStyle;
