package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.training.Attendee;
import org.isms4j.records.training.TrainingRecord;

/**
 * The writer of the training record document 教育実施記録 (7.2) with its attendees.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class TrainingRecordWriter {

    private TrainingRecordWriter() {}

    /**
     * Writes the training record document.
     *
     * @param out the generator
     * @param record the record, without a comprehension test
     * @throws IOException if the generator fails
     * @throws IsmsException if the record has a comprehension test, which this format does not hold
     */
    public static void trainingRecord(JsonGenerator out, TrainingRecord record) throws IOException {
        if (record.comprehensionTest().isPresent()) {
            throw new IsmsException(Checks.format("Cannot write the training record '%s' as JSON: its comprehension "
                    + "test is not part of %s version %d", Checks.echo(record.course()), Formats.TRAINING_RECORD,
                    Formats.VERSION));
        }
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
        out.writeEndObject();
    }
}
