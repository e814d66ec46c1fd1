package org.isms4j.records.objective;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * The result of the effectiveness evaluation of an objective (clause 9.1), written ○ or × on the
 * ISMS有効性評価表.
 */
public enum EvaluationResult implements VocabularyTerm {
    /** ○ 有効 effective: the objective was reached by its metric. */
    EFFECTIVE("effective", "有効", "effective", "○"),
    /** × 有効ではない not effective: the objective was not reached. */
    NOT_EFFECTIVE("not_effective", "有効ではない", "not effective", "×");

    private final TermNames names;
    private final String mark;

    EvaluationResult(String code, String japanese, String english, String mark) {
        this.names = TermNames.of(code, japanese, english);
        this.mark = mark;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the mark of the sheet.
     *
     * @return ○ or ×, not null
     */
    public String mark() {
        return mark;
    }

    /**
     * Returns the result with a code.
     *
     * @param code the code, such as {@code effective}, not null
     * @return the result, not null
     * @throws IsmsException if no result has that code
     */
    public static EvaluationResult ofCode(String code) {
        return VocabularyTerm.ofCode(EvaluationResult.class, "evaluation result", code);
    }
}
