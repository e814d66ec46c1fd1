package org.isms4j.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The text of the CSV readers' messages and the forms of their cells: messages formatted with
 * {@link Locale#ROOT} in the core's shape (field, rule, value last), echoed text escaped and cut
 * short, dates exactly {@code yyyy-MM-dd}.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class CsvText {

    private CsvText() {}

    /**
     * Formats a message with {@link Locale#ROOT}, so that numbers read the same everywhere.
     *
     * @param format the format
     * @param args the arguments
     * @return the message
     */
    static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /**
     * Returns the message of a value off its range, {@code Invalid value for importance (valid
     * values 0 - 10): 11}.
     *
     * @param field the field
     * @param min the lowest valid value
     * @param max the highest valid value
     * @param value the value
     * @return the message
     */
    static String outOfRange(String field, long min, long max, long value) {
        return format("Invalid value for %s (valid values %d - %d): %d", field, min, max, value);
    }

    /**
     * Returns the message of an unknown text, {@code Unknown security property: 'x' (valid values
     * ...)}.
     *
     * @param what what the text should be
     * @param text the text, escaped already
     * @param valid the valid values
     * @return the message
     */
    static String unknown(String what, String text, String valid) {
        return format("Unknown %s: '%s' (valid values %s)", what, text, valid);
    }

    /**
     * Returns text fit for a one-line message: control characters escaped, cut after a limit.
     *
     * @param text the text
     * @param limit the most characters kept
     * @return the text
     */
    static String escape(String text, int limit) {
        return org.isms4j.core.Checks.echo(text, limit);
    }

    /**
     * Parses a date in the form {@code yyyy-MM-dd} exactly: four-digit year, two-digit month and
     * day, a day that exists.
     *
     * @param text the text
     * @return the date, or null if the text is not such a date
     */
    static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Parses a date as Excel writes one in a Japanese locale, {@code yyyy/M/d}: a four-digit
     * year, a month and a day of one or two digits, a day that exists.
     *
     * @param text the text
     * @return the date, or null if the text is not such a date
     */
    static LocalDate parseSlashedDate(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 3 || parts[0].length() != 4 || parts[1].isEmpty() || parts[1].length() > 2
                || parts[2].isEmpty() || parts[2].length() > 2) {
            return null;
        }
        for (String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                    return null;
                }
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Finds a surrogate that is not half of a pair, which no Unicode encoding can write.
     *
     * @param text the text
     * @return its index, or -1 if every surrogate is paired
     */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
