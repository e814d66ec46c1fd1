package org.isms4j.core.register;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/** The risk owner's decision on a residual risk 残留リスク: accepted 受容 or rejected 不受容. */
public enum ResidualDecision implements VocabularyTerm {
    /** 受容 accepted: the residual risk may stay. */
    ACCEPTED("accepted", "受容", "accepted"),
    /** 不受容 rejected: the residual risk needs more treatment. */
    REJECTED("rejected", "不受容", "rejected");

    private final TermNames names;

    ResidualDecision(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the decision with a code.
     *
     * @param code the code, such as {@code accepted}, not null
     * @return the decision, not null
     * @throws IsmsException if no decision has that code
     */
    public static ResidualDecision ofCode(String code) {
        return VocabularyTerm.ofCode(ResidualDecision.class, "residual decision", code);
    }
}
