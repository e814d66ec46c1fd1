package org.isms4j.annexa.soa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * Whether a control applies to the organisation, one column of the Statement of Applicability
 * 適用宣言書, such as applicable 適用 (marked ○) or excluded 除外 (marked ×).
 */
public enum Applicability implements VocabularyTerm {
    /** Applicable 適用 (○): the control is needed. */
    APPLICABLE("applicable", "適用", "applicable", "○"),
    /** Excluded 除外 (×): the control is not needed, for a stated reason. */
    EXCLUDED("excluded", "除外", "excluded", "×");

    private final TermNames names;
    private final String symbol;

    Applicability(String code, String japanese, String english, String symbol) {
        this.names = TermNames.of(code, japanese, english);
        this.symbol = symbol;
    }

    /**
     * Returns the mark a Japanese SoA form uses, such as ○ for applicable.
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
     * @param code the code, such as {@code applicable}, not null
     * @return the term, not null
     * @throws IsmsException if no term has that code, listing the valid codes
     */
    public static Applicability ofCode(String code) {
        return VocabularyTerm.ofCode(Applicability.class, "applicability", code);
    }
}
