package org.isms4j.core.risk;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * The stage of a risk's evaluation in the risk assessment report, such as 一次評価 (first
 * evaluation) before treatment and 二次評価 (second evaluation) of the residual risk after it.
 */
public enum EvaluationStage implements VocabularyTerm {
    /** 一次評価 first evaluation, before treatment. */
    FIRST("first", "一次評価", "first evaluation"),
    /** 二次評価 second evaluation, of the residual risk after treatment. */
    SECOND("second", "二次評価", "second evaluation");

    private final TermNames names;

    EvaluationStage(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the stage with a code.
     *
     * @param code the code, such as {@code second}, not null
     * @return the stage, not null
     * @throws IsmsException if no stage has that code, listing the valid codes
     */
    public static EvaluationStage ofCode(String code) {
        return VocabularyTerm.ofCode(EvaluationStage.class, "evaluation stage", code);
    }
}
