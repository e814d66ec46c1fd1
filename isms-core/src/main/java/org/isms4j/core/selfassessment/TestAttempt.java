package org.isms4j.core.selfassessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * One sitting of a comprehension test, scored by its {@link AnswerKey}, such as 90 of 100 points,
 * question 10 wrong, not passed with the pass mark 100.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TestAttempt {

    TestAttempt() {}

    /**
     * Returns the key that scores the attempt.
     *
     * @return the key, not null
     */
    @Value.Parameter
    public abstract AnswerKey key();

    /**
     * Returns the sheet: who took the test, their department 所属, the date 実施日 and the answers.
     *
     * @return the sheet, not null
     */
    @Value.Parameter
    public abstract AnswerSheet sheet();

    static TestAttempt of(AnswerKey key, AnswerSheet sheet) {
        return ImmutableTestAttempt.of(key, sheet);
    }

    @Value.Check
    final void check() {
        if (!sheet().questionSet().equals(key().questionSet())) {
            throw new IsmsException(Checks.format("Invalid test attempt: the sheet answers %s, the key is of %s",
                    sheet().questionSet(), key().questionSet()));
        }
    }

    /**
     * Returns the points scored: the points of every question answered correctly.
     *
     * @return the score, 0 - the key's maximum
     */
    public final int score() {
        int score = 0;
        for (Map.Entry<Integer, Answer> entry : key().correct().entrySet()) {
            if (sheet().answerTo(entry.getKey()).equals(entry.getValue())) {
                score += key().points().get(entry.getKey());
            }
        }
        return score;
    }

    /**
     * Tells whether the attempt reached the pass mark.
     *
     * @return true if passed
     */
    public final boolean isPassed() {
        return score() >= key().passMark();
    }

    /**
     * Returns the numbers of the questions answered wrongly.
     *
     * @return an unmodifiable list in ascending order, not null
     */
    public final List<Integer> incorrect() {
        List<Integer> incorrect = new ArrayList<>();
        for (Map.Entry<Integer, Answer> entry : key().correct().entrySet()) {
            if (!sheet().answerTo(entry.getKey()).equals(entry.getValue())) {
                incorrect.add(entry.getKey());
            }
        }
        return Collections.unmodifiableList(incorrect);
    }
}
