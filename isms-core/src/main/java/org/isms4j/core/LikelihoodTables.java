package org.isms4j.core;

/**
 * Ready-made likelihood tables 換算表, such as the source's 3 × 3 table.
 *
 * <p>This class is thread-safe.
 */
public final class LikelihoodTables {

    private static final LikelihoodTable STANDARD = LikelihoodTable.of(
            RatingScale.standard(), RatingScale.standard(), RatingScale.standard(),
            new int[][] {
                {1, 1, 1}, // threat 1: vulnerability 1, 2, 3
                {1, 1, 2}, // threat 2
                {1, 2, 3}, // threat 3
            });

    private LikelihoodTables() {}

    /**
     * Returns the source's table (docs/method.md#likelihood): threat 3 with vulnerability 3, 2, 1 gives
     * 3, 2, 1; threat 2 gives 2, 1, 1; threat 1 gives 1, 1, 1.
     *
     * @return the standard table, not null
     */
    public static LikelihoodTable standard() {
        return STANDARD;
    }
}
