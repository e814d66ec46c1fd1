package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.annexa.soa.Consideration;
import org.isms4j.annexa.soa.Considerations;
import org.isms4j.json.Formats;

/**
 * The writer of the gap check's considerations document 検討済みの記録.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class ConsiderationsWriter {

    private ConsiderationsWriter() {}

    /**
     * Writes the considerations document: the considerations in document order of their controls,
     * each with its control's canonical id and {@code "risk"}, a risk number or {@code "all"}.
     *
     * @param out the generator
     * @param considerations the considerations
     * @throws IOException if the generator fails
     */
    public static void considerations(JsonGenerator out, Considerations considerations) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.GAP_CONSIDERATIONS);
        out.writeArrayFieldStart("considerations");
        for (Consideration c : considerations) {
            out.writeStartObject();
            out.writeStringField("control", c.controlId().toString());
            if (c.isForAllRisks()) {
                out.writeStringField("risk", Formats.ALL_RISKS);
            } else {
                out.writeNumberField("risk", c.riskNumber().getAsInt());
            }
            out.writeStringField("reason", c.reason());
            out.writeStringField("author", c.author());
            PropertyWriter.date(out, "decided", c.decided());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
