package org.isms4j.core;

/**
 * Ready-made risk-level rules: the source's product, and an ISO/IEC 27005-style 5 × 5 grid.
 *
 * <p>This class is thread-safe.
 */
public final class RiskLevelRules {

    private static final LevelGrid ISO27005_STYLE = LevelGrid.of("consequence", RatingScale.of(1, 5),
            RatingScale.of(1, 5), new int[][] {
                {1, 1, 2, 2, 3}, // consequence 1: likelihood 1 .. 5
                {1, 2, 2, 3, 4}, // consequence 2
                {2, 2, 3, 4, 4}, // consequence 3
                {2, 3, 4, 4, 5}, // consequence 4
                {3, 4, 4, 5, 5}, // consequence 5
            });

    private static final ProductRule PRODUCT = ImmutableProductRule.builder().build();

    private RiskLevelRules() {}

    /**
     * Returns the source's rule: risk level = importance × likelihood (docs/method.md#risk-level).
     *
     * @return the product rule, not null
     */
    public static ProductRule product() {
        return PRODUCT;
    }

    /**
     * Returns a 5 × 5 grid of consequence × likelihood giving levels 1 - 5, in the style of the
     * examples of ISO/IEC 27005: not a product, and symmetric in its two axes.
     *
     * @return the grid, not null
     */
    public static LevelGrid fiveByFive() {
        return ISO27005_STYLE;
    }
}
