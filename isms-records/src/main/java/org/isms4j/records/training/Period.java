package org.isms4j.records.training;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The period 実施期間 of a course, from its first to its last day, such as 2023-10-02 to
 * 2023-10-31.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Period {

    Period() {}

    /**
     * Returns the first day.
     *
     * @return the date, not null
     */
    @Value.Parameter
    public abstract LocalDate start();

    /**
     * Returns the last day.
     *
     * @return the date, not before the first, not null
     */
    @Value.Parameter
    public abstract LocalDate end();

    /**
     * Obtains a period.
     *
     * @param start the first day, not null
     * @param end the last day, not before the first, not null
     * @return the period, not null
     * @throws IsmsException if the end is before the start,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public static Period of(LocalDate start, LocalDate end) {
        return ImmutablePeriod.of(start, end);
    }

    @Value.Check
    final void check() {
        Checks.date("period start", start());
        Checks.date("period end", end());
        if (end().isBefore(start())) {
            throw new IsmsException(Checks.format("Invalid period: the end %s is before the start %s", end(), start()));
        }
    }

    /**
     * Tells whether a day lies in the period, both ends included.
     *
     * @param date the day, not null
     * @return true if within
     */
    public final boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Returns the period as the records write it, such as {@code 2023-10-02 - 2023-10-31}.
     *
     * @return the text, not null
     */
    @Override
    public final String toString() {
        return start() + " - " + end();
    }
}
