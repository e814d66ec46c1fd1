package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.audit.AuditPlan;
import org.isms4j.records.audit.AuditSlot;

/**
 * The writer of the internal audit plan document 内部監査計画書 and of the plan and its slots.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AuditPlanWriter {

    private AuditPlanWriter() {}

    /**
     * Writes an audit plan: name, purpose, scope, slots in their order, planned report date and
     * means; a slot's times as {@code 2024-02-05T10:00}.
     *
     * @param out the generator
     * @param plan the plan
     * @throws IOException if the generator fails
     */
    public static void plan(JsonGenerator out, AuditPlan plan) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", plan.name());
        out.writeStringField("purpose", plan.purpose());
        out.writeStringField("scope", plan.scope());
        out.writeArrayFieldStart("slots");
        for (AuditSlot slot : plan.slots()) {
            out.writeStartObject();
            out.writeNumberField("number", slot.number());
            out.writeStringField("auditedDepartment", slot.auditedDepartment());
            out.writeStringField("auditor", slot.auditor());
            out.writeStringField("auditorDepartment", slot.auditorDepartment());
            out.writeStringField("auditee", slot.auditee());
            out.writeStringField("start", slot.start().toString());
            out.writeStringField("end", slot.end().toString());
            out.writeEndObject();
        }
        out.writeEndArray();
        PropertyWriter.date(out, "plannedReportDate", plan.plannedReportDate());
        out.writeStringField("reportMeans", plan.reportMeans());
        out.writeEndObject();
    }

    /**
     * Writes the audit plan document.
     *
     * @param out the generator
     * @param plan the plan
     * @throws IOException if the generator fails
     */
    public static void auditPlan(JsonGenerator out, AuditPlan plan) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.AUDIT_PLAN);
        out.writeFieldName("plan");
        plan(out, plan);
        out.writeEndObject();
    }
}
