package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.communication.Communication;
import org.isms4j.records.communication.CommunicationPlan;

/**
 * The writer of the communication plan document (7.4).
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class CommunicationPlanWriter {

    private CommunicationPlanWriter() {}

    /**
     * Writes the communication plan document.
     *
     * @param out the generator
     * @param plan the plan
     * @throws IOException if the generator fails
     */
    public static void communicationPlan(JsonGenerator out, CommunicationPlan plan) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.COMMUNICATION_PLAN);
        out.writeArrayFieldStart("communications");
        for (Communication c : plan.communications()) {
            out.writeStartObject();
            out.writeStringField("content", c.content());
            out.writeStringField("timing", c.timing());
            out.writeStringField("audience", c.audience());
            out.writeStringField("communicator", c.communicator());
            PropertyWriter.textList(out, "methods", c.methods());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
