package org.isms4j.records.review;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/** An output of the management review (clause 9.3.3): top management's decisions. */
public enum ReviewOutput implements VocabularyTerm {
    /** 継続的改善の機会: decisions on opportunities for continual improvement. */
    IMPROVEMENT("improvement", "継続的改善の機会", "decisions on continual improvement opportunities"),
    /** ISMSのあらゆる変更の必要性: decisions on any needs for changes to the ISMS. */
    CHANGES("changes", "ISMSのあらゆる変更の必要性", "decisions on needs for changes to the ISMS");

    private final TermNames names;

    ReviewOutput(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the output with a code.
     *
     * @param code the code, such as {@code changes}, not null
     * @return the output, not null
     * @throws IsmsException if no output has that code
     */
    public static ReviewOutput ofCode(String code) {
        return VocabularyTerm.ofCode(ReviewOutput.class, "management review output", code);
    }
}
