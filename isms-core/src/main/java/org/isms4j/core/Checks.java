package org.isms4j.core;

import java.util.Locale;
import java.util.Objects;

/**
 * The argument checks of every isms4j factory, public so that every module and every extension
 * words its messages alike: the field, the rule and the value, formatted with {@link Locale#ROOT},
 * such as {@code Invalid value for confidentiality (valid values 1 - 3): 4} or
 * {@code Invalid value for version (must not be blank): ' '}.
 *
 * <p>Each check either returns its value or throws {@link IsmsException}; a null value is
 * rejected with a {@link NullPointerException} naming the field. The methods that return an
 * exception leave the throwing to the caller, so that a factory reads {@code throw
 * Checks.missing("risk source", "riskSource")}.
 *
 * <pre>{@code
 * int level = Checks.inRange("confidentiality", 1, 3, 3);
 * try {
 *     Checks.inRange("confidentiality", 1, 3, level + 1);
 * } catch (IsmsException e) {
 *     System.out.println(e.getMessage());
 * }
 * System.out.println(Checks.missing("risk source", "riskSource").getMessage());
 * // prints: Invalid value for confidentiality (valid values 1 - 3): 4
 * // prints: Missing value for risk source (required, set with riskSource)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Checks {

    /** The longest echo of a bad value in a message; longer values are cut short. */
    private static final int ECHO_LIMIT = 64;

    private Checks() {}

    /**
     * Formats a message with {@link Locale#ROOT}.
     *
     * @param format the format, not null
     * @param args its arguments, may be null (no arguments)
     * @return the message
     * @throws NullPointerException if the format is null
     * @throws java.util.IllegalFormatException if the format does not fit its arguments
     */
    public static String format(String format, Object... args) {
        Objects.requireNonNull(format, "format");
        return String.format(Locale.ROOT, format, args);
    }

    /**
     * Returns an exception for a value outside a closed range.
     *
     * @param field the field, such as {@code confidentiality}
     * @param min the lowest valid value
     * @param max the highest valid value
     * @param value the value given
     * @return the exception, {@code Invalid value for field (valid values min - max): value}, to be
     *     thrown by the caller
     */
    public static IsmsException outOfRange(String field, long min, long max, long value) {
        Objects.requireNonNull(field, "field");
        return new IsmsException(format("Invalid value for %s (valid values %d - %d): %d", field, min, max, value));
    }

    /**
     * Checks that a value lies in a closed range.
     *
     * @param field the field, such as {@code confidentiality}
     * @param min the lowest valid value
     * @param max the highest valid value
     * @param value the value
     * @return the value
     * @throws IsmsException if the value is outside {@code min..max}, with the message of
     *     {@link #outOfRange(String, long, long, long)}
     */
    public static int inRange(String field, int min, int max, int value) {
        Objects.requireNonNull(field, "field");
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
     * @param field the field, such as {@code version}
     * @param value the text
     * @return the text
     * @throws NullPointerException if the text is null, with the field as its message
     * @throws IsmsException if the text is blank:
     *     {@code Invalid value for field (must not be blank): 'text'}, the text {@linkplain
     *     #echo(String) echoed}
     */
    public static String notBlank(String field, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, field);
        if (isBlank(value)) {
            throw new IsmsException(format("Invalid value for %s (must not be blank): %s", field, quote(value)));
        }
        return value;
    }

    /**
     * Returns a text as a message echoes it, on one line and cut short: a backslash doubled; a
     * control character (U+0000 - U+001F, U+007F - U+009F), a line or paragraph separator
     * (U+2028, U+2029) and a lone surrogate escaped as a backslash, {@code u} and four hex digits;
     * text over 64 characters cut there and marked with {@code …}. A surrogate pair is kept, or
     * cut whole. So {@code "5.12\r\nINFO forged"} echoes as
     * <code>5.12&#92;u000d&#92;u000aINFO forged</code> and no echo forges a log line.
     *
     * @param value the text, not null
     * @return the echo, at most 6 × 64 + 1 characters, not null
     * @throws NullPointerException if the text is null
     */
    public static String echo(String value) {
        return echo(value, ECHO_LIMIT);
    }

    /**
     * Returns a text as a message echoes it, as {@link #echo(String)} does, cut after another
     * number of characters.
     *
     * @param value the text, not null
     * @param limit the most characters of the text kept, 0 or more
     * @return the echo, not null
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the limit is negative
     */
    public static String echo(String value, int limit) {
        Objects.requireNonNull(value, "value");
        if (limit < 0) {
            throw new IllegalArgumentException("Negative echo limit: " + limit);
        }
        int end = Math.min(value.length(), limit);
        if (end > 0 && end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))
                && Character.isLowSurrogate(value.charAt(end))) {
            end--;
        }
        StringBuilder echo = new StringBuilder(end + 8);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                echo.append("\\\\");
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                echo.append(c).append(value.charAt(++i));
            } else if (c < ' ' || (c >= '\u007f' && c <= '\u009f') || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c)) {
                echo.append(format("\\u%04x", (int) c));
            } else {
                echo.append(c);
            }
        }
        if (end < value.length()) {
            echo.append('…');
        }
        return echo.toString();
    }

    /**
     * Returns a text as a message quotes it: its {@linkplain #echo(String) echo} between single
     * quotes, such as {@code '5.99'}.
     *
     * @param value the text, not null
     * @return the quoted echo, not null
     * @throws NullPointerException if the text is null
     */
    public static String quote(String value) {
        return "'" + echo(value) + "'";
    }

    /**
     * Returns the exception for a value given twice where each must be distinct.
     *
     * @param field the field, such as {@code asset number}
     * @param value the repeated value: a number as it is, a text {@linkplain #quote(String) quoted}
     *     and a {@link VocabularyTerm} by its quoted code; not null
     * @return the exception, such as {@code Duplicate asset number: 5} or
     *     {@code Duplicate reason code: 'contractual'}, to be thrown by the caller
     */
    public static IsmsException duplicate(String field, Object value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        String shown;
        if (value instanceof Number) {
            shown = value.toString();
        } else if (value instanceof VocabularyTerm) {
            shown = quote(((VocabularyTerm) value).code());
        } else {
            shown = quote(value.toString());
        }
        return new IsmsException(format("Duplicate %s: %s", field, shown));
    }

    /**
     * Checks that the values of a list or set given by a caller are not null and each distinct,
     * as every isms4j factory that keeps them as a set does: nothing given twice is merged.
     *
     * @param <T> the type of the values
     * @param parameter the parameter that takes the values, such as {@code reasonCodes}, named by
     *     the exception for null values and, followed by {@code element}, for a null value
     * @param field what one value is, such as {@code reason code}, named by the exception for a
     *     repeat
     * @param values the values, not null
     * @return the values in their order, an unmodifiable copy, not null
     * @throws NullPointerException if the values or one of them is null, naming the parameter
     * @throws IsmsException if a value is given twice, with the message of
     *     {@link #duplicate(String, Object)}
     */
    public static <T> java.util.List<T> distinct(String parameter, String field, Iterable<? extends T> values) {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(values, parameter);
        java.util.List<T> list = new java.util.ArrayList<>();
        // A few values, as most lists are, are compared with each other; more go through a set.
        java.util.Set<T> seen = null;
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(parameter + " element");
            }
            if (seen == null && list.size() == 16) {
                seen = new java.util.HashSet<>(list);
            }
            if (seen != null ? !seen.add(value) : list.contains(value)) {
                throw duplicate(field, value);
            }
            list.add(value);
        }
        return java.util.Collections.unmodifiableList(list);
    }

    /**
     * Returns the exception of a builder built without a required value.
     *
     * @param field the field, such as {@code risk source}
     * @param setter the builder method that sets it, such as {@code riskSource}
     * @return the exception, {@code Missing value for field (required, set with setter)}, to be
     *     thrown by the caller
     */
    public static IsmsException missing(String field, String setter) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(setter, "setter");
        return new IsmsException(format("Missing value for %s (required, set with %s)", field, setter));
    }

    /**
     * Returns an exception for text that names nothing known.
     *
     * @param what what the text should name, such as {@code treatment option}
     * @param text the text given, {@linkplain #echo(String) echoed} by the caller already
     * @param valid the valid texts, listed in the message
     * @return the exception, {@code Unknown what: 'text' (valid values a, b)}, to be thrown by the
     *     caller
     */
    public static IsmsException unknown(String what, String text, String valid) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(valid, "valid");
        return new IsmsException(format("Unknown %s: '%s' (valid values %s)", what, text, valid));
    }
}
