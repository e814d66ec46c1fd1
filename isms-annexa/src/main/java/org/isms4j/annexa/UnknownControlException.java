package org.isms4j.annexa;

import java.util.Objects;
import org.isms4j.core.IsmsException;

/**
 * The exception for text or numbers that name no control of the catalogue, such as
 * {@code Unknown Annex A control: '5.99' (valid ids 5.1 - 5.37, 6.1 - 6.8, 7.1 - 7.14, 8.1 - 8.34)}.
 *
 * <p>It keeps the text that failed, as given, like
 * {@link java.time.format.DateTimeParseException#getParsedString()}. It is thrown both for
 * ISO/IEC 27001:2022 ids ({@link ControlId}) and for ISO/IEC 27001:2013 ids
 * ({@link Iso2013ControlId}); the message names which.
 *
 * <p>This class is immutable and thread-safe.
 */
public class UnknownControlException extends IsmsException {

    private static final long serialVersionUID = 1L;

    /** The text that names no control. */
    private final String controlId;

    /**
     * Creates an exception.
     *
     * @param message the message, in the shape
     *     {@code Unknown Annex A control: '5.99' (valid ids ...)}; not null
     * @param controlId the text that names no control, such as {@code 5.99}; not null
     */
    public UnknownControlException(String message, CharSequence controlId) {
        super(Objects.requireNonNull(message, "message"));
        this.controlId = Objects.requireNonNull(controlId, "controlId").toString();
    }

    /**
     * Returns the text that names no control, as given, such as {@code 5.99} or {@code A.8.2.9}.
     *
     * @return the text, not null
     */
    public String controlId() {
        return controlId;
    }
}
