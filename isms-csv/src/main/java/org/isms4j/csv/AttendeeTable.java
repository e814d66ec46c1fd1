package org.isms4j.csv;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.TestAttempt;
import org.isms4j.core.selfassessment.TestRecord;
import org.isms4j.records.training.Attendee;
import org.isms4j.records.training.TrainingRecord;

/**
 * The list of attendees 教育受講者一覧 of a training record (clause 7.2) as a CSV table, the columns
 * of {@link TrainingRecord#attendeeTable}: No, 所属, 氏名, 受講日, 確認テスト. Reading puts the
 * attendees into the course's record, its other values and its test sittings the record's; the
 * numbers 1, 2, … and the test column are derived, and checked.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class AttendeeTable {

    /** The columns, in the table's order. */
    static final List<RecordColumn> COLUMNS = List.of(RecordColumn.NUMBER, RecordColumn.ATTENDEE_DEPARTMENT,
            RecordColumn.NAME, RecordColumn.ATTENDED_ON, RecordColumn.TEST);

    private AttendeeTable() {}

    /**
     * Returns the attendee table of a course's record.
     *
     * @param course the record whose attendees the table lists
     * @return the table
     */
    static CsvTable<TrainingRecord> table(TrainingRecord course) {
        return new CsvTable<>("training attendees", (record, locale) -> record.attendeeTable(locale), COLUMNS,
                CsvTableReader.NO_EXTRA, in -> read(in, course));
    }

    private static TrainingRecord read(CsvInput<RecordColumn> in, TrainingRecord course) throws IOException {
        CollectedRows<Attendee> rows = new CollectedRows<>();
        CollectedRows<String> tests = new CollectedRows<>();
        int count = 0;
        while (in.next()) {
            count++;
            int number = in.integer(RecordColumn.NUMBER, "attendee number", 0, Integer.MAX_VALUE);
            if (number != count) {
                throw in.error(RecordColumn.NUMBER, CsvText.format(
                        "Invalid value for attendee number (attendee %d of the list): %d", count, number));
            }
            rows.add(in, in.core(null, () -> Attendee.of(in.cell(RecordColumn.ATTENDEE_DEPARTMENT), in.cell(RecordColumn.NAME),
                    in.date(RecordColumn.ATTENDED_ON, "date attended"))));
            tests.add(in, in.cell(RecordColumn.TEST));
        }
        TrainingRecord listed = rows.build(attendees -> TrainingRecord.of(course.course(), course.period(),
                course.method(), course.materials(), course.summary(), course.audience(), attendees,
                course.remarks()));
        TrainingRecord record = withTests(listed, course);
        List<List<String>> derived = record.attendeeTable(Locale.ENGLISH).rows();
        int testColumn = COLUMNS.indexOf(RecordColumn.TEST);
        for (int i = 0; i < derived.size(); i++) {
            String expected = derived.get(i).get(testColumn);
            String written = tests.values().get(i);
            if (!expected.equals(written)) {
                throw in.error(tests.row(i), RecordColumn.TEST, CsvText.format(
                        "Invalid value for test (the course's sittings give '%s'): '%s'", expected,
                        CsvInput.quote(written)));
            }
        }
        return record;
    }

    /** The record with the course's comprehension test and every sitting of it, in order. */
    private static TrainingRecord withTests(TrainingRecord listed, TrainingRecord course) {
        try {
            TrainingRecord record = course.comprehensionTest().map(listed::evaluatedByTest).orElse(listed);
            for (TestRecord test : course.testRecords()) {
                for (TestAttempt attempt : test.attempts()) {
                    record = record.withTestSitting(attempt.sheet());
                }
            }
            return record;
        } catch (IsmsException e) {
            throw new IsmsCsvException(0, null, e.getMessage(), e);
        }
    }
}
