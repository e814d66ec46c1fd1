package org.isms4j.records.training;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * One attendee of the list of attendees 教育受講者一覧 of a training record: department 所属, name
 * 氏名 and the day attended 受講日, such as 営業, 佐藤, 2023-10-05.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Attendee {

    Attendee() {}

    /**
     * Returns the department 所属.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String department();

    /**
     * Returns the name 氏名.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Returns the day attended 受講日.
     *
     * @return the date, not null
     */
    @Value.Parameter
    public abstract LocalDate attendedOn();

    /**
     * Obtains an attendee.
     *
     * @param department the department, not blank
     * @param name the name, not blank
     * @param attendedOn the day attended, not null
     * @return the attendee, not null
     * @throws IsmsException if a text is blank,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public static Attendee of(String department, String name, LocalDate attendedOn) {
        return ImmutableAttendee.of(department, name, attendedOn);
    }

    @Value.Check
    final void check() {
        Texts.notBlank("department", department());
        Texts.notBlank("attendee", name());
        Checks.date("attendance date", attendedOn());
    }
}
