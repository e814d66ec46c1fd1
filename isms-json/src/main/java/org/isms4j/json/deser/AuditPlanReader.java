package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.isms4j.core.Checks;
import org.isms4j.json.Formats;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.AuditPlan;
import org.isms4j.records.audit.AuditSlot;

/**
 * The reader of the internal audit plan document 内部監査計画書, of the plan and its slots, and of
 * the clause numbers and times of the clauses 9 - 10 records.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AuditPlanReader {

    private AuditPlanReader() {}

    /**
     * Reads a clause number, such as {@code "9.2"}: the core parses only the canonical form.
     *
     * @param in the input
     * @param what the property, for a type error
     * @return the clause
     * @throws IOException if the parser fails
     */
    public static Clause clause(JsonInput in, String what) throws IOException {
        String text = in.text(what);
        return in.core(() -> Clause.parse(text));
    }

    /**
     * Reads a date and time in the form {@code yyyy-MM-ddTHH:mm}, seconds written only when not
     * zero, as {@link LocalDateTime#toString()} writes it, such as {@code 2024-02-05T10:00}.
     *
     * @param in the input
     * @param what the property, for the message
     * @return the date and time
     * @throws IOException if the parser fails
     */
    static LocalDateTime dateTime(JsonInput in, String what) throws IOException {
        String text = in.text(what);
        LocalDateTime time = null;
        try {
            time = LocalDateTime.parse(text);
        } catch (DateTimeException e) {
            // not a date and time: reported below
        }
        if (time == null || !time.toString().equals(text)) {
            throw in.error(Checks.format("Invalid value for %s (a date and time yyyy-MM-ddTHH:mm): '%s'", what,
                    JsonFailures.escape(text, JsonInput.QUOTED_TEXT_LIMIT)));
        }
        return time;
    }

    private enum SlotProperty { NUMBER, AUDITED_DEPARTMENT, AUDITOR, AUDITOR_DEPARTMENT, AUDITEE, START, END }

    private static final PropertyNames<SlotProperty> SLOT = PropertyNames.of(SlotProperty.class);

    private static AuditSlot slot(JsonInput in) throws IOException {
        PropertyLoop<SlotProperty> p = in.properties("audit slot", SLOT);
        int number = 0;
        String audited = null;
        String auditor = null;
        String auditorDepartment = null;
        String auditee = null;
        LocalDateTime start = null;
        LocalDateTime end = null;
        for (SlotProperty f; (f = p.next()) != null;) {
            switch (f) {
                case NUMBER -> number = in.intValue("number");
                case AUDITED_DEPARTMENT -> audited = in.text("auditedDepartment");
                case AUDITOR -> auditor = in.text("auditor");
                case AUDITOR_DEPARTMENT -> auditorDepartment = in.text("auditorDepartment");
                case AUDITEE -> auditee = in.text("auditee");
                case START -> start = dateTime(in, "start");
                case END -> end = dateTime(in, "end");
            }
        }
        p.requireAll();
        int n = number;
        String d = audited;
        String a = auditor;
        String ad = auditorDepartment;
        String ae = auditee;
        LocalDateTime s = start;
        LocalDateTime e = end;
        return in.core(() -> AuditSlot.of(n, d, a, ad, ae, s, e));
    }

    private enum PlanProperty { NAME, PURPOSE, SCOPE, SLOTS, PLANNED_REPORT_DATE, REPORT_MEANS }

    private static final PropertyNames<PlanProperty> PLAN = PropertyNames.of(PlanProperty.class);

    /**
     * Reads an audit plan, {@code {"name": ..., "slots": [...], "plannedReportDate": ...}}.
     *
     * @param in the input
     * @return the plan
     * @throws IOException if the parser fails
     */
    public static AuditPlan plan(JsonInput in) throws IOException {
        PropertyLoop<PlanProperty> p = in.properties("audit plan", PLAN);
        String name = null;
        String purpose = null;
        String scope = null;
        List<AuditSlot> slots = new ArrayList<>();
        LocalDate reportDate = null;
        String means = null;
        for (PlanProperty f; (f = p.next()) != null;) {
            switch (f) {
                case NAME -> name = in.text("name");
                case PURPOSE -> purpose = in.text("purpose");
                case SCOPE -> scope = in.text("scope");
                case SLOTS -> {
                    in.expectArray("slots");
                    while (in.next() != JsonToken.END_ARRAY) {
                        JsonArrays.checkLength(in, "slots", slots.size());
                        slots.add(slot(in));
                    }
                }
                case PLANNED_REPORT_DATE -> reportDate = in.date("plannedReportDate");
                case REPORT_MEANS -> means = in.text("reportMeans");
            }
        }
        p.requireAll();
        String n = name;
        String pu = purpose;
        String s = scope;
        LocalDate r = reportDate;
        String m = means;
        return in.core(() -> AuditPlan.of(n, pu, s, slots, r, m));
    }

    private enum DocumentProperty { FORMAT, FORMAT_VERSION, PLAN }

    private static final PropertyNames<DocumentProperty> DOCUMENT = PropertyNames.of(DocumentProperty.class);

    /**
     * Reads the audit plan document, {@code {"format": "isms4j.audit-plan", "formatVersion": 1,
     * "plan": {...}}}.
     *
     * @param in the input
     * @return the plan
     * @throws IOException if the parser fails
     */
    public static AuditPlan auditPlan(JsonInput in) throws IOException {
        PropertyLoop<DocumentProperty> p = in.properties("audit plan document", DOCUMENT);
        AuditPlan plan = null;
        for (DocumentProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.AUDIT_PLAN);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case PLAN -> plan = plan(in);
            }
        }
        p.requireAll();
        return plan;
    }
}
