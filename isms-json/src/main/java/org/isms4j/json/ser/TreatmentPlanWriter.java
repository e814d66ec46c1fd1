package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.json.Formats;

/**
 * The writer of the treatment plan document リスク対応計画 and of its rows.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class TreatmentPlanWriter {

    private TreatmentPlanWriter() {}

    /**
     * Writes a row of the treatment plan.
     *
     * @param out the generator
     * @param item the row
     * @throws IOException if the generator fails
     */
    public static void planItem(JsonGenerator out, PlanItem item) throws IOException {
        out.writeStartObject();
        out.writeNumberField("number", item.number());
        out.writeFieldName("control");
        TreatmentWriter.treatmentControl(out, item.control());
        out.writeArrayFieldStart("tasks");
        for (String task : item.tasks()) {
            out.writeString(task);
        }
        out.writeEndArray();
        out.writeStringField("owner", item.owner());
        PropertyWriter.date(out, "plannedStart", item.plannedStart());
        PropertyWriter.date(out, "plannedEnd", item.plannedEnd());
        if (item.actualStart().isPresent()) {
            PropertyWriter.date(out, "actualStart", item.actualStart().get());
        }
        if (item.actualEnd().isPresent()) {
            PropertyWriter.date(out, "actualEnd", item.actualEnd().get());
        }
        out.writeStringField("status", item.status().code());
        PropertyWriter.numbers(out, "riskNumbers", item.riskNumbers());
        out.writeEndObject();
    }

    /**
     * Writes the treatment plan document.
     *
     * @param out the generator
     * @param plan the plan
     * @throws IOException if the generator fails
     */
    public static void treatmentPlan(JsonGenerator out, TreatmentPlan plan) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.TREATMENT_PLAN);
        out.writeArrayFieldStart("items");
        for (PlanItem item : plan.items()) {
            planItem(out, item);
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
