package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.leadership.Policy;

/**
 * The writer of the policy document 情報セキュリティ方針 (5.2).
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class PolicyWriter {

    private PolicyWriter() {}

    /**
     * Writes the policy document.
     *
     * @param out the generator
     * @param policy the policy
     * @throws IOException if the generator fails
     */
    public static void policy(JsonGenerator out, Policy policy) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.POLICY);
        out.writeNumberField("edition", policy.edition());
        PropertyWriter.date(out, "date", policy.date());
        out.writeStringField("company", policy.company());
        out.writeStringField("approver", policy.approver());
        PropertyWriter.textList(out, "objectives", policy.objectives());
        out.writeEndObject();
    }
}
