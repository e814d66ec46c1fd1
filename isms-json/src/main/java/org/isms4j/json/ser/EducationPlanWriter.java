package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.core.IsmsException;
import org.isms4j.records.training.EducationPlan;
import org.isms4j.records.training.Period;
import org.isms4j.records.training.TrainingMethod;

/**
 * The writer of the education plan document 教育計画書 (7.2), and of the period that the plan and
 * the training record share.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class EducationPlanWriter {

    private EducationPlanWriter() {}

    /**
     * Writes the education plan document.
     *
     * @param out the generator
     * @param plan the plan, without a comprehension test
     * @throws IOException if the generator fails
     * @throws IsmsException if the plan has a comprehension test, which this format does not hold
     */
    public static void educationPlan(JsonGenerator out, EducationPlan plan) throws IOException {
        if (plan.comprehensionTest().isPresent()) {
            throw new IsmsException("Cannot write the education plan as JSON: its comprehension test is not part of "
                    + Formats.EDUCATION_PLAN + " version " + Formats.VERSION);
        }
        out.writeStartObject();
        PropertyWriter.header(out, Formats.EDUCATION_PLAN);
        out.writeStringField("purpose", plan.purpose());
        out.writeStringField("audience", plan.audience());
        out.writeArrayFieldStart("methods");
        for (TrainingMethod method : plan.methods()) {
            out.writeString(method.code());
        }
        out.writeEndArray();
        out.writeStringField("methodDetails", plan.methodDetails());
        PropertyWriter.textList(out, "content", plan.content());
        period(out, plan.period());
        out.writeStringField("effectivenessEvaluation", plan.effectivenessEvaluation());
        out.writeEndObject();
    }

    /** Writes the {@code period} property, {@code {"start": "2023-10-02", "end": "2023-10-31"}}. */
    static void period(JsonGenerator out, Period period) throws IOException {
        out.writeObjectFieldStart("period");
        PropertyWriter.date(out, "start", period.start());
        PropertyWriter.date(out, "end", period.end());
        out.writeEndObject();
    }
}
