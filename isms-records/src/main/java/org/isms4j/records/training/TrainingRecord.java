package org.isms4j.records.training;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.core.internal.Checks;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.internal.Column;
import org.isms4j.records.internal.Texts;

/**
 * The training record 教育実施記録 (clause 7.2): course 教育の名称, period 実施期間, method 実施方法,
 * materials 使用テキスト, summary 教育の概要, audience 受講対象者・部門, the attendees 参加者 with their
 * department and day, and remarks 備考; such as the source's ISMS教育（基本方針、目標、ルール） by
 * eラーニング with 情報セキュリティハンドブック.
 *
 * <p>Every attendee attended within the period, and no one is listed twice in one department.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrainingRecord {

    private static final List<Column<Numbered>> ATTENDEE_COLUMNS = List.of(
            Column.of("number", "No", "No", (a, l) -> Integer.toString(a.number)),
            Column.of("department", "所属", "department", (a, l) -> a.attendee.department()),
            Column.of("name", "氏名", "name", (a, l) -> a.attendee.name()),
            Column.of("attended_on", "受講日", "date attended", (a, l) -> a.attendee.attendedOn().toString()));

    TrainingRecord() {}

    /**
     * Returns the course 教育の名称.
     *
     * @return the text, not blank
     */
    public abstract String course();

    /**
     * Returns the period 実施期間.
     *
     * @return the period, not null
     */
    public abstract Period period();

    /**
     * Returns the method 実施方法.
     *
     * @return the method, not null
     */
    public abstract TrainingMethod method();

    /**
     * Returns the materials 使用テキスト, such as 情報セキュリティハンドブック.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<String> materials();

    /**
     * Returns the summary 教育の概要.
     *
     * @return the text, not blank
     */
    public abstract String summary();

    /**
     * Returns the audience 受講対象者・部門.
     *
     * @return the text, not blank
     */
    public abstract String audience();

    /**
     * Returns the attendees 参加者.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Attendee> attendees();

    /**
     * Returns the remarks 備考.
     *
     * @return the text, possibly empty, not null
     */
    public abstract String remarks();

    /**
     * Obtains a record.
     *
     * @param course the course, not blank
     * @param period the period, not null
     * @param method the method, not null
     * @param materials the materials, none blank; copied
     * @param summary the summary, not blank
     * @param audience the audience, not blank
     * @param attendees the attendees, each within the period, no one twice in a department; copied
     * @param remarks the remarks, possibly empty, not null
     * @return the record, not null
     * @throws IsmsException if a rule of the record is broken
     */
    public static TrainingRecord of(String course, Period period, TrainingMethod method, Collection<String> materials,
            String summary, String audience, Collection<Attendee> attendees, String remarks) {
        Objects.requireNonNull(materials, "materials");
        Objects.requireNonNull(attendees, "attendees");
        return ImmutableTrainingRecord.builder().course(course).period(period).method(method).materials(materials)
                .summary(summary).audience(audience).attendees(attendees).remarks(remarks).build();
    }

    @Value.Check
    final void check() {
        Texts.notBlank("course", course());
        Texts.eachNotBlank("material", materials());
        Texts.notBlank("summary", summary());
        Texts.notBlank("audience", audience());
        String record = Checks.format("training record '%s'", Texts.echo(course()));
        Texts.unique(record, "attendee", attendees(), a -> a.department() + " " + a.name());
        for (Attendee attendee : attendees()) {
            if (!period().contains(attendee.attendedOn())) {
                throw new IsmsException(Checks.format("Invalid %s: attendee '%s' attended on %s, outside the period %s",
                        record, Texts.echo(attendee.name()), attendee.attendedOn(), period()));
            }
        }
    }

    /**
     * Returns the list of attendees 教育受講者一覧 with the source's columns No, 所属, 氏名, 受講日.
     *
     * @param locale Japanese or English headings, not null
     * @return the table, not null
     */
    public final ReportTable attendeeTable(Locale locale) {
        List<Numbered> rows = IntStream.range(0, attendees().size()).mapToObj(i -> new Numbered(i + 1,
                attendees().get(i))).collect(Collectors.toList());
        return Column.table(ATTENDEE_COLUMNS, rows, locale);
    }

    /** An attendee with its number on the list. */
    private static final class Numbered {
        final int number;
        final Attendee attendee;

        Numbered(int number, Attendee attendee) {
            this.number = number;
            this.attendee = attendee;
        }
    }
}
