package org.isms4j.core.internal;

import java.util.Locale;
import java.util.Objects;
import org.isms4j.core.IsmsException;

/**
 * The argument checks behind every factory, so that all modules word their messages alike.
 *
 * <p>Not part of the API: the package is exported only to the isms4j modules.
 */
public final class Checks {

    private Checks() {}

    /**
     * Formats a message with {@link Locale#ROOT}.
     *
     * @param format the format, not null
     * @param args its arguments
     * @return the message
     */
    public static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /**
     * Returns an exception for a value outside a closed range.
     *
     * @param field the field, such as {@code confidentiality}
     * @param min the lowest valid value
     * @param max the highest valid value
     * @param value the value given
     * @return the exception, {@code Invalid value for field (valid values min - max): value}
     */
    public static IsmsException outOfRange(String field, long min, long max, long value) {
        return new IsmsException(format("Invalid value for %s (valid values %d - %d): %d", field, min, max, value));
    }

    /**
     * Checks that a value lies in a closed range.
     *
     * @param field the field
     * @param min the lowest valid value
     * @param max the highest valid value
     * @param value the value
     * @return the value
     * @throws IsmsException if the value is outside {@code min..max}
     */
    public static int inRange(String field, int min, int max, int value) {
        if (value < min || value > max) {
            throw outOfRange(field, min, max, value);
        }
        return value;
    }

    /**
     * {@link String#isBlank()}, answered without the JDK's Unicode tables when a character settles
     * it: a printable ASCII character, or any character above U+3000, the last space separator of
     * the Unicode standard (no code point above it is {@link Character#isWhitespace(int)
     * whitespace}). The vocabularies' Japanese names are checked this way when their enums are
     * initialized, and a cold JVM's first use of the tables for Japanese text costs about a
     * millisecond. Only text that none of its characters settles goes to {@code isBlank}.
     *
     * @param value the text, not null
     * @return whether the text is empty or only whitespace
     */
    static boolean isBlank(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > '\u3000' || (c > ' ' && c < '\u007f')) {
                return false;
            }
        }
        return value.isBlank();
    }

    /**
     * Checks that a text is not null and not blank.
     *
     * @param field the field
     * @param value the text
     * @return the text
     * @throws NullPointerException if the text is null
     * @throws IsmsException if the text is blank
     */
    public static String notBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (isBlank(value)) {
            throw new IsmsException(format("Invalid value for %s (must not be blank): '%s'", field, value));
        }
        return value;
    }

    /**
     * Returns the exception of a builder built without a required value.
     *
     * @param field the field, such as {@code risk source}
     * @param setter the builder method that sets it, such as {@code riskSource}
     * @return the exception, {@code Missing value for field (required, set with setter)}
     */
    public static IsmsException missing(String field, String setter) {
        return new IsmsException(format("Missing value for %s (required, set with %s)", field, setter));
    }

    /**
     * Returns an exception for text that names nothing known.
     *
     * @param what what the text should name, such as {@code treatment option}
     * @param text the text given
     * @param valid the valid texts, listed in the message
     * @return the exception, {@code Unknown what: 'text' (valid values a, b)}
     */
    public static IsmsException unknown(String what, String text, String valid) {
        return new IsmsException(format("Unknown %s: '%s' (valid values %s)", what, text, valid));
    }
}
