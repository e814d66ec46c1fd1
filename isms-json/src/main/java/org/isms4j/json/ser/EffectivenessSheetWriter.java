package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.objective.EffectivenessRecord;
import org.isms4j.records.objective.EffectivenessSheet;
import org.isms4j.records.objective.Evaluation;
import org.isms4j.records.objective.SecurityObjective;

/**
 * The writer of the effectiveness sheet document ISMS有効性評価表 (6.2, 9.1).
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class EffectivenessSheetWriter {

    private EffectivenessSheetWriter() {}

    /**
     * Writes the effectiveness sheet document.
     *
     * @param out the generator
     * @param sheet the sheet
     * @throws IOException if the generator fails
     */
    public static void effectivenessSheet(JsonGenerator out, EffectivenessSheet sheet) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.EFFECTIVENESS_SHEET);
        out.writeArrayFieldStart("records");
        for (EffectivenessRecord record : sheet.records()) {
            out.writeStartObject();
            objective(out, record.objective());
            if (record.evaluation().isPresent()) {
                Evaluation e = record.evaluation().get();
                out.writeObjectFieldStart("evaluation");
                out.writeStringField("result", e.result().code());
                PropertyWriter.date(out, "date", e.date());
                out.writeStringField("remarks", e.remarks());
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void objective(JsonGenerator out, SecurityObjective o) throws IOException {
        out.writeObjectFieldStart("objective");
        out.writeNumberField("number", o.number());
        PropertyWriter.textList(out, "objectives", o.objectives());
        out.writeObjectFieldStart("metric");
        out.writeStringField("indicator", o.metric().indicator());
        out.writeStringField("target", o.metric().target());
        out.writeEndObject();
        PropertyWriter.textList(out, "actions", o.actions());
        PropertyWriter.textList(out, "resources", o.resources());
        out.writeStringField("responsible", o.responsible());
        PropertyWriter.date(out, "dueDate", o.dueDate());
        out.writeStringField("evaluationMethod", o.evaluationMethod());
        PropertyWriter.date(out, "setOn", o.setOn());
        out.writeEndObject();
    }
}
