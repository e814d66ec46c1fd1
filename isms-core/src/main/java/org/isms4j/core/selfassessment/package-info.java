/**
 * Scored questionnaires of the baseline approach ベースラインアプローチ (LV.2,
 * docs/method.md#baseline-approach): the self-assessment 5分でできる！情報セキュリティ自社診断, baseline
 * checklists such as the cloud-service safe-use checklist, and comprehension tests
 * 理解度確認テスト with an answer key.
 *
 * <p>Main types: a {@link org.isms4j.core.selfassessment.QuestionSet} (id and version, parts of
 * {@link org.isms4j.core.selfassessment.Question}s, an
 * {@link org.isms4j.core.selfassessment.AnswerScale} of
 * {@link org.isms4j.core.selfassessment.Answer}s with points, optionally
 * {@link org.isms4j.core.selfassessment.NotApplicable "not applicable"}); an
 * {@link org.isms4j.core.selfassessment.AnswerSheet} per respondent and department, whose
 * {@link org.isms4j.core.selfassessment.SelfAssessmentResult} gives the total, the part
 * subtotals, the unknown answers and the questions below target; an
 * {@link org.isms4j.core.selfassessment.Aggregation} of the sheets of several departments; the
 * measures decided per question in a {@link org.isms4j.core.selfassessment.MeasurePlan}; an
 * {@link org.isms4j.core.selfassessment.AnswerKey} that scores a test and the
 * {@link org.isms4j.core.selfassessment.TestRecord} of its retakes until a pass; the Markdown
 * tables of {@link org.isms4j.core.selfassessment.SelfAssessmentReport}; an organisation's
 * {@link org.isms4j.core.selfassessment.ScoreBands} (the source gives none, and none is
 * shipped). The bundled examples
 * are in {@link org.isms4j.core.selfassessment.QuestionSets} and
 * {@link org.isms4j.core.selfassessment.AnswerScales}.
 *
 * <p>Every value type is immutable and thread-safe; {@link
 * org.isms4j.core.selfassessment.AnswerSheet.SheetBuilder} is not. No method accepts {@code null}: a
 * null argument throws {@link java.lang.NullPointerException} naming the parameter. Every
 * domain rule throws {@link org.isms4j.core.IsmsException} with a message naming the field (for
 * a sheet, the question), the rule and the value.
 *
 * <p>Worked example: the five questions of Part 1 基本的対策 answered 実施している (4),
 * 一部実施している (2), 実施している (4), 実施していない (0) and 分からない (−1) total 9 of 5 × 4 = 20;
 * question 5 is listed for follow-up and questions 2, 4 and 5 are below target.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.Map;
 *
 * QuestionSet set = QuestionSets.selfAssessmentPart1();
 * AnswerSheet sheet = AnswerSheet.of(set, "山田", "本社", LocalDate.of(2024, 4, 1), Map.of(1, "implemented",
 *         2, "partly_implemented", 3, "implemented", 4, "not_implemented", 5, "unknown"));
 * SelfAssessmentResult result = sheet.result();
 * System.out.println(result.total() + " / " + result.maximum() + ", unknown "
 *         + result.unknown().stream().map(ScoredAnswer::number).toList() + ", below target "
 *         + result.belowTarget().stream().map(ScoredAnswer::number).toList());
 * // prints: 9 / 20, unknown [5], below target [2, 4, 5]
 * }</pre>
 */
@IsmsStyle
package org.isms4j.core.selfassessment;

import org.isms4j.core.internal.IsmsStyle;
