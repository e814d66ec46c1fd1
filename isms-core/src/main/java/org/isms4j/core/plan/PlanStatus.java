package org.isms4j.core.plan;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/** The status of a row of the risk treatment plan リスク対応計画, such as 着手 in progress. */
public enum PlanStatus implements VocabularyTerm {
    /** 終了 completed: the tasks are done; the row has an actual end. */
    COMPLETED("completed", "終了", "completed"),
    /** 着手 in progress: work has started; the row has an actual start. */
    IN_PROGRESS("in_progress", "着手", "in progress"),
    /** 未着手 not started: no actual date yet. */
    NOT_STARTED("not_started", "未着手", "not started");

    private final TermNames names;

    PlanStatus(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the status with a code.
     *
     * @param code the code, such as {@code in_progress}, not null
     * @return the status, not null
     * @throws IsmsException if no status has that code
     */
    public static PlanStatus ofCode(String code) {
        return VocabularyTerm.ofCode(PlanStatus.class, "plan status", code);
    }
}
