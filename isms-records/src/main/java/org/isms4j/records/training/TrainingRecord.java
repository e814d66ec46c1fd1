package org.isms4j.records.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.selfassessment.AnswerKey;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.TestAttempt;
import org.isms4j.core.selfassessment.TestRecord;
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
 * <p>Where the education is evaluated by a comprehension test, the record keeps each attendee's
 * {@link TestRecord} under the plan's {@link AnswerKey}: sittings scored by the key and retaken
 * until a pass (合格点に達するまで繰り返す). Only attendees sit the test, each with one test record,
 * answering in their own department, never before the day they attended;
 * {@link #yetToPass()} lists who has not passed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrainingRecord {

    private static final List<Column<Numbered>> ATTENDEE_COLUMNS = List.of(
            Column.of("number", "No", "No", (a, l) -> Integer.toString(a.number)),
            Column.of("department", "所属", "department", (a, l) -> a.attendee.department()),
            Column.of("name", "氏名", "name", (a, l) -> a.attendee.name()),
            Column.of("attended_on", "受講日", "date attended", (a, l) -> a.attendee.attendedOn().toString()),
            Column.of("test", "確認テスト", "test", (a, l) -> a.test));

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
     * Returns the comprehension test's answer key.
     *
     * @return the key, or empty if the education was not evaluated by a test
     */
    public abstract Optional<AnswerKey> comprehensionTest();

    /**
     * Returns each attendee's sittings of the comprehension test.
     *
     * @return an unmodifiable list, one per attendee who sat the test, not null
     */
    public abstract List<TestRecord> testRecords();

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

    /**
     * Returns a copy that evaluates the course by a comprehension test, no one having sat it yet.
     *
     * @param key the test's answer key, such as the education plan's, not null
     * @return the copy, not null
     * @throws IsmsException if the record already has a test
     */
    public final TrainingRecord evaluatedByTest(AnswerKey key) {
        Objects.requireNonNull(key, "key");
        if (comprehensionTest().isPresent()) {
            throw new IsmsException(Checks.format("Invalid training record '%s': it already has a comprehension test",
                    Texts.echo(course())));
        }
        return ImmutableTrainingRecord.builder().from(this).comprehensionTest(key).build();
    }

    /**
     * Returns a copy with one more sitting of the comprehension test, scored by its key.
     *
     * @param sheet an attendee's answers, by name and department as on the list, not null
     * @return the copy, not null
     * @throws IsmsException if the record has no test, the respondent is no attendee, the test is
     *     already passed, or the sitting is dated before the attendee's day or the last sitting
     */
    public final TrainingRecord withTestSitting(AnswerSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        AnswerKey key = comprehensionTest().orElseThrow(() -> new IsmsException(Checks.format(
                "Invalid training record '%s': it has no comprehension test", Texts.echo(course()))));
        List<TestRecord> records = new ArrayList<>(testRecords());
        int index = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).person().equals(sheet.respondent())) {
                index = i;
            }
        }
        if (index < 0) {
            records.add(TestRecord.of(key, sheet.respondent()).withAttempt(sheet));
        } else {
            records.set(index, records.get(index).withAttempt(sheet));
        }
        return ImmutableTrainingRecord.builder().from(this).testRecords(records).build();
    }

    /**
     * Returns the attendees who have not passed the comprehension test: no sitting yet, or the
     * last one below the pass mark.
     *
     * @return an unmodifiable list in list order, empty when every attendee passed or there is
     *     no test, not null
     */
    public final List<Attendee> yetToPass() {
        if (comprehensionTest().isEmpty()) {
            return List.of();
        }
        return attendees().stream().filter(a -> testRecords().stream()
                .noneMatch(r -> r.person().equals(a.name()) && r.isPassed())).collect(Collectors.toUnmodifiableList());
    }

    @Value.Check
    final void check() {
        Checks.entries("attendees", attendees());
        Checks.entries("test records", testRecords());
        Texts.notBlank("course", course());
        Checks.text("remarks", remarks());
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
        checkTests(record);
    }

    private void checkTests(String record) {
        if (comprehensionTest().isEmpty() && !testRecords().isEmpty()) {
            throw new IsmsException(Checks.format("Invalid %s: it has test sittings but no comprehension test", record));
        }
        Texts.unique(record, "test record of", testRecords(), TestRecord::person);
        for (TestRecord test : testRecords()) {
            if (!test.key().equals(comprehensionTest().get())) {
                throw new IsmsException(Checks.format("Invalid %s: the test record of '%s' is scored by another key",
                        record, Texts.echo(test.person())));
            }
            List<Attendee> matching = attendees().stream().filter(a -> a.name().equals(test.person()))
                    .collect(Collectors.toList());
            if (matching.isEmpty()) {
                throw new IsmsException(Checks.format("Invalid %s: '%s' sat the test but is not an attendee", record,
                        Texts.echo(test.person())));
            }
            for (TestAttempt attempt : test.attempts()) {
                AnswerSheet sheet = attempt.sheet();
                Optional<Attendee> attendee = matching.stream().filter(a -> a.department().equals(sheet.department()))
                        .findFirst();
                if (attendee.isEmpty()) {
                    throw new IsmsException(Checks.format(
                            "Invalid %s: '%s' sat the test for department '%s', not as on the list of attendees",
                            record, Texts.echo(test.person()), Texts.echo(sheet.department())));
                }
                if (sheet.answered().isBefore(attendee.get().attendedOn())) {
                    throw new IsmsException(Checks.format(
                            "Invalid %s: '%s' sat the test on %s, before attending on %s", record,
                            Texts.echo(test.person()), sheet.answered(), attendee.get().attendedOn()));
                }
            }
        }
    }

    /**
     * Returns the list of attendees 教育受講者一覧 with the source's columns No, 所属, 氏名, 受講日,
     * then the comprehension test's sittings, such as {@code 90, 100 (2023-10-12)}: each score in
     * order and the day of the pass; empty without a test or a sitting.
     *
     * @param locale Japanese or English headings, not null
     * @return the table, not null
     */
    public final ReportTable attendeeTable(Locale locale) {
        List<Numbered> rows = IntStream.range(0, attendees().size()).mapToObj(i -> new Numbered(i + 1,
                attendees().get(i), sittings(attendees().get(i)))).collect(Collectors.toList());
        return Column.table(ATTENDEE_COLUMNS, rows, locale);
    }

    private String sittings(Attendee attendee) {
        return testRecords().stream().filter(r -> r.person().equals(attendee.name())).findFirst()
                .map(r -> r.attempts().stream().map(a -> Integer.toString(a.score())).collect(Collectors.joining(", "))
                        + r.passedOn().map(d -> " (" + d + ")").orElse(""))
                .orElse("");
    }

    /** An attendee with its number on the list and its test sittings. */
    private static final class Numbered {
        final int number;
        final Attendee attendee;
        final String test;

        Numbered(int number, Attendee attendee, String test) {
            this.number = number;
            this.attendee = attendee;
            this.test = test;
        }
    }
}
