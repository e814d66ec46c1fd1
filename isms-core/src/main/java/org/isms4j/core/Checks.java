package org.isms4j.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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
 * <p>The checks of text, dates and lists apply the {@link Limits} of every value, so that what a
 * factory accepts can be written and read back: {@link #text}, {@link #notBlank} and
 * {@link #lines} refuse text over {@value Limits#MAX_TEXT_LENGTH} characters, {@link #date} a
 * date outside {@code 0000-01-01 - 9999-12-31} and {@link #listSize} a list of more than
 * {@value Limits#MAX_LIST_SIZE} values, such as
 * {@code Invalid value for planned start (valid values 0000-01-01 - 9999-12-31): +10000-01-01}.
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
     * Checks that a text is not null and not blank, and holds at most
     * {@value Limits#MAX_TEXT_LENGTH} characters.
     *
     * @param field the field, such as {@code version}
     * @param value the text
     * @return the text
     * @throws NullPointerException if the text is null, with the field as its message
     * @throws IsmsException if the text is longer, with the message of
     *     {@link #tooLong(String, long, String)}, or blank:
     *     {@code Invalid value for field (must not be blank): 'text'}, the text {@linkplain
     *     #echo(String) echoed}
     */
    public static String notBlank(String field, String value) {
        text(field, value);
        if (isBlank(value)) {
            throw new IsmsException(format("Invalid value for %s (must not be blank): %s", field, quote(value)));
        }
        return value;
    }

    /**
     * Checks that a text is not null and holds at most {@value Limits#MAX_TEXT_LENGTH} characters
     * ({@link String#length()}); it may be empty or blank, as an asset's remarks may.
     *
     * @param field the field, such as {@code remarks}
     * @param value the text
     * @return the text
     * @throws NullPointerException if the text is null, with the field as its message
     * @throws IsmsException if the text is longer, with the message of
     *     {@link #tooLong(String, long, String)}
     */
    public static String text(String field, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, field);
        if (value.length() > Limits.MAX_TEXT_LENGTH) {
            throw tooLong(field, value.length(), value);
        }
        return value;
    }

    /**
     * Returns the exception for a text longer than {@value Limits#MAX_TEXT_LENGTH} characters.
     *
     * @param field the field, such as {@code asset name}
     * @param length the text's length, more than the limit
     * @param value the text, or its beginning, {@linkplain #quote(String) quoted} by the message;
     *     not null
     * @return the exception, {@code Invalid value for field (at most 100000 characters, not
     *     length): 'text…'}, to be thrown by the caller
     */
    public static IsmsException tooLong(String field, long length, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        return new IsmsException(format("Invalid value for %s (at most %d characters, not %d): %s", field,
                Limits.MAX_TEXT_LENGTH, length, quote(value)));
    }

    /**
     * Checks a list of texts that a table writes in one cell, one per line, such as a plan row's
     * tasks: at most {@value Limits#MAX_LIST_SIZE} texts, which together, with one line break
     * between each, hold at most {@value Limits#MAX_TEXT_LENGTH} characters. Each text's own rule
     * (not blank, say) is the caller's.
     *
     * @param field the field of the list, such as {@code tasks}
     * @param values the texts, none null
     * @return the texts
     * @throws NullPointerException if the list or a text is null
     * @throws IsmsException if the list holds too many texts, with the message of
     *     {@link #listSize(String, Collection)}, or too many characters, with the message of
     *     {@link #tooLong(String, long, String)} quoting the texts joined by line breaks
     */
    public static List<String> lines(String field, List<String> values) {
        return joined(field, values, "\n");
    }

    /**
     * Checks a list of texts that a table writes in one cell joined by a separator, such as a
     * communication's methods joined by {@code "; "}: at most {@value Limits#MAX_LIST_SIZE}
     * texts which, with the separator between each, hold at most {@value Limits#MAX_TEXT_LENGTH}
     * characters. Each text's own rule (not blank, say) is the caller's.
     *
     * @param field the field of the list, such as {@code method list}
     * @param values the texts, none null
     * @param separator what joins the texts, such as {@code "; "}; not null
     * @return the texts
     * @throws NullPointerException if the list or a text is null, with the field as its message
     * @throws IsmsException if the list holds too many texts, with the message of
     *     {@link #listSize(String, Collection)}, or too many characters, with the message of
     *     {@link #tooLong(String, long, String)} quoting the texts joined
     */
    public static List<String> joined(String field, List<String> values, String separator) {
        Objects.requireNonNull(separator, "separator");
        listSize(field, values);
        long length = values.isEmpty() ? 0 : (long) separator.length() * (values.size() - 1);
        for (String value : values) {
            length += Objects.requireNonNull(value, field).length();
        }
        if (length > Limits.MAX_TEXT_LENGTH) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < values.size() && joined.length() <= ECHO_LIMIT; i++) {
                joined.append(i == 0 ? "" : separator).append(values.get(i));
            }
            throw tooLong(field, length, joined.toString());
        }
        return values;
    }

    /**
     * Checks that a list of a value holds at most {@value Limits#MAX_LIST_SIZE} values, such as a
     * risk's asset numbers.
     *
     * @param <C> the list's type
     * @param field the field of the list, such as {@code asset numbers}
     * @param values the list, not null
     * @return the list
     * @throws NullPointerException if the list is null, with the field as its message
     * @throws IsmsException if the list holds more:
     *     {@code Invalid value for field (at most 8000 values, not 8001): [1, 2, 3, …]}, the
     *     values echoed from the first
     */
    public static <C extends Collection<?>> C listSize(String field, C values) {
        return size(field, values, Limits.MAX_LIST_SIZE, "values");
    }

    /**
     * Checks that a list of a record or a question set holds at most {@value Limits#MAX_ENTRIES}
     * entries, such as a documented-information register's documents.
     *
     * @param <C> the list's type
     * @param field the field of the list, such as {@code documents}
     * @param values the list, not null
     * @return the list
     * @throws NullPointerException if the list is null, with the field as its message
     * @throws IsmsException if the list holds more:
     *     {@code Invalid value for documents (at most 100000 entries, not 100001): [...]}, the
     *     entries echoed from the first
     */
    public static <C extends Collection<?>> C entries(String field, C values) {
        return size(field, values, Limits.MAX_ENTRIES, "entries");
    }

    private static <C extends Collection<?>> C size(String field, C values, int max, String unit) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(values, field);
        if (values.size() > max) {
            StringBuilder shown = new StringBuilder("[");
            String separator = "";
            for (Object value : values) {
                if (shown.length() > ECHO_LIMIT) {
                    break;
                }
                shown.append(separator).append(value);
                separator = ", ";
            }
            throw new IsmsException(format("Invalid value for %s (at most %d %s, not %d): %s", field, max, unit,
                    values.size(), echo(shown.toString())));
        }
        return values;
    }

    /**
     * Checks that a date lies in {@link Limits#MIN_DATE} - {@link Limits#MAX_DATE}, the dates of
     * four-digit years that every document writes as {@code yyyy-MM-dd}.
     *
     * @param field the field, such as {@code planned start}
     * @param value the date
     * @return the date
     * @throws NullPointerException if the date is null, with the field as its message
     * @throws IsmsException if the date lies outside:
     *     {@code Invalid value for field (valid values 0000-01-01 - 9999-12-31): +10000-01-01}
     */
    public static LocalDate date(String field, LocalDate value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, field);
        int year = value.getYear();
        if (year < Limits.MIN_YEAR || year > Limits.MAX_YEAR) {
            throw new IsmsException(format("Invalid value for %s (valid values %s - %s): %s", field, Limits.MIN_DATE,
                    Limits.MAX_DATE, value));
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
