package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.competence.CompetenceItem;
import org.isms4j.records.competence.CompetenceRecord;

/**
 * The writer of the competence record document 力量確認表 (7.2), with the appointment 任命基準
 * computed from the items.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class CompetenceRecordWriter {

    private CompetenceRecordWriter() {}

    /**
     * Writes the competence record document.
     *
     * @param out the generator
     * @param record the record
     * @throws IOException if the generator fails
     */
    public static void competenceRecord(JsonGenerator out, CompetenceRecord record) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.COMPETENCE_RECORD);
        out.writeStringField("role", record.role().code());
        out.writeStringField("person", record.person());
        out.writeArrayFieldStart("items");
        for (CompetenceItem item : record.items()) {
            out.writeStartObject();
            out.writeNumberField("number", item.number());
            out.writeStringField("requirement", item.requirement());
            out.writeNumberField("rating", item.rating().value());
            if (item.improvement().isPresent()) {
                out.writeObjectFieldStart("improvement");
                PropertyWriter.date(out, "plannedOn", item.improvement().get().plannedOn());
                out.writeStringField("content", item.improvement().get().content());
                out.writeEndObject();
            }
            if (item.reRating().isPresent()) {
                out.writeNumberField("reRating", item.reRating().get().value());
            }
            if (item.confirmedOn().isPresent()) {
                PropertyWriter.date(out, "confirmedOn", item.confirmedOn().get());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("appointment", record.appointment().code());
        out.writeEndObject();
    }
}
