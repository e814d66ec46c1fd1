package org.isms4j.core.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The answer key of a comprehension test 理解度確認テスト over a question set: per question the
 * correct answer and its points, and the pass mark, such as the course's test of 10 questions ×
 * 10 points (multiple choice and ○ / ×) with the pass mark 100.
 *
 * <p>A correct answer scores the question's points, any other answer none. The pass mark is the
 * organisation's configuration; it lies between 0 and the key's maximum.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnswerKey {

    AnswerKey() {}

    /**
     * Returns the test's question set.
     *
     * @return the set, not null
     */
    public abstract QuestionSet questionSet();

    /**
     * Returns the correct answer to each question.
     *
     * @return an unmodifiable sorted map, one per question of the set, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, Answer> correct();

    /**
     * Returns the points of each question.
     *
     * @return an unmodifiable sorted map, one per question of the set, each 0 -
     *     {@value Answer#MAX_POINTS}, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, Integer> points();

    /**
     * Returns the pass mark, such as 100.
     *
     * @return the pass mark, 0 - {@link #maximum()}
     */
    public abstract int passMark();

    /**
     * Obtains a key that gives every question the same points, such as 10.
     *
     * @param questionSet the test's set, not null
     * @param correct the code of the correct answer to each question of the set; not null
     * @param pointsEach the points of each question, 0 - {@value Answer#MAX_POINTS}
     * @param passMark the pass mark, 0 - the maximum
     * @return the key, not null
     * @throws IsmsException if a question has no key or the set has no such question, a correct
     *     answer is outside its question's scale, or the points or pass mark are out of range
     */
    public static AnswerKey of(QuestionSet questionSet, Map<Integer, String> correct, int pointsEach, int passMark) {
        Objects.requireNonNull(questionSet, "questionSet");
        Checks.inRange("points", 0, Answer.MAX_POINTS, pointsEach);
        Map<Integer, Integer> points = new TreeMap<>();
        for (Question question : questionSet.questions()) {
            points.put(question.number(), pointsEach);
        }
        return of(questionSet, correct, points, passMark);
    }

    /**
     * Obtains a key with points per question.
     *
     * @param questionSet the test's set, not null
     * @param correct the code of the correct answer to each question of the set; not null
     * @param points the points of each question of the set, each 0 - {@value Answer#MAX_POINTS};
     *     not null
     * @param passMark the pass mark, 0 - the maximum
     * @return the key, not null
     * @throws IsmsException if a question has no key or no points, the set has no such question, a
     *     correct answer is outside its question's scale, or the points or pass mark are out of
     *     range
     */
    public static AnswerKey of(QuestionSet questionSet, Map<Integer, String> correct, Map<Integer, Integer> points,
            int passMark) {
        Objects.requireNonNull(questionSet, "questionSet");
        Objects.requireNonNull(correct, "correct");
        Map<Integer, Answer> answers = new TreeMap<>();
        new TreeMap<>(correct).forEach((number, code) -> answers.put(number, questionSet.answer(number, code)));
        return ImmutableAnswerKey.builder().questionSet(questionSet).correct(answers)
                .points(Objects.requireNonNull(points, "points")).passMark(passMark).build();
    }

    @Value.Check
    final void check() {
        List<Integer> unkeyed = new ArrayList<>();
        for (Question question : questionSet().questions()) {
            if (!correct().containsKey(question.number()) || !points().containsKey(question.number())) {
                unkeyed.add(question.number());
            }
        }
        if (!unkeyed.isEmpty()) {
            throw new IsmsException(Checks.format("Missing answer key for question%s %s of %s",
                    unkeyed.size() == 1 ? "" : "s",
                    unkeyed.stream().map(String::valueOf).collect(Collectors.joining(", ")), questionSet()));
        }
        correct().forEach(questionSet()::scoredAs);
        for (Map.Entry<Integer, Integer> entry : points().entrySet()) {
            questionSet().partOf(entry.getKey());
            Checks.inRange(Checks.format("points of question %d", entry.getKey()), 0, Answer.MAX_POINTS,
                    entry.getValue());
        }
        Checks.inRange("pass mark", 0, maximum(), passMark());
    }

    /**
     * Returns the most a test can score: the sum of the points, such as 10 × 10 = 100.
     *
     * @return the maximum
     */
    public final int maximum() {
        int maximum = 0;
        for (int value : points().values()) {
            maximum += value;
        }
        return maximum;
    }

    /**
     * Scores a test taken.
     *
     * @param sheet the sheet of the test's question set, not null
     * @return the attempt, not null
     * @throws IsmsException if the sheet answers another question set
     */
    public final TestAttempt score(AnswerSheet sheet) {
        return TestAttempt.of(this, sheet);
    }
}
