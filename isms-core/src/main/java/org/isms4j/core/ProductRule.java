package org.isms4j.core;

import org.immutables.value.Value;

/**
 * The source's risk-level rule: risk level = importance × likelihood, so that importance 3 and
 * likelihood 1 give level 3 and importance 2 and likelihood 3 give level 6.
 *
 * <p>This class is immutable and thread-safe; it has one instance,
 * {@link RiskLevelRules#product()}.
 */
@Value.Immutable
public abstract sealed class ProductRule implements RiskLevelRule permits ImmutableProductRule {

    ProductRule() {}

    /**
     * {@inheritDoc}
     *
     * @throws IsmsException if the importance or the likelihood is outside
     *     {@value RatingScale#LOWEST} - {@value RatingScale#HIGHEST}, the span of every scale, so
     *     that the level stays within 0 - {@value LevelGrid#MAX_LEVEL}
     */
    @Override
    public final int level(int importance, int likelihood) {
        Checks.inRange("importance", RatingScale.LOWEST, RatingScale.HIGHEST, importance);
        Checks.inRange("likelihood", RatingScale.LOWEST, RatingScale.HIGHEST, likelihood);
        return importance * likelihood;
    }

    @Override
    public final String code() {
        return "product";
    }

    @Override
    public String toString() {
        return "importance × likelihood";
    }
}
