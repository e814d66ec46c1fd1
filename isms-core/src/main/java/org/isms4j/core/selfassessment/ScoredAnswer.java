package org.isms4j.core.selfassessment;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One question of a result with its answer and the points it scored, such as question 3
 * answered 一部実施している, 2 of 4 points, below target.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoredAnswer {

    ScoredAnswer() {}

    /**
     * Returns the number of the question's part.
     *
     * @return the part number
     */
    @Value.Parameter
    public abstract int partNumber();

    /**
     * Returns the question.
     *
     * @return the question, not null
     */
    @Value.Parameter
    public abstract Question question();

    /**
     * Returns the answer given, "not applicable" included.
     *
     * @return the answer, not null
     */
    @Value.Parameter
    public abstract Answer answer();

    /**
     * Returns the answer scored: the answer given, or the one "not applicable" is scored as.
     *
     * @return the answer, or empty when the question is not applicable and excluded from the
     *     maximum
     */
    @Value.Parameter
    public abstract Optional<Answer> scoredAs();

    /**
     * Returns the most the question can score, its scale's target points, such as 4.
     *
     * @return the points
     */
    @Value.Parameter
    public abstract int maximum();

    /**
     * Returns whether the answer is its scale's "unknown" 分からない.
     *
     * @return true if unknown
     */
    @Value.Parameter
    public abstract boolean isUnknown();

    static ScoredAnswer of(int partNumber, Question question, Answer answer, Optional<? extends Answer> scoredAs, int maximum,
            boolean unknown) {
        return ImmutableScoredAnswer.of(partNumber, question, answer, scoredAs, maximum, unknown);
    }

    /**
     * Returns the question's number.
     *
     * @return the number
     */
    public final int number() {
        return question().number();
    }

    /**
     * Returns the points scored.
     *
     * @return the points, or empty when the question counts for nothing (not applicable,
     *     excluded from the maximum)
     */
    public final OptionalInt points() {
        return scoredAs().isPresent() ? OptionalInt.of(scoredAs().get().points()) : OptionalInt.empty();
    }

    /**
     * Tells whether the question counts towards the applicable maximum.
     *
     * @return false only for "not applicable" excluded from the maximum
     */
    public final boolean isApplicable() {
        return scoredAs().isPresent();
    }

    /**
     * Tells whether the question scored less than its target, such as 一部実施している (2 of 4).
     *
     * @return true if below target; false for a question excluded from the maximum
     */
    public final boolean isBelowTarget() {
        return scoredAs().isPresent() && scoredAs().get().points() < maximum();
    }
}
