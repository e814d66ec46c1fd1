package org.isms4j.records.audit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * The internal audit checklist 内部監査チェックリスト (clause 9.2) as a record of its own: the check
 * items written before the audit, then the evidence seen and the result written during it; the
 * report keeps the items it checked ({@link AuditReport#checklist()}).
 *
 * <p>The checklist has an item, and no clause has the same check item twice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditChecklist {

    AuditChecklist() {}

    /**
     * Returns the items in the order of the checklist.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<ChecklistItem> items();

    /**
     * Obtains a checklist.
     *
     * @param items the items, not empty, no check item twice for a clause; copied
     * @return the checklist, not null
     * @throws IsmsException if there is no item or a check item is repeated for its clause
     */
    public static AuditChecklist of(Collection<ChecklistItem> items) {
        Objects.requireNonNull(items, "items");
        return ImmutableAuditChecklist.builder().items(items).build();
    }

    @Value.Check
    final void check() {
        Checks.entries("checklist items", items());
        Texts.notEmpty("audit checklist", "item", items());
        Texts.unique("audit checklist", "check item", items(), i -> i.clause() + " " + i.checkItem());
    }
}
