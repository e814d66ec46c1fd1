package org.isms4j.annexa.soa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * The state of one control in a Statement of Applicability, the columns of its
 * {@link SoaSummary}, such as implemented 実施済み or undecided 未決定.
 *
 * <p>An applicable control is implemented, partially implemented or not implemented, or has no
 * status stated yet; an excluded control is excluded; a control without a decision is undecided.
 */
public enum DecisionState implements VocabularyTerm {
    /** Applicable and implemented 実施済み. */
    IMPLEMENTED("implemented", "実施済み", "implemented"),
    /** Applicable and partially implemented 一部実施. */
    PARTIALLY_IMPLEMENTED("partially_implemented", "一部実施", "partially implemented"),
    /** Applicable and not implemented 未実施. */
    NOT_IMPLEMENTED("not_implemented", "未実施", "not implemented"),
    /** Applicable, its implementation status not yet stated 実施状況未記入. */
    STATUS_NOT_STATED("status_not_stated", "実施状況未記入", "status not stated"),
    /** Excluded 除外. */
    EXCLUDED("excluded", "除外", "excluded"),
    /** Undecided 未決定: the SoA has no decision for the control. */
    UNDECIDED("undecided", "未決定", "undecided");

    private final TermNames names;

    DecisionState(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the term with a code.
     *
     * @param code the code, such as {@code undecided}, not null
     * @return the term, not null
     * @throws IsmsException if no term has that code, listing the valid codes
     */
    public static DecisionState ofCode(String code) {
        return VocabularyTerm.ofCode(DecisionState.class, "decision state", code);
    }
}
