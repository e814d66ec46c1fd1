package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.isms4j.json.Formats;
import org.isms4j.records.audit.AuditChecklist;
import org.isms4j.records.audit.ChecklistItem;

/**
 * The writer of the internal audit checklist document 内部監査チェックリスト and of its items.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AuditChecklistWriter {

    private AuditChecklistWriter() {}

    /**
     * Writes checklist items in their order: clause, check item, evidence (left out when none)
     * and result (left out when conforming).
     *
     * @param out the generator
     * @param name the array's property
     * @param items the items
     * @throws IOException if the generator fails
     */
    static void items(JsonGenerator out, String name, List<ChecklistItem> items) throws IOException {
        out.writeArrayFieldStart(name);
        for (ChecklistItem item : items) {
            out.writeStartObject();
            out.writeStringField("clause", item.clause().toString());
            out.writeStringField("checkItem", item.checkItem());
            PropertyWriter.texts(out, "evidence", item.evidence());
            if (item.result().isPresent()) {
                out.writeStringField("result", item.result().get().code());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /**
     * Writes the audit checklist document.
     *
     * @param out the generator
     * @param checklist the checklist
     * @throws IOException if the generator fails
     */
    public static void auditChecklist(JsonGenerator out, AuditChecklist checklist) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.AUDIT_CHECKLIST);
        items(out, "items", checklist.items());
        out.writeEndObject();
    }
}
