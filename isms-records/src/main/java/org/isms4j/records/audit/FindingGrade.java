package org.isms4j.records.audit;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * The grade of an internal-audit finding (clause 9.2), such as 軽微な不適合 minor nonconformity.
 */
public enum FindingGrade implements VocabularyTerm {
    /** 重大な不適合 major nonconformity: a requirement is not met at all, or the ISMS fails in effect. */
    MAJOR_NONCONFORMITY("major_nonconformity", "重大な不適合", "major nonconformity"),
    /** 軽微な不適合 minor nonconformity: a requirement is met only in part. */
    MINOR_NONCONFORMITY("minor_nonconformity", "軽微な不適合", "minor nonconformity"),
    /** 観察事項 observation: no nonconformity, but a point that may become one. */
    OBSERVATION("observation", "観察事項", "observation"),
    /** 改善の機会 opportunity for improvement, where the organisation grades it. */
    OPPORTUNITY_FOR_IMPROVEMENT("opportunity_for_improvement", "改善の機会", "opportunity for improvement");

    private final TermNames names;

    FindingGrade(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Tells whether the grade is a nonconformity, which asks for corrective action (clause 10.2).
     *
     * @return true for major and minor nonconformities
     */
    public boolean isNonconformity() {
        return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
    }

    /**
     * Returns the grade with a code.
     *
     * @param code the code, such as {@code observation}, not null
     * @return the grade, not null
     * @throws IsmsException if no grade has that code
     */
    public static FindingGrade ofCode(String code) {
        return VocabularyTerm.ofCode(FindingGrade.class, "finding grade", code);
    }
}
