package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isms4j.core.Checks;
import org.isms4j.core.selfassessment.AnswerKey;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.json.IsmsJsonException;

/**
 * The reader of the comprehension test 理解度確認テスト that an education plan and a training record
 * may hold: its answer key, on a question set the caller gives and the document names by id and
 * version, and a training record's sittings, each an answer sheet of an attendee.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class ComprehensionTestReader {

    private ComprehensionTestReader() {}

    private enum KeyProperty { QUESTION_SET, VERSION, CORRECT, POINTS, PASS_MARK }

    private static final PropertyNames<KeyProperty> KEY = PropertyNames.of(KeyProperty.class);

    /**
     * Reads the {@code comprehensionTest} property, the answer key.
     *
     * @param in the input
     * @param set the question set the caller gave, or null if none was given
     * @return the answer key
     * @throws IOException if the parser fails
     */
    static AnswerKey answerKey(JsonInput in, QuestionSet set) throws IOException {
        PropertyLoop<KeyProperty> p = in.properties("comprehensionTest", KEY);
        String id = null;
        String version = null;
        Map<Integer, String> correct = null;
        Map<Integer, Integer> points = null;
        int passMark = 0;
        for (KeyProperty f; (f = p.next()) != null;) {
            switch (f) {
                case QUESTION_SET -> id = in.notBlank("questionSet", "question set id");
                case VERSION -> version = in.notBlank("version", "question set version");
                case CORRECT -> correct = answers(in, "correct");
                case POINTS -> points = points(in);
                case PASS_MARK -> passMark = in.intValue("passMark");
            }
        }
        p.requireAll();
        if (set == null) {
            throw in.error(Checks.format("Invalid comprehension test: reading it needs its question set '%s' version "
                    + "'%s'", JsonFailures.escape(id, JsonInput.QUOTED_TEXT_LIMIT),
                    JsonFailures.escape(version, JsonInput.QUOTED_TEXT_LIMIT)));
        }
        if (!set.id().equals(id) || !set.version().equals(version)) {
            throw in.error(Checks.format("Invalid comprehension test: its question set is '%s' version '%s', not the "
                    + "given %s", JsonFailures.escape(id, JsonInput.QUOTED_TEXT_LIMIT),
                    JsonFailures.escape(version, JsonInput.QUOTED_TEXT_LIMIT), set));
        }
        Map<Integer, String> c = correct;
        Map<Integer, Integer> pt = points;
        int m = passMark;
        return in.core(() -> AnswerKey.of(set, c, pt, m));
    }

    /** A sitting as read: the attendee's department and the sheet's day and answers. */
    record Sitting(String department, LocalDate answered, Map<Integer, String> answers) {}

    private enum RecordProperty { PERSON, ATTEMPTS }

    private static final PropertyNames<RecordProperty> RECORD = PropertyNames.of(RecordProperty.class);

    /**
     * Reads a test record of the {@code testRecords} property: the person and their sittings.
     *
     * @param in the input
     * @return the person's sittings, in order; the person first
     * @throws IOException if the parser fails
     */
    static Map.Entry<String, List<Sitting>> testRecord(JsonInput in) throws IOException {
        PropertyLoop<RecordProperty> p = in.properties("test record", RECORD);
        String person = null;
        List<Sitting> attempts = null;
        for (RecordProperty f; (f = p.next()) != null;) {
            switch (f) {
                case PERSON -> person = in.notBlank("person", "person");
                case ATTEMPTS -> {
                    attempts = JsonArrays.values(in, "attempts", ComprehensionTestReader::sitting);
                    if (attempts.isEmpty()) {
                        throw in.error("Invalid test record: it has at least one attempt");
                    }
                }
            }
        }
        p.requireAll();
        return Map.entry(person, attempts);
    }

    private enum SittingProperty { DEPARTMENT, ANSWERED, ANSWERS }

    private static final PropertyNames<SittingProperty> SITTING = PropertyNames.of(SittingProperty.class);

    private static Sitting sitting(JsonInput in) throws IOException {
        PropertyLoop<SittingProperty> p = in.properties("attempt", SITTING);
        String department = null;
        LocalDate answered = null;
        Map<Integer, String> answers = null;
        for (SittingProperty f; (f = p.next()) != null;) {
            switch (f) {
                case DEPARTMENT -> department = in.notBlank("department", "department");
                case ANSWERED -> answered = in.date("answered");
                case ANSWERS -> answers = answers(in, "answers");
            }
        }
        p.requireAll();
        return new Sitting(department, answered, answers);
    }

    /**
     * Applies the sittings read to a record's sheets, each failure at its attempt's path.
     *
     * @param in the input, at the end of the document
     * @param set the question set, or null if there is none
     * @param records the test records read, person and sittings
     * @param sit what records a sitting, such as {@code TrainingRecord::withTestSitting}
     */
    static void sit(JsonInput in, QuestionSet set, List<Map.Entry<String, List<Sitting>>> records,
            java.util.function.Consumer<AnswerSheet> sit) {
        if (set == null && !records.isEmpty()) {
            throw new IsmsJsonException(in.path() + ".testRecords",
                    "Invalid test records: a sitting needs the comprehension test and its question set", null);
        }
        for (int i = 0; i < records.size(); i++) {
            List<Sitting> attempts = records.get(i).getValue();
            for (int j = 0; j < attempts.size(); j++) {
                Sitting s = attempts.get(j);
                String person = records.get(i).getKey();
                try {
                    sit.accept(AnswerSheet.of(set, person, s.department(), s.answered(), s.answers()));
                } catch (IsmsJsonException e) {
                    throw e;
                } catch (org.isms4j.core.IsmsException e) {
                    throw new IsmsJsonException(Checks.format("%s.testRecords[%d].attempts[%d]", in.path(), i, j),
                            e.getMessage(), e);
                }
            }
        }
    }

    /** Reads an object of answers by question number, such as {@code {"1": "c", "2": "a"}}. */
    private static Map<Integer, String> answers(JsonInput in, String what) throws IOException {
        in.expectObject(what);
        Map<Integer, String> answers = new TreeMap<>();
        for (String name; (name = in.parser().nextFieldName()) != null;) {
            int number = questionNumber(in, name);
            in.next();
            String code = in.text("answer");
            if (answers.put(number, code) != null) {
                throw in.error(Checks.format("Duplicate answer to question %d", number));
            }
        }
        return answers;
    }

    /** Reads an object of points by question number, such as {@code {"1": 10, "2": 10}}. */
    private static Map<Integer, Integer> points(JsonInput in) throws IOException {
        in.expectObject("points");
        Map<Integer, Integer> points = new TreeMap<>();
        for (String name; (name = in.parser().nextFieldName()) != null;) {
            int number = questionNumber(in, name);
            in.next();
            if (points.put(number, in.intValue("points")) != null) {
                throw in.error(Checks.format("Duplicate points of question %d", number));
            }
        }
        return points;
    }

    private static int questionNumber(JsonInput in, String name) {
        boolean canonical = !name.isEmpty() && name.length() <= 9 && name.charAt(0) != '0';
        for (int i = 0; canonical && i < name.length(); i++) {
            canonical = name.charAt(i) >= '0' && name.charAt(i) <= '9';
        }
        if (!canonical) {
            throw in.error(Checks.format("Invalid value for question number (a number 1 or more, such as 3): '%s'",
                    JsonFailures.escape(name, JsonInput.QUOTED_TEXT_LIMIT)));
        }
        return Integer.parseInt(name);
    }
}
