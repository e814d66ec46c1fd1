/**
 * The risk model: ratings, likelihood, risk level and acceptance criteria, after the method of
 * docs/method.md#risk-assessment.
 *
 * <p>What a user touches first lives here: {@link org.isms4j.core.CiaRating} (confidentiality
 * 機密性, integrity 完全性 and availability 可用性, with importance 重要度 = the highest of the
 * three), {@link org.isms4j.core.RatingScale}, {@link org.isms4j.core.LikelihoodTable} (被害発生可能性),
 * {@link org.isms4j.core.RiskLevelRule} (リスクレベル), {@link org.isms4j.core.AcceptanceCriteria}
 * (リスク受容基準) and the {@link org.isms4j.core.RiskModel} that bundles them (each part named by
 * {@link org.isms4j.core.RiskModelBuilder}), and the root exception
 * {@link org.isms4j.core.IsmsException} with {@link org.isms4j.core.InvalidRatingException}, which
 * names the property whose rating is off its scale.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException} with a message naming the field, the rule and the value.
 *
 * <p>Worked example (docs/method.md#risk-assessment): the staff register rated (3, 3, 2) has importance 3;
 * threat 3 and vulnerability 2 give likelihood 2; level 3 × 2 = 6 falls on priority 2,
 * 今期中に対応 (treat within this term).
 * <pre>{@code
 * RiskModel model = RiskModel.standard();
 * Score score = model.score(CiaRating.of(3, 3, 2).importance(), 3, 2);
 * System.out.println(score.likelihood() + " " + score.level() + " " + score.priority().rank());
 * // prints: 2 6 2
 * }</pre>
 */
@IsmsStyle
package org.isms4j.core;

import org.isms4j.core.internal.IsmsStyle;
