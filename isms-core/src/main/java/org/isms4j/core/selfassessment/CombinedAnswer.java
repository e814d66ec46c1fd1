package org.isms4j.core.selfassessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One question of an {@link Aggregation}: each department's answer side by side, the combined
 * answer and the departments that gave it, such as question 3 combined as 実施していない, given
 * by 営業部, where 総務部 answered 実施している.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CombinedAnswer {

    CombinedAnswer() {}

    /**
     * Returns the question.
     *
     * @return the question, not null
     */
    @Value.Parameter
    public abstract Question question();

    /**
     * Returns each department's answer, in the order of the sheets.
     *
     * @return an unmodifiable, non-empty map, not null
     */
    @Value.Parameter
    public abstract Map<String, Answer> answersByDepartment();

    /**
     * Returns the combined answer.
     *
     * @return the answer, not null
     */
    @Value.Parameter
    public abstract Answer combined();

    static CombinedAnswer of(Question question, Map<String, ? extends Answer> answersByDepartment, Answer combined) {
        return ImmutableCombinedAnswer.of(question, answersByDepartment, combined);
    }

    /**
     * Returns the departments that gave the combined answer, in the order of the sheets.
     *
     * @return an unmodifiable list, empty when the rule combined into an answer no department
     *     gave, not null
     */
    public final List<String> departments() {
        List<String> departments = new ArrayList<>();
        for (Map.Entry<String, Answer> entry : answersByDepartment().entrySet()) {
            if (entry.getValue().equals(combined())) {
                departments.add(entry.getKey());
            }
        }
        return Collections.unmodifiableList(departments);
    }
}
