package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import java.time.LocalDate;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.operation.PlannedActivity;

/**
 * The writer of the annual plan document ISMS年間計画表 (8.1).
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AnnualPlanWriter {

    private AnnualPlanWriter() {}

    /**
     * Writes the annual plan document.
     *
     * @param out the generator
     * @param plan the plan
     * @throws IOException if the generator fails
     */
    public static void annualPlan(JsonGenerator out, AnnualPlan plan) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.ANNUAL_PLAN);
        out.writeArrayFieldStart("activities");
        for (PlannedActivity a : plan.activities()) {
            out.writeStartObject();
            out.writeStringField("clause", a.clause().toString());
            out.writeStringField("activity", a.activity());
            PropertyWriter.textList(out, "documents", a.documents());
            out.writeArrayFieldStart("weeks");
            for (LocalDate week : a.weeks()) {
                out.writeString(week.toString());
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
