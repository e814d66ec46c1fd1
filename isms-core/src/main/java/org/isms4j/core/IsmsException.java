package org.isms4j.core;

/**
 * The root of every exception isms4j throws for data that breaks a domain rule, such as a
 * confidentiality rating of 4 on the standard 1 - 3 scale.
 *
 * <p>Messages follow one shape, after {@code java.time.temporal.ValueRange}: the field, the rule
 * and the value last, formatted with {@link java.util.Locale#ROOT}, for example
 * {@code Invalid value for confidentiality (valid values 1 - 3): 4}. Text input is quoted
 * ({@code Unknown Annex A control: '5.99'}); rules that span fields are a sentence naming both
 * fields. Subclasses keep the data that failed.
 *
 * <p>A {@code null} argument is not a domain rule: it throws {@link NullPointerException} naming
 * the parameter.
 *
 * <p>This class is immutable and thread-safe.
 */
public class IsmsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message in the documented shape.
     *
     * @param message the message, not null
     */
    public IsmsException(String message) {
        super(java.util.Objects.requireNonNull(message, "message"));
    }

    /**
     * Creates an exception with a message in the documented shape and the exception behind it.
     *
     * @param message the message, not null
     * @param cause the exception behind it, may be null
     */
    public IsmsException(String message, Throwable cause) {
        super(java.util.Objects.requireNonNull(message, "message"), cause);
    }
}
