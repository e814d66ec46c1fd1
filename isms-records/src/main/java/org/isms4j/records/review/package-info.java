/**
 * Management review マネジメントレビュー, ISO/IEC 27001:2022 clause 9.3 (see {@code docs/method.md}):
 * the inputs of 9.3.2 (a) - (g), with the four parts of (d), and the outputs of 9.3.3; a review
 * drafted from the records and reported incomplete, naming what it lacks.
 *
 * <p>Main types: {@link org.isms4j.records.review.ManagementReview},
 * {@link org.isms4j.records.review.ReviewInput}, {@link org.isms4j.records.review.ReviewOutput} and
 * the {@link org.isms4j.records.review.ReviewRecords} a review is drafted from.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as {@code Incomplete management review of
 * 2024-03-15: missing outputs decisions on needs for changes to the ISMS}.
 *
 * <p>Worked example: the first review drafted from no records names the inputs people must report.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import java.util.Locale;
 * import java.util.Optional;
 * import org.isms4j.records.review.*;
 *
 * ManagementReview draft = ReviewRecords.of(Optional.empty(), List.of(), Optional.empty(), List.of(),
 *         Optional.empty()).draft(LocalDate.of(2024, 3, 15), List.of("山田", "佐藤", "鈴木"), Locale.JAPANESE);
 * System.out.println(draft.inputs().get(ReviewInput.PREVIOUS_ACTIONS) + " "
 *         + draft.missingInputs().stream().map(ReviewInput::item).toList());
 * // prints: 初回マネジメントレビューのためありません。 [b, c, d) 2), d) 3), d) 4), e, f, g]
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.review;

import org.isms4j.records.internal.RecordsStyle;
