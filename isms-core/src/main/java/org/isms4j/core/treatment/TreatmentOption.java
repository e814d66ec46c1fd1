package org.isms4j.core.treatment;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A risk treatment option リスク対応, such as reduce 低減: apply controls to lower likelihood or
 * impact.
 */
public enum TreatmentOption implements VocabularyTerm {
    /** Avoid 回避: remove the cause, such as stopping the activity or the collection of the data. */
    AVOID("avoid", "回避", "avoid"),
    /** Reduce 低減 (also 軽減, 修正 modify): apply controls to lower likelihood or impact. */
    REDUCE("reduce", "低減", "reduce"),
    /** Transfer 移転 (also 共有 share): move the risk or its losses to another party. */
    TRANSFER("transfer", "移転", "transfer"),
    /** Retain 保有 (also 受容 accept): take the risk without action. */
    RETAIN("retain", "保有", "retain");

    private final TermNames names;

    TreatmentOption(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the option with a code.
     *
     * @param code the code, such as {@code reduce}, not null
     * @return the option, not null
     * @throws IsmsException if no option has that code, listing the valid codes
     */
    public static TreatmentOption ofCode(String code) {
        return VocabularyTerm.ofCode(TreatmentOption.class, "treatment option", code);
    }
}
