package org.isms4j.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * The rating scales of confidentiality, integrity and availability, set per dimension, such as
 * 1 - 3 for confidentiality and integrity and 1 - 5 for availability.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CiaScales {

    private static final CiaScales STANDARD =
            ImmutableCiaScales.of(RatingScale.standard(), RatingScale.standard(), RatingScale.standard());

    CiaScales() {}

    /**
     * Returns the scale of confidentiality 機密性.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale confidentiality();

    /**
     * Returns the scale of integrity 完全性.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale integrity();

    /**
     * Returns the scale of availability 可用性.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale availability();

    /**
     * Returns the source's scales: 1 - 3 for each dimension.
     *
     * @return the standard scales, not null
     */
    public static CiaScales standard() {
        return STANDARD;
    }

    /**
     * Obtains scales set per dimension.
     *
     * @param confidentiality the scale of confidentiality, not null
     * @param integrity the scale of integrity, not null
     * @param availability the scale of availability, not null
     * @return the scales, not null
     */
    public static CiaScales of(RatingScale confidentiality, RatingScale integrity, RatingScale availability) {
        return ImmutableCiaScales.of(confidentiality, integrity, availability);
    }

    /**
     * Obtains one scale for all three dimensions.
     *
     * @param scale the scale, not null
     * @return the scales, not null
     */
    public static CiaScales of(RatingScale scale) {
        Objects.requireNonNull(scale, "scale");
        return of(scale, scale, scale);
    }

    /**
     * Returns the scale of one property.
     *
     * @param property the property, not null
     * @return its scale, not null
     */
    public final RatingScale scaleOf(SecurityProperty property) {
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
     * Returns the smallest scale that holds every value of the three, such as 1 - 5 for
     * 1 - 3, 1 - 3 and 1 - 5: the scale the highest of three ratings can take.
     *
     * @return the enclosing scale, not null
     */
    public final RatingScale enclosing() {
        int min = Math.min(confidentiality().min(), Math.min(integrity().min(), availability().min()));
        int max = Math.max(confidentiality().max(), Math.max(integrity().max(), availability().max()));
        return RatingScale.of(min, max);
    }
}
