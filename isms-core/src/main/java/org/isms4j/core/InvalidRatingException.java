package org.isms4j.core;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The exception for a confidentiality, integrity or availability rating off its scale, keeping the
 * property that failed, such as {@code Invalid value for integrity (valid values 1 - 3): 0} with
 * property {@link SecurityProperty#INTEGRITY}.
 *
 * <p>A rating checked on its own names the property only; an asset inventory checked against a
 * model names the asset too ({@code Invalid rating of asset 9: ...}). A reader maps the two to the
 * JSON property or the table cell it read the rating from.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidRatingException extends IsmsException {

    private static final long serialVersionUID = 1L;

    /** The property whose rating is off its scale. */
    private final SecurityProperty property;
    /** The asset number, or 0 when the rating was checked on its own. */
    private final int assetNumber;

    /**
     * Creates an exception for a rating checked on its own.
     *
     * @param message the message, in the shape
     *     {@code Invalid value for integrity (valid values 1 - 3): 0}; not null
     * @param property the property whose rating is off its scale, not null
     */
    public InvalidRatingException(String message, SecurityProperty property) {
        this(message, property, 0, null);
    }

    private InvalidRatingException(String message, SecurityProperty property, int assetNumber, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.property = Objects.requireNonNull(property, "property");
        this.assetNumber = assetNumber;
    }

    /**
     * Returns the exception for the same failure in the rating of an asset, its message prefixed
     * with the asset, such as {@code Invalid rating of asset 9: ...}.
     *
     * @param assetNumber the asset's number, 1 or more
     * @return a new exception with the same property, this one as its cause; not null
     */
    public InvalidRatingException ofAsset(int assetNumber) {
        Checks.inRange("asset number", 1, Integer.MAX_VALUE, assetNumber);
        return new InvalidRatingException(Checks.format("Invalid rating of asset %d: %s", assetNumber, getMessage()),
                property, assetNumber, this);
    }

    /**
     * Returns the property whose rating is off its scale, such as integrity.
     *
     * @return the property, not null
     */
    public SecurityProperty property() {
        return property;
    }

    /**
     * Returns the number of the asset whose rating failed, when it was checked as part of an
     * inventory.
     *
     * @return the number, or empty for a rating checked on its own
     */
    public OptionalInt assetNumber() {
        return assetNumber == 0 ? OptionalInt.empty() : OptionalInt.of(assetNumber);
    }
}
