package org.isms4j.annexa.soa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * Whether an applicable control is in place, one column of the Statement of Applicability, such
 * as implemented 実施済み (○), partially implemented 一部実施 (△) or not implemented 未実施 (未).
 *
 * <p>An excluded control has no implementation status: the form shows —.
 */
public enum ImplementationStatus implements VocabularyTerm {
    /** Implemented 実施済み (○). */
    IMPLEMENTED("implemented", "実施済み", "implemented", "○"),
    /** Partially implemented 一部実施 (△). */
    PARTIALLY_IMPLEMENTED("partially_implemented", "一部実施", "partially implemented", "△"),
    /** Not implemented 未実施 (未). */
    NOT_IMPLEMENTED("not_implemented", "未実施", "not implemented", "未");

    private final TermNames names;
    private final String symbol;

    ImplementationStatus(String code, String japanese, String english, String symbol) {
        this.names = TermNames.of(code, japanese, english);
        this.symbol = symbol;
    }

    /**
     * Returns the mark a Japanese SoA form uses, such as 未 for not implemented.
     *
     * @return the mark, not null
     */
    public String symbol() {
        return symbol;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the term with a code.
     *
     * @param code the code, such as {@code partially_implemented}, not null
     * @return the term, not null
     * @throws IsmsException if no term has that code, listing the valid codes
     */
    public static ImplementationStatus ofCode(String code) {
        return VocabularyTerm.ofCode(ImplementationStatus.class, "implementation status", code);
    }
}
