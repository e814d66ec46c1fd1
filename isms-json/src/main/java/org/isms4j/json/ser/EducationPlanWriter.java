package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.training.EducationPlan;
import org.isms4j.records.training.Period;
import org.isms4j.records.training.TrainingMethod;

/**
 * The writer of the education plan document 教育計画書 (7.2) with its comprehension test, and of the period that the plan and
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
     * @param plan the plan
     * @throws IOException if the generator fails
     */
    public static void educationPlan(JsonGenerator out, EducationPlan plan) throws IOException {
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
        if (plan.comprehensionTest().isPresent()) {
            ComprehensionTestWriter.answerKey(out, plan.comprehensionTest().get());
        }
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
