package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import org.isms4j.json.Formats;
import org.isms4j.records.corrective.ActionStep;
import org.isms4j.records.corrective.CauseEvaluation;
import org.isms4j.records.corrective.CorrectiveAction;

/**
 * The writer of the corrective request and answer document 是正要求書兼回答書 and of its steps.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class CorrectiveActionWriter {

    private CorrectiveActionWriter() {}

    private static void step(JsonGenerator out, String name, ActionStep step, Optional<Boolean> followUpAuditNeeded)
            throws IOException {
        out.writeObjectFieldStart(name);
        out.writeStringField("content", step.content());
        out.writeStringField("author", step.author());
        out.writeStringField("approver", step.approver());
        PropertyWriter.date(out, "date", step.date());
        if (followUpAuditNeeded.isPresent()) {
            out.writeBooleanField("followUpAuditNeeded", followUpAuditNeeded.get());
        }
        out.writeEndObject();
    }

    private static void step(JsonGenerator out, String name, Optional<ActionStep> step) throws IOException {
        if (step.isPresent()) {
            step(out, name, step.get(), Optional.empty());
        }
    }

    /**
     * Writes the corrective action document: the request, then each step recorded, in the order
     * of the form; steps not recorded are left out.
     *
     * @param out the generator
     * @param action the action
     * @throws IOException if the generator fails
     */
    public static void correctiveAction(JsonGenerator out, CorrectiveAction action) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.CORRECTIVE_ACTION);
        out.writeStringField("number", action.number());
        out.writeStringField("department", action.department());
        out.writeStringField("origin", action.origin().code());
        out.writeStringField("grade", action.grade().code());
        out.writeStringField("clause", action.clause().toString());
        step(out, "request", action.request(), Optional.empty());
        step(out, "correction", action.correction());
        if (action.evaluation().isPresent()) {
            CauseEvaluation evaluation = action.evaluation().get();
            out.writeObjectFieldStart("evaluation");
            out.writeBooleanField("similarExist", evaluation.similarExist());
            out.writeBooleanField("similarCouldOccur", evaluation.similarCouldOccur());
            out.writeBooleanField("causeRemovalNeeded", evaluation.causeRemovalNeeded());
            step(out, "cause", evaluation.cause(), Optional.empty());
            out.writeEndObject();
        }
        step(out, "causeRemoval", action.causeRemoval());
        step(out, "implementation", action.implementation());
        step(out, "confirmation", action.confirmation());
        if (action.effectiveness().isPresent()) {
            step(out, "effectiveness", action.effectiveness().get(), action.followUpAuditNeeded());
        }
        out.writeEndObject();
    }
}
