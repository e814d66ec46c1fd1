/**
 * Education and training 教育, ISO/IEC 27001:2022 clause 7.2 (see {@code docs/method.md}): the
 * education plan 教育計画書, the comprehension test 理解度確認テスト that evaluates it, and the training
 * record 教育実施記録 with the list of attendees 教育受講者一覧.
 *
 * <p>Main types: {@link org.isms4j.records.training.EducationPlan} (purpose, audience,
 * {@link org.isms4j.records.training.TrainingMethod methods}, content,
 * {@link org.isms4j.records.training.Period period}, effectiveness evaluation, optionally the
 * test's {@link org.isms4j.core.selfassessment.AnswerKey}); the
 * {@link org.isms4j.records.training.TrainingRecord} with its
 * {@link org.isms4j.records.training.Attendee}s and their
 * {@link org.isms4j.core.selfassessment.TestRecord}s, scored by isms-core's answer-key engine and
 * retaken until a pass.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as {@code Invalid training record 'ISMS教育':
 * attendee '中村' attended on 2023-11-01, outside the period 2023-10-02 - 2023-10-31}.
 *
 * <p>Worked example: a record of two attendees of an e-learning course.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import java.util.Locale;
 * import org.isms4j.records.training.*;
 *
 * TrainingRecord record = TrainingRecord.of("ISMS教育（基本方針、目標、ルール）",
 *         Period.of(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 31)), TrainingMethod.E_LEARNING,
 *         List.of("情報セキュリティハンドブック"), "ISMSに対する意識向上", "全従業者",
 *         List.of(Attendee.of("営業", "中村", LocalDate.of(2023, 10, 5)),
 *                 Attendee.of("管理", "小林", LocalDate.of(2023, 10, 6))), "特になし");
 * System.out.println(record.attendeeTable(Locale.JAPANESE).rows().get(1));
 * // prints: [2, 管理, 小林, 2023-10-06, ]
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.training;

import org.isms4j.records.internal.RecordsStyle;
