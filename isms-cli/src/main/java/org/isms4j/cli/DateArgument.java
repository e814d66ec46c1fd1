package org.isms4j.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date the user gives as an option's value, {@code YYYY-MM-DD}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DateArgument {

    private DateArgument() {}

    /**
     * Parses an option's date.
     *
     * @param option the option, such as {@code --as-of}, for the message
     * @param value the value, not null
     * @return the date, not null
     * @throws CliFailure with exit code 2 if the value is not a date {@code YYYY-MM-DD}
     */
    static LocalDate parse(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw CliFailure.usage("Invalid value for " + option + " (a date YYYY-MM-DD): '" + value + "'");
        }
    }
}
