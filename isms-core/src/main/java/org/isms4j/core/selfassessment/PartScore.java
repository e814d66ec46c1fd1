package org.isms4j.core.selfassessment;

import org.immutables.value.Value;

/**
 * The subtotal of one part of a result, such as Part 1 基本的対策: 10 of 20 points.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartScore {

    PartScore() {}

    /**
     * Returns the part.
     *
     * @return the part, not null
     */
    @Value.Parameter
    public abstract QuestionPart part();

    /**
     * Returns the points scored in the part.
     *
     * @return the subtotal, negative when "unknown" answers outweigh the rest
     */
    @Value.Parameter
    public abstract int total();

    /**
     * Returns the part's maximum: every question at its target.
     *
     * @return the maximum
     */
    @Value.Parameter
    public abstract int maximum();

    /**
     * Returns the part's maximum without the questions excluded as not applicable.
     *
     * @return the applicable maximum, at most {@link #maximum()}
     */
    @Value.Parameter
    public abstract int applicableMaximum();

    static PartScore of(QuestionPart part, int total, int maximum, int applicableMaximum) {
        return ImmutablePartScore.of(part, total, maximum, applicableMaximum);
    }
}
