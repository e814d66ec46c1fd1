package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.training.Attendee;
import org.isms4j.records.training.TrainingRecord;

/**
 * The writer of the training record document 教育実施記録 (7.2) with its attendees, and its
 * comprehension test with the attendees' sittings.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class TrainingRecordWriter {

    private TrainingRecordWriter() {}

    /**
     * Writes the training record document.
     *
     * @param out the generator
     * @param record the record
     * @throws IOException if the generator fails
     */
    public static void trainingRecord(JsonGenerator out, TrainingRecord record) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.TRAINING_RECORD);
        out.writeStringField("course", record.course());
        EducationPlanWriter.period(out, record.period());
        out.writeStringField("method", record.method().code());
        PropertyWriter.textList(out, "materials", record.materials());
        out.writeStringField("summary", record.summary());
        out.writeStringField("audience", record.audience());
        out.writeArrayFieldStart("attendees");
        for (Attendee a : record.attendees()) {
            out.writeStartObject();
            out.writeStringField("department", a.department());
            out.writeStringField("name", a.name());
            PropertyWriter.date(out, "attendedOn", a.attendedOn());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("remarks", record.remarks());
        if (record.comprehensionTest().isPresent()) {
            ComprehensionTestWriter.answerKey(out, record.comprehensionTest().get());
        }
        ComprehensionTestWriter.testRecords(out, record.testRecords());
        out.writeEndObject();
    }
}
