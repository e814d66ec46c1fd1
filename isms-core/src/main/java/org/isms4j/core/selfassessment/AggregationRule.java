package org.isms4j.core.selfassessment;

import java.util.Map;
import java.util.Objects;
import org.isms4j.core.IsmsException;

/**
 * How the answers of several departments to one question combine into the organisation's answer
 * when the person responsible tallies their sheets, such as {@link #weakest()}: the weakest
 * answer given.
 *
 * <p>Implementations must be pure functions, immutable and thread-safe. The answer they return
 * must be one the question may be given; an {@link Aggregation} rejects any other.
 */
@FunctionalInterface
public interface AggregationRule {

    /**
     * Combines the departments' answers to a question.
     *
     * @param questionSet the set, not null
     * @param question the question's number, a question of the set
     * @param answersByDepartment each department's answer, in the order of the sheets; not empty
     * @return the combined answer, one the question may be given, not null
     */
    Answer combine(QuestionSet questionSet, int question, Map<String, Answer> answersByDepartment);

    /**
     * Returns the default rule: the weakest answer any department gave, the one with the fewest
     * points (with equal points, the one further down the scale), so that 分からない (−1) outweighs
     * 実施していない (0). A department answering "not applicable" is left out of the comparison;
     * the combined answer is "not applicable" only when every department gave it.
     *
     * @return the rule, not null
     */
    static AggregationRule weakest() {
        return (questionSet, question, answersByDepartment) -> {
            Objects.requireNonNull(questionSet, "questionSet");
            Objects.requireNonNull(answersByDepartment, "answersByDepartment");
            AnswerScale scale = questionSet.scaleOf(question);
            Answer weakest = null;
            for (Answer answer : answersByDepartment.values()) {
                if (answer.isNotApplicable()) {
                    continue;
                }
                weakest = weakest == null ? answer : scale.weaker(weakest, answer);
            }
            if (weakest == null) {
                if (answersByDepartment.isEmpty()) {
                    throw new IsmsException("Invalid aggregation: it combines the answers of at least one department");
                }
                return Answer.notApplicable();
            }
            return weakest;
        };
    }
}
