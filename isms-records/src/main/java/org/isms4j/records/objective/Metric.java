package org.isms4j.records.objective;

import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * A measurable metric 評価指標 of a security objective: what is measured and the target it must
 * reach, such as the source's ISMS教育受講／合格 at 100％(全従業者), or マルウェアの感染の有無 at
 * 感染なし.
 *
 * <p>A metric without a target is not measurable and is rejected.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Metric {

    Metric() {}

    /**
     * Returns what is measured, such as ISMS教育受講／合格.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String indicator();

    /**
     * Returns the target, such as 100％(全従業者).
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String target();

    /**
     * Obtains a metric.
     *
     * @param indicator what is measured, not blank
     * @param target the target to reach, not blank
     * @return the metric, not null
     * @throws IsmsException if the indicator or the target is blank
     */
    public static Metric of(String indicator, String target) {
        return ImmutableMetric.of(indicator, target);
    }

    @Value.Check
    final void check() {
        Texts.notBlank("metric indicator", indicator());
        Texts.notBlank("metric target", target());
    }

    /**
     * Returns the metric as the sheet writes it: indicator and target, such as
     * {@code ISMS教育受講／合格 100％(全従業者)}.
     *
     * @return the text, not null
     */
    @Override
    public final String toString() {
        return indicator() + " " + target();
    }
}
