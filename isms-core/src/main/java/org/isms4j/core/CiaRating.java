package org.isms4j.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A confidentiality, integrity and availability rating, such as (3, 3, 2) for the staff register
 * 社員名簿.
 *
 * <p>The importance 重要度 of an asset is the highest of its three ratings:
 * (1, 2, 3) has importance 3, (2, 1, 1) has importance 2. A rating does not remember the scales
 * it was checked against; ratings on the standard 1 - 3 scales are cached instances.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CiaRating {

    private static final CiaRating[] STANDARD = new CiaRating[27];

    static {
        for (int c = 1; c <= 3; c++) {
            for (int i = 1; i <= 3; i++) {
                for (int a = 1; a <= 3; a++) {
                    STANDARD[standardIndex(c, i, a)] = ImmutableCiaRating.of(c, i, a);
                }
            }
        }
    }

    CiaRating() {}

    /**
     * Returns the confidentiality 機密性 rating.
     *
     * @return the rating
     */
    @Value.Parameter
    public abstract int confidentiality();

    /**
     * Returns the integrity 完全性 rating.
     *
     * @return the rating
     */
    @Value.Parameter
    public abstract int integrity();

    /**
     * Returns the availability 可用性 rating.
     *
     * @return the rating
     */
    @Value.Parameter
    public abstract int availability();

    /**
     * Obtains a rating on the standard 1 - 3 scales, such as {@code CiaRating.of(3, 3, 2)}.
     *
     * @param confidentiality the confidentiality rating, 1 - 3
     * @param integrity the integrity rating, 1 - 3
     * @param availability the availability rating, 1 - 3
     * @return the rating, a cached instance, not null
     * @throws InvalidRatingException if a rating is outside 1 - 3, as
     *     {@code Invalid value for confidentiality (valid values 1 - 3): 4}
     */
    public static CiaRating of(int confidentiality, int integrity, int availability) {
        return of(confidentiality, integrity, availability, CiaScales.standard());
    }

    /**
     * Obtains a rating on scales set per dimension.
     *
     * @param confidentiality the confidentiality rating, on its scale
     * @param integrity the integrity rating, on its scale
     * @param availability the availability rating, on its scale
     * @param scales the scales, not null
     * @return the rating, not null
     * @throws InvalidRatingException if a rating is outside its scale, naming the dimension
     */
    public static CiaRating of(int confidentiality, int integrity, int availability, CiaScales scales) {
        Objects.requireNonNull(scales, "scales");
        check(SecurityProperty.CONFIDENTIALITY, scales.confidentiality().min(), scales.confidentiality().max(),
                confidentiality);
        check(SecurityProperty.INTEGRITY, scales.integrity().min(), scales.integrity().max(), integrity);
        check(SecurityProperty.AVAILABILITY, scales.availability().min(), scales.availability().max(), availability);
        return cached(confidentiality, integrity, availability);
    }

    private static void check(SecurityProperty property, int min, int max, int value) {
        if (value < min || value > max) {
            throw new InvalidRatingException(Checks.outOfRange(property.code(), min, max, value).getMessage(),
                    property);
        }
    }

    /**
     * Obtains a rating as it was recorded, such as one read back from a file before its model is
     * known: each rating is checked only against the range every scale shares, 0 - 10.
     *
     * <p>To check a rating against an organisation's scales, use
     * {@link #of(int, int, int, CiaScales)} or {@link RiskModel#checkRating(CiaRating)}.
     *
     * @param confidentiality the confidentiality rating, 0 - 10
     * @param integrity the integrity rating, 0 - 10
     * @param availability the availability rating, 0 - 10
     * @return the rating, not null
     * @throws InvalidRatingException if a rating is outside 0 - 10, naming the dimension
     */
    public static CiaRating ofRecord(int confidentiality, int integrity, int availability) {
        check(SecurityProperty.CONFIDENTIALITY, RatingScale.LOWEST, RatingScale.HIGHEST, confidentiality);
        check(SecurityProperty.INTEGRITY, RatingScale.LOWEST, RatingScale.HIGHEST, integrity);
        check(SecurityProperty.AVAILABILITY, RatingScale.LOWEST, RatingScale.HIGHEST, availability);
        return cached(confidentiality, integrity, availability);
    }

    private static CiaRating cached(int c, int i, int a) {
        if (c >= 1 && c <= 3 && i >= 1 && i <= 3 && a >= 1 && a <= 3) {
            return STANDARD[standardIndex(c, i, a)];
        }
        return ImmutableCiaRating.of(c, i, a);
    }

    private static int standardIndex(int c, int i, int a) {
        return (c - 1) * 9 + (i - 1) * 3 + (a - 1);
    }

    /**
     * Returns the importance 重要度: the highest of the three ratings, such as 3 for (3, 3, 2).
     *
     * @return the importance
     */
    public final int importance() {
        return Math.max(confidentiality(), Math.max(integrity(), availability()));
    }

    /**
     * Returns the rating of one property.
     *
     * @param property the property, not null
     * @return its rating
     */
    public final int ratingOf(SecurityProperty property) {
        switch (Objects.requireNonNull(property, "property")) {
            case CONFIDENTIALITY:
                return confidentiality();
            case INTEGRITY:
                return integrity();
            default:
                return availability();
        }
    }

    /**
     * Tells whether any of the three ratings is at the top of its scale, the source's criterion
     * for an important asset 重要資産.
     *
     * @param scales the scales, not null
     * @return true if some rating equals its scale's maximum
     */
    public final boolean isAnyAtTop(CiaScales scales) {
        Objects.requireNonNull(scales, "scales");
        return confidentiality() == scales.confidentiality().max()
                || integrity() == scales.integrity().max()
                || availability() == scales.availability().max();
    }

    /**
     * Returns this rating as text, such as {@code C3/I3/A2}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "C" + confidentiality() + "/I" + integrity() + "/A" + availability();
    }
}
