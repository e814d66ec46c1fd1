/**
 * Risk treatment リスク対応 (docs/method.md#risk-treatment): a risk's {@link org.isms4j.core.treatment.TreatmentDecision}
 * with its {@link org.isms4j.core.treatment.TreatmentControl}s, and the vocabulary: the four options
 * {@link org.isms4j.core.treatment.TreatmentOption} (avoid 回避, reduce 低減, transfer 移転,
 * retain 保有) and the report's {@link org.isms4j.core.treatment.TreatmentStatus} (済み done,
 * 予定 planned, 未定 undecided).
 *
 * <p>Both are enums with a stable lowercase code and Japanese and English names. No method
 * accepts {@code null}; an unknown code throws {@link org.isms4j.core.IsmsException} listing the
 * valid codes.
 *
 * <p>Worked example (docs/method.md#canonical-example, risk 2): misdelivery from low staff awareness is treated by
 * {@code TreatmentOption.ofCode("reduce")} with education and training, status
 * {@code TreatmentStatus.PLANNED}, shown in Japanese as 予定.
 */
@IsmsStyle
package org.isms4j.core.treatment;

import org.isms4j.core.internal.IsmsStyle;
