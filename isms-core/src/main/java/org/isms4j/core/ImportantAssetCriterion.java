package org.isms4j.core;

import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The organisation's rule for an important asset 重要資産, one carried into risk assessment, such
 * as the source's "any rating equal to 3".
 *
 * <p>Either any of the three ratings is at the top of its scale (the default), or the importance
 * reaches a minimum. Ready-made criteria are in {@link ImportantAssetCriteria}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImportantAssetCriterion {

    ImportantAssetCriterion() {}

    /**
     * Returns the minimum importance, or empty for "any rating at the top of its scale".
     *
     * @return the minimum importance, or empty
     */
    @Value.Parameter
    public abstract OptionalInt minimumImportance();

    static ImportantAssetCriterion anyRatingAtTop() {
        return ImmutableImportantAssetCriterion.of(OptionalInt.empty());
    }

    static ImportantAssetCriterion importanceAtLeast(int minimum) {
        Checks.inRange("minimum importance", RatingScale.LOWEST, RatingScale.HIGHEST, minimum);
        return ImmutableImportantAssetCriterion.of(OptionalInt.of(minimum));
    }

    /**
     * Tells whether an asset with a rating is important.
     *
     * @param rating the asset's rating, not null
     * @param scales the scales it was rated on, not null
     * @return true if the asset is important under this criterion
     */
    public final boolean isImportant(CiaRating rating, CiaScales scales) {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(scales, "scales");
        OptionalInt minimum = minimumImportance();
        return minimum.isPresent() ? rating.importance() >= minimum.getAsInt() : rating.isAnyAtTop(scales);
    }

    /**
     * Returns the criterion as text, such as {@code any rating at the top of its scale} or
     * {@code importance ≥ 3}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        OptionalInt minimum = minimumImportance();
        return minimum.isPresent() ? "importance ≥ " + minimum.getAsInt() : "any rating at the top of its scale";
    }
}
