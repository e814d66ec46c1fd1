package org.isms4j.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A closed scale of whole-number ratings, such as the standard 1 - 3 scale of confidentiality.
 *
 * <p>A scale has 2 to 10 points and its values lie in {@value #LOWEST} - {@value #HIGHEST}, so
 * that a risk level (a rating times a rating) fits in a byte. Higher values are worse: a higher
 * rating means a more important asset, a likelier threat or an easier vulnerability.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RatingScale {

    /** The lowest value any scale may start at. */
    public static final int LOWEST = 0;
    /** The highest value any scale may end at. */
    public static final int HIGHEST = 10;
    /** The fewest points a scale may have. */
    public static final int MIN_POINTS = 2;
    /** The most points a scale may have. */
    public static final int MAX_POINTS = 10;

    private static final RatingScale STANDARD = ImmutableRatingScale.of(1, 3);

    RatingScale() {}

    /**
     * Returns the lowest rating, such as 1.
     *
     * @return the lowest rating
     */
    @Value.Parameter
    public abstract int min();

    /**
     * Returns the highest rating, such as 3.
     *
     * @return the highest rating
     */
    @Value.Parameter
    public abstract int max();

    /**
     * Returns the standard scale of the source, 1 - 3.
     *
     * @return the scale 1 - 3, not null
     */
    public static RatingScale standard() {
        return STANDARD;
    }

    /**
     * Obtains a scale, such as 1 - 5.
     *
     * @param min the lowest rating, {@value #LOWEST} - {@value #HIGHEST}
     * @param max the highest rating, {@value #LOWEST} - {@value #HIGHEST}, giving 2 to 10 points
     * @return the scale, not null
     * @throws IsmsException if a bound lies outside {@value #LOWEST} - {@value #HIGHEST}, or the
     *     scale has fewer than 2 or more than 10 points
     */
    public static RatingScale of(int min, int max) {
        Checks.inRange("scale minimum", LOWEST, HIGHEST, min);
        Checks.inRange("scale maximum", LOWEST, HIGHEST, max);
        int points = max - min + 1;
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw new IsmsException(Checks.format(
                    "Invalid scale %d - %d: a scale has %d to %d points, not %d", min, max, MIN_POINTS, MAX_POINTS,
                    points));
        }
        return min == 1 && max == 3 ? STANDARD : ImmutableRatingScale.of(min, max);
    }

    /**
     * Returns the number of points, such as 3 for 1 - 3.
     *
     * @return the number of points, 2 - 10
     */
    public final int size() {
        return max() - min() + 1;
    }

    /**
     * Tells whether a value lies on this scale.
     *
     * @param value the value
     * @return true if {@code min() <= value <= max()}
     */
    public final boolean contains(int value) {
        return value >= min() && value <= max();
    }

    /**
     * Tells whether every value of another scale lies on this one.
     *
     * @param other the other scale, not null
     * @return true if the other scale lies within this one
     */
    public final boolean encloses(RatingScale other) {
        Objects.requireNonNull(other, "other");
        return contains(other.min()) && contains(other.max());
    }

    /**
     * Checks a value against this scale.
     *
     * @param field the field named in the message, such as {@code confidentiality}, not null
     * @param value the value
     * @return the value
     * @throws IsmsException if the value is not on this scale, as
     *     {@code Invalid value for confidentiality (valid values 1 - 3): 4}
     */
    public final int check(String field, int value) {
        Objects.requireNonNull(field, "field");
        return Checks.inRange(field, min(), max(), value);
    }

    /**
     * Returns this scale as text, such as {@code 1 - 3}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return min() + " - " + max();
    }
}
