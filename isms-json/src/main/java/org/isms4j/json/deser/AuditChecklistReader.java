package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.isms4j.json.Formats;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.AuditChecklist;
import org.isms4j.records.audit.ChecklistItem;
import org.isms4j.records.audit.FindingGrade;

/**
 * The reader of the internal audit checklist document 内部監査チェックリスト and of its items.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AuditChecklistReader {

    private AuditChecklistReader() {}

    private enum ItemProperty { CLAUSE, CHECK_ITEM, EVIDENCE, RESULT }

    private static final PropertyNames<ItemProperty> ITEM = PropertyNames.of(ItemProperty.class,
            EnumSet.of(ItemProperty.EVIDENCE, ItemProperty.RESULT));

    /**
     * Reads a checklist item, {@code {"clause": "4.3", "checkItem": ..., "evidence": [...],
     * "result": "observation"}}; no result is conforming.
     *
     * @param in the input
     * @return the item
     * @throws IOException if the parser fails
     */
    public static ChecklistItem item(JsonInput in) throws IOException {
        PropertyLoop<ItemProperty> p = in.properties("checklist item", ITEM);
        Clause clause = null;
        String checkItem = null;
        List<String> evidence = List.of();
        Optional<FindingGrade> result = Optional.empty();
        for (ItemProperty f; (f = p.next()) != null;) {
            switch (f) {
                case CLAUSE -> clause = AuditPlanReader.clause(in, "clause");
                case CHECK_ITEM -> checkItem = in.text("checkItem");
                case EVIDENCE -> evidence = JsonArrays.texts(in, "evidence", "evidence");
                case RESULT -> result = Optional.of(in.term("finding grade", FindingGrade::ofCode));
            }
        }
        p.requireAll();
        Clause c = clause;
        String i = checkItem;
        List<String> e = evidence;
        Optional<FindingGrade> r = result;
        return in.core(() -> ChecklistItem.of(c, i, e, r));
    }

    /**
     * Reads an array of checklist items.
     *
     * @param in the input
     * @param what the property, for a type error
     * @return the items in their order
     * @throws IOException if the parser fails
     */
    static List<ChecklistItem> items(JsonInput in, String what) throws IOException {
        in.expectArray(what);
        List<ChecklistItem> items = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            JsonArrays.checkLength(in, what, items.size());
            items.add(item(in));
        }
        return items;
    }

    private enum DocumentProperty { FORMAT, FORMAT_VERSION, ITEMS }

    private static final PropertyNames<DocumentProperty> DOCUMENT = PropertyNames.of(DocumentProperty.class);

    /**
     * Reads the audit checklist document, {@code {"format": "isms4j.audit-checklist",
     * "formatVersion": 1, "items": [...]}}.
     *
     * @param in the input
     * @return the checklist
     * @throws IOException if the parser fails
     */
    public static AuditChecklist auditChecklist(JsonInput in) throws IOException {
        PropertyLoop<DocumentProperty> p = in.properties("audit checklist document", DOCUMENT);
        List<ChecklistItem> items = List.of();
        for (DocumentProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.AUDIT_CHECKLIST);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case ITEMS -> items = items(in, "items");
            }
        }
        p.requireAll();
        List<ChecklistItem> i = items;
        return in.core(() -> AuditChecklist.of(i));
    }
}
