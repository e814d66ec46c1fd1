package org.isms4j.core.register;

import java.util.List;
import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RatingScale;
import org.isms4j.core.internal.Grid;

/**
 * A heat map of risks: how many risks fall in each importance × likelihood cell, such as the
 * source's three risks before treatment, one each at (3, 2), (2, 2) and (3, 3).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HeatMap {

    HeatMap() {}

    /**
     * Returns the scale of importance, the rows.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale importanceScale();

    /**
     * Returns the scale of likelihood, the columns.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale likelihoodScale();

    /**
     * Returns the counts, row by row: importance ascending, and within a row likelihood ascending.
     *
     * @return an unmodifiable list of counts, not null
     */
    @Value.Parameter
    public abstract List<Integer> counts();

    static HeatMap of(RatingScale importanceScale, RatingScale likelihoodScale, int[][] rows) {
        return ImmutableHeatMap.of(importanceScale, likelihoodScale, grid(importanceScale, likelihoodScale).flatten(rows));
    }

    private static Grid grid(RatingScale importanceScale, RatingScale likelihoodScale) {
        return new Grid("Heat map", "importance", importanceScale, "likelihood", likelihoodScale);
    }

    @Value.Check
    final void check() {
        if (counts().size() != importanceScale().size() * likelihoodScale().size()) {
            throw new IsmsException("Heat map is not total over its scales");
        }
    }

    /**
     * Returns the number of risks in a cell.
     *
     * @param importance the importance, on the importance scale
     * @param likelihood the likelihood, on the likelihood scale
     * @return the count, 0 or more
     * @throws IsmsException if a value is off its scale
     */
    public final int count(int importance, int likelihood) {
        importanceScale().check("importance", importance);
        likelihoodScale().check("likelihood", likelihood);
        return counts().get(grid(importanceScale(), likelihoodScale()).index(importance, likelihood));
    }

    /**
     * Returns the number of risks on the map.
     *
     * @return the total count
     */
    public final int total() {
        return counts().stream().mapToInt(Integer::intValue).sum();
    }
}
