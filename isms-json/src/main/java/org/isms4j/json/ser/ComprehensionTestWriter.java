package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.AnswerKey;
import org.isms4j.core.selfassessment.TestAttempt;
import org.isms4j.core.selfassessment.TestRecord;

/**
 * The writer of the comprehension test 理解度確認テスト of an education plan or a training record:
 * the answer key, naming its question set by id and version, and a training record's sittings.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class ComprehensionTestWriter {

    private ComprehensionTestWriter() {}

    /** Writes the {@code comprehensionTest} property. */
    static void answerKey(JsonGenerator out, AnswerKey key) throws IOException {
        out.writeObjectFieldStart("comprehensionTest");
        out.writeStringField("questionSet", key.questionSet().id());
        out.writeStringField("version", key.questionSet().version());
        out.writeObjectFieldStart("correct");
        for (Map.Entry<Integer, Answer> e : key.correct().entrySet()) {
            out.writeStringField(Integer.toString(e.getKey()), e.getValue().code());
        }
        out.writeEndObject();
        out.writeObjectFieldStart("points");
        for (Map.Entry<Integer, Integer> e : key.points().entrySet()) {
            out.writeNumberField(Integer.toString(e.getKey()), e.getValue());
        }
        out.writeEndObject();
        out.writeNumberField("passMark", key.passMark());
        out.writeEndObject();
    }

    /** Writes the {@code testRecords} property unless there are none. */
    static void testRecords(JsonGenerator out, List<TestRecord> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart("testRecords");
        for (TestRecord record : records) {
            out.writeStartObject();
            out.writeStringField("person", record.person());
            out.writeArrayFieldStart("attempts");
            for (TestAttempt attempt : record.attempts()) {
                out.writeStartObject();
                out.writeStringField("department", attempt.sheet().department());
                PropertyWriter.date(out, "answered", attempt.sheet().answered());
                out.writeObjectFieldStart("answers");
                for (Map.Entry<Integer, Answer> e : attempt.sheet().answers().entrySet()) {
                    out.writeStringField(Integer.toString(e.getKey()), e.getValue().code());
                }
                out.writeEndObject();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
    }
}
