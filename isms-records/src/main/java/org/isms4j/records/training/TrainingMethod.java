package org.isms4j.records.training;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/** A method of education and training 教育方法 (clause 7.2), such as eラーニング e-learning. */
public enum TrainingMethod implements VocabularyTerm {
    /** 集合研修 classroom training. */
    CLASSROOM("classroom", "集合研修", "classroom training"),
    /** 職場訓練（OJT） on-the-job training. */
    ON_THE_JOB("on_the_job", "職場訓練（OJT）", "on-the-job training"),
    /** 資格試験の受験 a certification examination. */
    CERTIFICATION("certification", "資格試験の受験", "certification examination"),
    /** eラーニング e-learning: self-study on a learning system, with its test. */
    E_LEARNING("e_learning", "eラーニング", "e-learning");

    private final TermNames names;

    TrainingMethod(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the method with a code.
     *
     * @param code the code, such as {@code e_learning}, not null
     * @return the method, not null
     * @throws IsmsException if no method has that code
     */
    public static TrainingMethod ofCode(String code) {
        return VocabularyTerm.ofCode(TrainingMethod.class, "training method", code);
    }
}
