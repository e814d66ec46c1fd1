package org.isms4j.oscal.internal;

import java.util.Locale;
import java.util.Objects;
import org.isms4j.core.IsmsException;

/**
 * The argument checks of this module's factories, worded as the other isms4j modules word them
 * ({@code Invalid value for version (must not be blank): ' '}); isms-core's own checks are not
 * exported to this module.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
public final class Arguments {

    /** The longest echo of a bad value in a message; longer values are cut short. */
    static final int ECHO_LIMIT = 64;

    private Arguments() {}

    /**
     * Checks that a text is not null and not blank.
     *
     * @param field the field, such as {@code version}
     * @param value the text
     * @return the text
     * @throws NullPointerException if the text is null, naming the field
     * @throws IsmsException if the text is blank
     */
    public static String notBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IsmsException(String.format(Locale.ROOT, "Invalid value for %s (must not be blank): '%s'",
                    field, echo(value)));
        }
        return value;
    }

    /**
     * Returns a text as a message echoes it: control characters escaped, cut short after
     * {@value #ECHO_LIMIT} characters.
     *
     * @param value the text, not null
     * @return the echo, not null
     */
    static String echo(String value) {
        StringBuilder echo = new StringBuilder();
        for (int i = 0; i < value.length() && i < ECHO_LIMIT; i++) {
            char c = value.charAt(i);
            if (c < ' ' || c == '\u007f') {
                echo.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                echo.append(c);
            }
        }
        if (value.length() > ECHO_LIMIT) {
            echo.append("...");
        }
        return echo.toString();
    }
}
