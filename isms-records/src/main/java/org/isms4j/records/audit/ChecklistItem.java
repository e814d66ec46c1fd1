package org.isms4j.records.audit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.records.Clause;
import org.isms4j.records.internal.Texts;

/**
 * One row of the internal audit checklist 内部監査チェックリスト: the clause 監査項目, the check item
 * チェック事項 (written before the audit), the evidence seen 確認結果・文書類 and the result (written
 * during it); such as 4.3, ISMSの適用範囲は、文書化されているか。, ISMSマニュアル and ISMS適用範囲,
 * conforming.
 *
 * <p>The result is conforming 適合 when no finding is graded.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChecklistItem {

    ChecklistItem() {}

    /**
     * Returns the clause checked.
     *
     * @return the clause, not null
     */
    public abstract Clause clause();

    /**
     * Returns the check item チェック事項, in the organisation's own words.
     *
     * @return the text, not blank
     */
    public abstract String checkItem();

    /**
     * Returns the evidence seen 確認結果・文書類.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<String> evidence();

    /**
     * Returns the grade of the finding the check raised.
     *
     * @return the grade, or empty when conforming
     */
    public abstract Optional<FindingGrade> result();

    /**
     * Obtains a checked item.
     *
     * @param clause the clause, not null
     * @param checkItem the check item, not blank
     * @param evidence the evidence seen, none blank; copied
     * @param result the finding's grade, or empty when conforming
     * @return the item, not null
     * @throws IsmsException if a text is blank
     */
    public static ChecklistItem of(Clause clause, String checkItem, Collection<String> evidence,
            Optional<FindingGrade> result) {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(checkItem, "checkItem");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(evidence, "evidence");
        return ImmutableChecklistItem.builder().clause(clause).checkItem(checkItem).evidence(evidence).result(result)
                .build();
    }

    @Value.Check
    final void check() {
        Texts.notBlank("check item", checkItem());
        Texts.eachNotBlank("evidence", evidence());
    }
}
