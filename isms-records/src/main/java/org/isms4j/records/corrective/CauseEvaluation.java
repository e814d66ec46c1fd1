package org.isms4j.records.corrective;

import org.immutables.value.Value;

/**
 * The evaluation 評価 and cause 原因 of a nonconformity: whether similar nonconformities exist
 * 類似の不適合の有無 or could occur 発生する可能性, the cause, and whether a plan to remove the
 * cause is needed 原因を除去するための計画の必要性.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CauseEvaluation {

    CauseEvaluation() {}

    /**
     * Tells whether similar nonconformities exist.
     *
     * @return true if they exist
     */
    public abstract boolean similarExist();

    /**
     * Tells whether similar nonconformities could occur.
     *
     * @return true if they could
     */
    public abstract boolean similarCouldOccur();

    /**
     * Tells whether a plan to remove the cause is needed.
     *
     * @return true if needed
     */
    public abstract boolean causeRemovalNeeded();

    /**
     * Returns the cause, with its author, approver and date.
     *
     * @return the step, not null
     */
    public abstract ActionStep cause();

    /**
     * Obtains an evaluation.
     *
     * @param similarExist whether similar nonconformities exist
     * @param similarCouldOccur whether similar nonconformities could occur
     * @param causeRemovalNeeded whether a plan to remove the cause is needed
     * @param cause the cause, not null
     * @return the evaluation, not null
     */
    public static CauseEvaluation of(boolean similarExist, boolean similarCouldOccur, boolean causeRemovalNeeded,
            ActionStep cause) {
        return ImmutableCauseEvaluation.builder().similarExist(similarExist).similarCouldOccur(similarCouldOccur)
                .causeRemovalNeeded(causeRemovalNeeded).cause(cause).build();
    }
}
