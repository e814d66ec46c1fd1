package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.json.Formats;

/**
 * The writer of the Statement of Applicability document 適用宣言書 and of its decisions.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class SoaWriter {

    private SoaWriter() {}

    /**
     * Writes the decision on one control; empty parts left out, reason codes in the order of
     * {@link ReasonCode}.
     *
     * @param out the generator
     * @param decision the decision
     * @throws IOException if the generator fails
     */
    public static void decision(JsonGenerator out, Decision decision) throws IOException {
        out.writeStartObject();
        out.writeStringField("applicability", decision.applicability().code());
        if (decision.status().isPresent()) {
            out.writeStringField("status", decision.status().get().code());
        }
        PropertyWriter.optional(out, "reason", decision.reason());
        if (!decision.reasonCodes().isEmpty()) {
            PropertyWriter.codes(out, "reasonCodes", ReasonCode.values(), decision.reasonCodes());
        }
        if (!decision.riskNumbers().isEmpty()) {
            PropertyWriter.numbers(out, "riskNumbers", decision.riskNumbers());
        }
        PropertyWriter.texts(out, "documents", decision.documents());
        PropertyWriter.texts(out, "evidence", decision.evidence());
        out.writeEndObject();
    }

    /**
     * Writes the Statement of Applicability document: the decisions keyed by canonical control
     * id in document order; undecided controls are absent.
     *
     * @param out the generator
     * @param soa the statement
     * @throws IOException if the generator fails
     */
    public static void statementOfApplicability(JsonGenerator out, StatementOfApplicability soa)
            throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.STATEMENT_OF_APPLICABILITY);
        out.writeObjectFieldStart("decisions");
        for (Map.Entry<ControlId, Decision> entry : soa.decisions().entrySet()) {
            out.writeFieldName(entry.getKey().toString());
            decision(out, entry.getValue());
        }
        out.writeEndObject();
        out.writeEndObject();
    }
}
