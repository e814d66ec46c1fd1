package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;

/**
 * The writer of a register row's treatment and acceptance, of a treatment control and of the
 * register's approval record.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class TreatmentWriter {

    private TreatmentWriter() {}

    /**
     * Writes a treatment control, {@code {"text": "情報の分類定義", "annexA": "5.12"}}.
     *
     * @param out the generator
     * @param control the control
     * @throws IOException if the generator fails
     */
    public static void treatmentControl(JsonGenerator out, TreatmentControl control) throws IOException {
        out.writeStartObject();
        out.writeStringField("text", control.text());
        if (control.annexA().isPresent()) {
            out.writeStringField("annexA", control.annexA().get());
        }
        out.writeEndObject();
    }

    /**
     * Writes a treatment decision; options in the order of {@link TreatmentOption}, controls in
     * the order given, an empty list of controls and an empty justification left out.
     *
     * @param out the generator
     * @param decision the decision
     * @throws IOException if the generator fails
     */
    public static void treatmentDecision(JsonGenerator out, TreatmentDecision decision) throws IOException {
        out.writeStartObject();
        PropertyWriter.codes(out, "options", TreatmentOption.values(), decision.options());
        if (!decision.controls().isEmpty()) {
            out.writeArrayFieldStart("controls");
            for (TreatmentControl control : decision.controls()) {
                treatmentControl(out, control);
            }
            out.writeEndArray();
        }
        out.writeStringField("status", decision.status().code());
        PropertyWriter.optional(out, "justification", decision.justification());
        out.writeEndObject();
    }

    /**
     * Writes the risk owner's acceptance of a residual risk.
     *
     * @param out the generator
     * @param acceptance the acceptance
     * @throws IOException if the generator fails
     */
    public static void residualAcceptance(JsonGenerator out, ResidualAcceptance acceptance) throws IOException {
        out.writeStartObject();
        out.writeStringField("riskOwner", acceptance.riskOwner());
        out.writeStringField("decision", acceptance.decision().code());
        PropertyWriter.date(out, "decided", acceptance.decided());
        out.writeStringField("justification", acceptance.justification());
        if (acceptance.expires().isPresent()) {
            PropertyWriter.date(out, "expires", acceptance.expires().get());
        }
        out.writeEndObject();
    }

    /**
     * Writes the approval record of a risk assessment report.
     *
     * @param out the generator
     * @param approval the record
     * @throws IOException if the generator fails
     */
    public static void approval(JsonGenerator out, Approval approval) throws IOException {
        out.writeStartObject();
        out.writeStringField("author", approval.author());
        PropertyWriter.date(out, "updated", approval.updated());
        if (approval.approver().isPresent()) {
            out.writeStringField("approver", approval.approver().get());
            PropertyWriter.date(out, "approved", approval.approved().get());
        }
        out.writeEndObject();
    }
}
