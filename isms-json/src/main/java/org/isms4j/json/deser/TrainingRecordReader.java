package org.isms4j.json.deser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.isms4j.core.selfassessment.AnswerKey;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.json.Formats;
import org.isms4j.records.training.Attendee;
import org.isms4j.records.training.Period;
import org.isms4j.records.training.TrainingMethod;
import org.isms4j.records.training.TrainingRecord;

/**
 * The reader of the training record document 教育実施記録 (7.2) with its attendees, and its
 * comprehension test with the attendees' sittings.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class TrainingRecordReader {

    private TrainingRecordReader() {}

    private enum RecordProperty {
        FORMAT, FORMAT_VERSION, COURSE, PERIOD, METHOD, MATERIALS, SUMMARY, AUDIENCE, ATTENDEES, REMARKS,
        COMPREHENSION_TEST, TEST_RECORDS
    }

    private static final PropertyNames<RecordProperty> RECORD = PropertyNames.of(RecordProperty.class,
            EnumSet.of(RecordProperty.COMPREHENSION_TEST, RecordProperty.TEST_RECORDS));

    /**
     * Reads the training record document of a record without a comprehension test.
     *
     * @param in the input
     * @return the record
     * @throws IOException if the parser fails
     */
    public static TrainingRecord trainingRecord(JsonInput in) throws IOException {
        return trainingRecord(in, null);
    }

    /**
     * Reads the training record document, its comprehension test and sittings on a question set.
     *
     * @param in the input
     * @param set the question set of the comprehension test, or null if none was given
     * @return the record
     * @throws IOException if the parser fails
     */
    public static TrainingRecord trainingRecord(JsonInput in, QuestionSet set) throws IOException {
        PropertyLoop<RecordProperty> p = in.properties("training record document", RECORD);
        String course = null;
        Period period = null;
        TrainingMethod method = null;
        List<String> materials = null;
        String summary = null;
        String audience = null;
        List<Attendee> attendees = null;
        String remarks = null;
        AnswerKey key = null;
        List<Map.Entry<String, List<ComprehensionTestReader.Sitting>>> tests = List.of();
        for (RecordProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.TRAINING_RECORD);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case COURSE -> course = in.notBlank("course", "course");
                case PERIOD -> period = EducationPlanReader.period(in);
                case METHOD -> method = in.term("training method", TrainingMethod::ofCode);
                case MATERIALS -> materials = JsonArrays.texts(in, "materials", "material");
                case SUMMARY -> summary = in.notBlank("summary", "summary");
                case AUDIENCE -> audience = in.notBlank("audience", "audience");
                case ATTENDEES -> attendees = JsonArrays.values(in, "attendees", TrainingRecordReader::attendee);
                case REMARKS -> remarks = in.text("remarks");
                case COMPREHENSION_TEST -> key = ComprehensionTestReader.answerKey(in, set);
                case TEST_RECORDS -> tests = JsonArrays.values(in, "testRecords", ComprehensionTestReader::testRecord);
            }
        }
        p.requireAll();
        String c = course;
        Period pe = period;
        TrainingMethod m = method;
        List<String> ma = materials;
        String s = summary;
        String a = audience;
        List<Attendee> at = attendees;
        String r = remarks;
        AnswerKey k = key;
        TrainingRecord record = in.core(() -> {
            TrainingRecord plain = TrainingRecord.of(c, pe, m, ma, s, a, at, r);
            return k == null ? plain : plain.evaluatedByTest(k);
        });
        TrainingRecord[] sat = {record};
        ComprehensionTestReader.sit(in, k == null ? set : k.questionSet(), tests,
                sheet -> sat[0] = sat[0].withTestSitting(sheet));
        return sat[0];
    }

    private enum AttendeeProperty { DEPARTMENT, NAME, ATTENDED_ON }

    private static final PropertyNames<AttendeeProperty> ATTENDEE = PropertyNames.of(AttendeeProperty.class);

    private static Attendee attendee(JsonInput in) throws IOException {
        PropertyLoop<AttendeeProperty> p = in.properties("attendee", ATTENDEE);
        String department = null;
        String name = null;
        LocalDate attendedOn = null;
        for (AttendeeProperty f; (f = p.next()) != null;) {
            switch (f) {
                case DEPARTMENT -> department = in.notBlank("department", "department");
                case NAME -> name = in.notBlank("name", "attendee");
                case ATTENDED_ON -> attendedOn = in.date("attendedOn");
            }
        }
        p.requireAll();
        String d = department;
        String n = name;
        LocalDate a = attendedOn;
        return in.core(() -> Attendee.of(d, n, a));
    }
}
