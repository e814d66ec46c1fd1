package org.isms4j.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * The scored outcome of one risk under a risk model: importance, likelihood, risk level and
 * priority, such as importance 3, likelihood 2, level 6, priority 2 (今期中に対応).
 *
 * <p>A model hands out cached scores, so scoring allocates nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Score {

    Score() {}

    /**
     * Returns the importance 重要度.
     *
     * @return the importance
     */
    @Value.Parameter
    public abstract int importance();

    /**
     * Returns the likelihood 被害発生可能性.
     *
     * @return the likelihood
     */
    @Value.Parameter
    public abstract int likelihood();

    /**
     * Returns the risk level リスクレベル.
     *
     * @return the level, 0 - 100
     */
    @Value.Parameter
    public abstract int level();

    /**
     * Returns the priority 優先順位 the level earns.
     *
     * @return the priority, not null
     */
    @Value.Parameter
    public abstract Priority priority();

    /**
     * Obtains a score as it was recorded, such as a first evaluation read back from a file.
     *
     * <p>To score a risk, ask a {@link RiskModel}: it checks the inputs and hands out cached
     * scores. This factory checks only the ranges every model shares.
     *
     * @param importance the importance, 0 - 10
     * @param likelihood the likelihood, 0 - 10
     * @param level the risk level, 0 - 100
     * @param priority the priority, not null
     * @return the score, not null
     * @throws IsmsException if a value is out of its range
     */
    public static Score of(int importance, int likelihood, int level, Priority priority) {
        Checks.inRange("importance", RatingScale.LOWEST, RatingScale.HIGHEST, importance);
        Checks.inRange("likelihood", RatingScale.LOWEST, RatingScale.HIGHEST, likelihood);
        Checks.inRange("risk level", 0, LevelGrid.MAX_LEVEL, level);
        return ImmutableScore.of(importance, likelihood, level, Objects.requireNonNull(priority, "priority"));
    }

    /**
     * Tells whether the level needs no treatment: its priority is acceptable.
     *
     * @return true if the priority is acceptable
     */
    public final boolean isAcceptable() {
        return priority().isAcceptable();
    }

    /**
     * Returns the score as text, such as
     * {@code importance 3, likelihood 2, level 6, priority 2 (treat within this term)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "importance " + importance() + ", likelihood " + likelihood() + ", level " + level() + ", priority "
                + priority();
    }
}
