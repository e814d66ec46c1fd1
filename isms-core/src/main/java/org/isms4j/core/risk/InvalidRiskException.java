package org.isms4j.core.risk;

import java.util.Objects;
import org.isms4j.core.IsmsException;

/**
 * The exception for an identified risk that breaks a rule, keeping the field that failed, such as
 * {@code Duplicate asset number: 10} with field {@link RiskField#ASSET_NUMBERS}. A reader maps the
 * field to the JSON property or the table cell it read the value from, as
 * {@link InvalidEvaluationException} does for an evaluation.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidRiskException extends IsmsException {

    private static final long serialVersionUID = 1L;

    /** The field that failed. */
    private final RiskField field;

    /**
     * Creates an exception.
     *
     * @param message the message, in the shape {@code Invalid value for event (must not be blank): ' '};
     *     not null
     * @param field the field that failed, not null
     */
    public InvalidRiskException(String message, RiskField field) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * Returns the field that failed.
     *
     * @return the field, not null
     */
    public RiskField field() {
        return field;
    }
}
