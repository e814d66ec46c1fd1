package org.isms4j.core.selfassessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The result of a question set's answers, from one sheet or a tally of several: the total and
 * the maximum, the subtotal of each part, the "unknown" 分からない answers for follow-up and the
 * questions below target, such as 10 of 20 points for Part 1 with question 5 unknown.
 *
 * <p>The total is the sum of the points of every answer: 実施している 4, 一部実施している 2,
 * 実施していない 0, 分からない −1 on the source's scale, so that 25 answers give at most 25 × 4 = 100
 * and at least −25. It is the sum of the part subtotals. A question answered "not applicable"
 * scores as its set says: as a configured answer, or nothing, when it is excluded from the
 * maximum and the {@link #applicableMaximum() applicable maximum} drops by its target points.
 * Lists are in order of part and number.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfAssessmentResult {

    SelfAssessmentResult() {}

    /**
     * Returns the question set answered.
     *
     * @return the set, not null
     */
    @Value.Parameter
    public abstract QuestionSet questionSet();

    /**
     * Returns the answers by question number.
     *
     * @return an unmodifiable sorted map with one answer per question, not null
     */
    @Value.Parameter
    @Value.NaturalOrder
    public abstract SortedMap<Integer, Answer> answers();

    static SelfAssessmentResult of(QuestionSet questionSet, Map<Integer, ? extends Answer> answers) {
        Objects.requireNonNull(answers, "answers");
        return ImmutableSelfAssessmentResult.of(questionSet, answers);
    }

    /**
     * Obtains the result of answers given by code, such as those of a sheet or of a tally read
     * back from a file; a sheet's result is {@link AnswerSheet#result()}.
     *
     * @param questionSet the set answered, not null
     * @param answers the answer codes by question number, one per question of the set; not null
     * @return the result, not null
     * @throws IsmsException if a question is missing or unknown, or an answer is outside its
     *     question's scale; the message names the question
     */
    public static SelfAssessmentResult ofCodes(QuestionSet questionSet, Map<Integer, String> answers) {
        Objects.requireNonNull(questionSet, "questionSet");
        Objects.requireNonNull(answers, "answers");
        Map<Integer, Answer> scored = new java.util.TreeMap<>();
        new java.util.TreeMap<>(answers).forEach((number, code) -> scored.put(number,
                questionSet.answer(number, Objects.requireNonNull(code, "answer code"))));
        return of(questionSet, scored);
    }

    @Value.Check
    final void check() {
        for (Map.Entry<Integer, Answer> entry : answers().entrySet()) {
            questionSet().scoredAs(entry.getKey(), entry.getValue());
        }
        questionSet().requireAnswered(answers().keySet());
        scored();
    }

    /**
     * Returns every question with its answer and points, in order of part and number.
     *
     * @return an unmodifiable list, not null
     */
    @Value.Lazy
    public List<ScoredAnswer> scored() {
        List<ScoredAnswer> scored = new ArrayList<>();
        for (QuestionPart part : questionSet().parts()) {
            AnswerScale scale = questionSet().scaleOf(part);
            for (Question question : part.questions()) {
                Answer answer = answers().get(question.number());
                if (answer == null) {
                    throw new IsmsException(Checks.format(
                            "Missing answer to question %d of %s", question.number(), questionSet()));
                }
                scored.add(ScoredAnswer.of(part.number(), question, answer,
                        questionSet().scoredAs(question.number(), answer), scale.target().points(),
                        scale.isUnknown(answer)));
            }
        }
        return Collections.unmodifiableList(scored);
    }

    /**
     * Returns the subtotal of each part, in order of number.
     *
     * @return an unmodifiable list, one per part, not null
     */
    @Value.Lazy
    public List<PartScore> parts() {
        List<PartScore> parts = new ArrayList<>();
        for (QuestionPart part : questionSet().parts()) {
            int total = 0;
            int maximum = 0;
            int applicable = 0;
            for (ScoredAnswer answer : scored()) {
                if (answer.partNumber() == part.number()) {
                    maximum += answer.maximum();
                    if (answer.isApplicable()) {
                        total += answer.points().getAsInt();
                        applicable += answer.maximum();
                    }
                }
            }
            parts.add(PartScore.of(part, total, maximum, applicable));
        }
        return Collections.unmodifiableList(parts);
    }

    /**
     * Returns the total, the sum of the part subtotals, such as 100 when every one of 25
     * questions is 実施している, or −25 when every one is 分からない.
     *
     * @return the total
     */
    public final int total() {
        int total = 0;
        for (PartScore part : parts()) {
            total += part.total();
        }
        return total;
    }

    /**
     * Returns the maximum: every question at its target, such as 25 × 4 = 100.
     *
     * @return the maximum
     */
    public final int maximum() {
        return questionSet().maximum();
    }

    /**
     * Returns the maximum without the questions answered "not applicable" and excluded from it;
     * the {@link #maximum()} when there are none.
     *
     * @return the applicable maximum
     */
    public final int applicableMaximum() {
        int maximum = 0;
        for (PartScore part : parts()) {
            maximum += part.applicableMaximum();
        }
        return maximum;
    }

    /**
     * Returns the total as a percentage of the applicable maximum, rounded half up to one
     * decimal, such as 87.5 for 70 points of 80.
     *
     * @return the percentage, or empty when the applicable maximum is not positive (every
     *     question excluded, or a scale without points)
     */
    public final Optional<BigDecimal> percentOfApplicableMaximum() {
        int maximum = applicableMaximum();
        if (maximum <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(total()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(maximum), 1, RoundingMode.HALF_UP));
    }

    /**
     * Returns the questions answered "unknown" 分からない, for follow-up.
     *
     * @return an unmodifiable list in order of part and number, not null
     */
    public final List<ScoredAnswer> unknown() {
        return select(ScoredAnswer::isUnknown);
    }

    /**
     * Returns the questions that scored less than their target, the unknown ones included, such
     * as those answered 一部実施している, 実施していない or 分からない: the questions that ask for a
     * measure.
     *
     * @return an unmodifiable list in order of part and number, not null
     */
    public final List<ScoredAnswer> belowTarget() {
        return select(ScoredAnswer::isBelowTarget);
    }

    /**
     * Returns the questions answered "not applicable".
     *
     * @return an unmodifiable list in order of part and number, not null
     */
    public final List<ScoredAnswer> notApplicable() {
        return select(answer -> answer.answer().isNotApplicable());
    }

    /**
     * Returns the scored answer to a question.
     *
     * @param number the question's number
     * @return the scored answer, not null
     * @throws IsmsException if the set has no question with that number
     */
    public final ScoredAnswer scored(int number) {
        questionSet().partOf(number);
        return select(answer -> answer.number() == number).get(0);
    }

    private List<ScoredAnswer> select(Predicate<ScoredAnswer> filter) {
        List<ScoredAnswer> selected = new ArrayList<>();
        for (ScoredAnswer answer : scored()) {
            if (filter.test(answer)) {
                selected.add(answer);
            }
        }
        return Collections.unmodifiableList(selected);
    }
}
