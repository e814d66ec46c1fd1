package org.isms4j.records.corrective;

import java.util.Objects;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A stage of the corrective request and answer 是正要求書兼回答書 (clause 10.2), in the order the
 * steps are recorded: request, correction, evaluation, cause removal (when needed),
 * implementation report, confirmation, effectiveness review.
 */
public enum ActionStage implements VocabularyTerm {
    /** 内容 the nonconformity is requested for correction. */
    REQUESTED(1, "requested", "是正要求", "requested"),
    /** 修正 the correction is planned. */
    CORRECTED(2, "corrected", "修正", "correction planned"),
    /** 評価・原因 similar nonconformities and the cause are evaluated. */
    EVALUATED(3, "evaluated", "評価・原因", "cause evaluated"),
    /** 原因除去 the removal of the cause is planned. */
    CAUSE_REMOVAL_PLANNED(4, "cause_removal_planned", "原因除去", "cause removal planned"),
    /** 実施報告 the implementation is reported. */
    IMPLEMENTED(5, "implemented", "実施報告", "implemented"),
    /** 処置確認 the action is confirmed. */
    CONFIRMED(6, "confirmed", "処置確認", "confirmed"),
    /** 有効性 the effectiveness is reviewed: the action is closed. */
    CLOSED(7, "closed", "有効性確認済み", "closed");

    private final int step;
    private final TermNames names;

    ActionStage(int step, String code, String japanese, String english) {
        this.step = step;
        this.names = TermNames.of(code, japanese, english);
    }

    /**
     * Tells whether this stage comes after another in the order of the form.
     *
     * @param other the other stage, not null
     * @return true if later
     */
    public boolean isAfter(ActionStage other) {
        Objects.requireNonNull(other, "other");
        return step > other.step;
    }

    /**
     * Returns the stage just before this one on the form; cause removal is skipped when the
     * evaluation does not need it (see {@link CorrectiveAction}).
     *
     * @return the stage before, itself for the request
     */
    ActionStage previous() {
        for (ActionStage stage : values()) {
            if (stage.step == step - 1) {
                return stage;
            }
        }
        return this;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the stage with a code.
     *
     * @param code the code, such as {@code confirmed}, not null
     * @return the stage, not null
     * @throws IsmsException if no stage has that code
     */
    public static ActionStage ofCode(String code) {
        return VocabularyTerm.ofCode(ActionStage.class, "corrective action stage", code);
    }
}
